package io.archfit.assessment.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.archfit.catalogue.Catalogue;
import io.archfit.catalogue.Trait;
import io.archfit.evaluation.Answers;
import io.archfit.evaluation.Evaluation;
import io.archfit.evaluation.RankedArchitecture;

/**
 * What changed between two evaluations of one assessment (two revisions, or the stored
 * and the current catalogue): the answers that differ, each architecture's score and the
 * recommendation.
 *
 * @param answers the answers that changed, in question order
 * @param scores every architecture's score before and after
 * @param fromRecommended the recommendation before
 * @param toRecommended the recommendation after
 * @param addedPriorities priorities picked after but not before
 * @param removedPriorities priorities picked before but not after
 */
public record ScoreMoves(List<AnswerChange> answers, List<ScoreMove> scores, String fromRecommended,
		String toRecommended, List<String> addedPriorities, List<String> removedPriorities) {

	/**
	 * One changed answer; a null value is "not answered". {@code choice}: the values are
	 * options (shown in words), else numbers.
	 */
	public record AnswerChange(String trait, boolean choice, String from, String to) {

	}

	/** One architecture's score before and after, rounded, and its change. */
	public record ScoreMove(String architecture, long from, long to, long delta, boolean fromViable, boolean toViable) {

		public String deltaText() {
			if (this.delta == 0) {
				return "±0";
			}
			return (this.delta > 0) ? "+" + this.delta : "\u2212" + (-this.delta);
		}

		public String direction() {
			return (this.delta > 0) ? "up" : (this.delta < 0) ? "down" : "same";
		}

	}

	public boolean recommendationChanged() {
		return !this.fromRecommended.equals(this.toRecommended);
	}

	/** Whether nothing at all changed: answers, priorities, scores and recommendation. */
	public boolean nothingChanged() {
		return this.answers.isEmpty() && this.addedPriorities.isEmpty() && this.removedPriorities.isEmpty()
				&& !recommendationChanged()
				&& this.scores.stream().allMatch((s) -> s.delta() == 0 && s.fromViable() == s.toViable());
	}

	static ScoreMoves between(Catalogue catalogue, Answers fromAnswers, List<String> fromPriorities, Evaluation from,
			Answers toAnswers, List<String> toPriorities, Evaluation to) {
		Set<String> traits = new LinkedHashSet<>();
		catalogue.traits().forEach((trait) -> traits.add(trait.id()));
		traits.addAll(fromAnswers.asMap().keySet());
		traits.addAll(toAnswers.asMap().keySet());
		List<AnswerChange> answers = new ArrayList<>();
		for (String trait : traits) {
			String before = fromAnswers.get(trait);
			String after = toAnswers.get(trait);
			if (!Objects.equals(before, after)) {
				boolean choice = catalogue.trait(trait).map(Trait::isChoice).orElse(true);
				answers.add(new AnswerChange(trait, choice, before, after));
			}
		}
		Map<String, RankedArchitecture> before = ranked(from);
		Map<String, RankedArchitecture> after = ranked(to);
		Set<String> architectures = new LinkedHashSet<>(catalogue.architectures());
		architectures.addAll(before.keySet());
		architectures.addAll(after.keySet());
		List<ScoreMove> scores = new ArrayList<>();
		for (String architecture : architectures) {
			RankedArchitecture b = before.get(architecture);
			RankedArchitecture a = after.get(architecture);
			long fromScore = (b != null) ? Math.round(b.score()) : 0;
			long toScore = (a != null) ? Math.round(a.score()) : 0;
			scores.add(new ScoreMove(architecture, fromScore, toScore, toScore - fromScore, b != null && b.viable(),
					a != null && a.viable()));
		}
		List<String> added = toPriorities.stream().filter((p) -> !fromPriorities.contains(p)).toList();
		List<String> removed = fromPriorities.stream().filter((p) -> !toPriorities.contains(p)).toList();
		return new ScoreMoves(answers, scores, from.recommended(), to.recommended(), added, removed);
	}

	private static Map<String, RankedArchitecture> ranked(Evaluation evaluation) {
		Map<String, RankedArchitecture> ranked = new LinkedHashMap<>();
		evaluation.ranking().forEach((r) -> ranked.put(r.architecture(), r));
		return ranked;
	}

}
