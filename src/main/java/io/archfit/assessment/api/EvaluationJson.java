package io.archfit.assessment.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.archfit.catalogue.Catalogue;
import io.archfit.catalogue.CatalogueSources;
import io.archfit.catalogue.CostModelSpec.Figure;
import io.archfit.evaluation.Answers;
import io.archfit.evaluation.Blocker;
import io.archfit.evaluation.CostEstimate;
import io.archfit.evaluation.CostModel;
import io.archfit.evaluation.CriterionGap;
import io.archfit.evaluation.Evaluation;
import io.archfit.evaluation.Precedents;
import io.archfit.evaluation.RankedArchitecture;
import io.archfit.evaluation.Reason;
import io.archfit.evaluation.Risk;
import io.archfit.evaluation.TippingPoint;

import io.archfit.evidence.Evidence;
import io.archfit.evidence.SimilarCase;
import io.archfit.evidence.TrackRecord;

import org.springframework.context.MessageSource;

/**
 * The API's JSON view of an evaluation: the engine's ids and numbers, with the texts a
 * reader needs (names, reasons, mitigations) in the request's language.
 */
record EvaluationJson(CatalogueRef catalogue, String catalogueVersion, String recommended, double confidence,
		String confidenceLevel, boolean closeCall, TrackRecordJson confidenceTrackRecord,
		ConfidenceCheckJson confidenceCheck, List<SimilarJson> similarCases, List<Ranked> ranking,
		List<CriterionJson> criteria, List<GapJson> similarities, List<GapJson> differences, List<RiskJson> risks,
		List<Tip> tippingPoints, List<String> unanswered, CostJson cost) {

	/**
	 * The catalogue an evaluation was scored with: {@code archfit} (built-in) or a
	 * workspace's own ({@code team-…}), and its version.
	 */
	record CatalogueRef(String id, String version) {

	}

	/**
	 * What the evaluation's confidence level has meant on the public cases: of the
	 * {@code corpus} cases, how many the catalogue version answers with this level and
	 * how many of those as their authors concluded. Null for a team's catalogue, which is
	 * not measured on them.
	 */
	record TrackRecordJson(int cases, int right, int corpus) {

		static TrackRecordJson of(TrackRecord record) {
			return (record != null) ? new TrackRecordJson(record.cases(), record.right(), record.corpus()) : null;
		}

	}

	/**
	 * The confidence checked against the published cases nearest to the answers (the
	 * {@code similarCases}): how many were looked at, how many chose the recommended
	 * architecture, and the level the confidence was held below because too few did
	 * ({@code high} or {@code medium}; null when they did not lower it). Where the
	 * catalogue weighs the cases in, {@code byLead} is the confidence the lead alone
	 * gives, {@code rightWhenAgreeing} the share of published cases it answered right
	 * when as many nearest cases agreed and {@code answeredShare} the share of questions
	 * answered; the confidence averages {@code byLead} and
	 * {@code rightWhenAgreeing × answeredShare} (all three null otherwise).
	 */
	record ConfidenceCheckJson(int nearestCases, int agreeing, String heldBelow, Double byLead,
			Double rightWhenAgreeing, Double answeredShare) {

		static ConfidenceCheckJson of(Precedents precedents) {
			if (precedents == null) {
				return null;
			}
			String heldBelow = (precedents.heldBelow() != null) ? precedents.heldBelow().id() : null;
			Precedents.Weighing weighed = precedents.weighed();
			if (weighed == null) {
				return new ConfidenceCheckJson(precedents.nearest(), precedents.agreeing(), heldBelow, null, null,
						null);
			}
			return new ConfidenceCheckJson(precedents.nearest(), precedents.agreeing(), heldBelow, weighed.byLead(),
					weighed.rightWhenAgreeing(), Math.round(weighed.answeredShare() * 10_000) / 10_000.0);
		}

	}

	/**
	 * The monthly cost per architecture in US dollars (to the cent): infrastructure
	 * ({@code monthlyUsd}) and the total of ownership ({@code totalMonthlyUsd}, which
	 * adds people where the catalogue prices them); the volume at which serverless and
	 * monolith cost the same in infrastructure and in total (null if they never cross);
	 * which figure the cost criterion compared; and every assumption used.
	 */
	record CostJson(List<EstimateJson> estimates, Long breakEvenRequestsPerMonth, Long totalBreakEvenRequestsPerMonth,
			String criterionFigure, Map<String, Object> assumptions) {

		static CostJson of(CostEstimate cost, Catalogue catalogue, Answers answers) {
			if (cost == null) {
				return null;
			}
			CostModel model = CostModel.of(catalogue);
			List<String> parts = new ArrayList<>(model.parts());
			if (model.pricesPeople()) {
				parts.add(CostModel.PEOPLE);
			}
			List<EstimateJson> estimates = cost.estimates().stream().map((estimate) -> {
				Map<String, Double> breakdown = new LinkedHashMap<>();
				parts.forEach((part) -> breakdown.put(part, cents(estimate.breakdown().get(part))));
				return new EstimateJson(estimate.architecture(), cents(estimate.monthlyUsd()),
						cents(CostModel.totalMonthlyUsd(estimate)), breakdown);
			}).toList();
			Double breakEven = cost.breakEvenRequestsPerMonth();
			Double totalBreakEven = model.pricesPeople()
					? model.breakEven(Figure.TOTAL, model.inputs(answers, cost.assumptions()), cost.assumptions())
					: breakEven;
			Map<String, Object> assumptions = new LinkedHashMap<>();
			Map<String, Object> all = cost.assumptions().toFullMap();
			model.assumptionNames().forEach((name) -> assumptions.put(name, all.get(name)));
			return new CostJson(estimates, rounded(breakEven), rounded(totalBreakEven), model.bandsFigure().id(),
					assumptions);
		}

		private static Long rounded(Double volume) {
			return (volume != null) ? Math.round(volume) : null;
		}

		private static double cents(Double usd) {
			return (usd != null) ? Math.round(usd * 100) / 100.0 : 0.0;
		}

	}

	record EstimateJson(String architecture, double monthlyUsd, double totalMonthlyUsd, Map<String, Double> breakdown) {

	}

	record Ranked(String architecture, String name, double score, boolean viable, List<BlockerJson> blockers) {

	}

	record BlockerJson(String id, String trait, String value, String reason) {

	}

	record CriterionJson(String criterion, String name, double weight, boolean priority, Map<String, Double> scores,
			List<ReasonJson> reasons) {

	}

	record ReasonJson(String rule, String trait, String value, Map<String, Integer> effects, String text,
			List<String> sources) {

	}

	/**
	 * A public case near the answers, with what its authors chose and where to read it.
	 */
	record SimilarJson(String id, String title, String concluded, String why, String sourceUrl, double distance) {

		static SimilarJson of(SimilarCase similar) {
			return new SimilarJson(similar.id(), similar.title(), similar.concluded(), similar.why(),
					similar.sourceUrl(), similar.distance());
		}

	}

	record GapJson(String criterion, String name, Map<String, Double> scores, double gap, List<ReasonJson> reasons) {

	}

	record RiskJson(String id, String title, String mitigation, List<String> architectures, List<String> triggeredBy) {

	}

	record Tip(String trait, String from, String to, String recommended, int distance) {

	}

	/**
	 * The JSON view of an evaluation.
	 * @param evaluation the evaluation
	 * @param catalogue the catalogue it was scored with (texts and sources)
	 * @param answers the answers it was scored from (for the cost figures)
	 * @param evidence the public cases: the nearest to its answers, and what its
	 * confidence level has meant on them
	 * @param messages the application's texts
	 * @param locale the reader's language
	 */
	static EvaluationJson of(Evaluation evaluation, Catalogue catalogue, Answers answers, Evidence evidence,
			MessageSource messages, Locale locale) {
		List<SimilarCase> similar = evidence.similarCases(catalogue, answers.asMap());
		TrackRecord record = evidence.trackRecord(catalogue, evaluation.confidenceLevel()).orElse(null);
		Texts texts = new Texts(catalogue, messages, locale);
		List<Ranked> ranking = evaluation.ranking()
			.stream()
			.map((r) -> new Ranked(r.architecture(), texts.get("architecture." + r.architecture() + ".name"),
					round(r.score()), r.viable(), blockers(r, texts)))
			.toList();
		List<CriterionJson> criteria = evaluation.criteria()
			.stream()
			.map((c) -> new CriterionJson(c.criterion(), texts.get("criterion." + c.criterion() + ".name"),
					Math.round(c.weight() * 10000) / 10000.0, c.priority(), rounded(c.scores()),
					reasons(c.reasons(), texts)))
			.toList();
		String first = evaluation.comparison().first();
		String second = evaluation.comparison().second();
		List<RiskJson> risks = evaluation.risks().stream().map((r) -> risk(r, texts)).toList();
		List<Tip> tips = evaluation.tippingPoints().stream().map(EvaluationJson::tip).toList();
		return new EvaluationJson(new CatalogueRef(evaluation.catalogueId(), evaluation.catalogueVersion()),
				evaluation.catalogueVersion(), evaluation.recommended(),
				Math.round(evaluation.confidence() * 1000) / 1000.0, evaluation.confidenceLevel().id(),
				evaluation.closeCall(), TrackRecordJson.of(record), ConfidenceCheckJson.of(evaluation.precedents()),
				similar.stream().map(SimilarJson::of).toList(), ranking, criteria,
				gaps(evaluation.comparison().similarities(), first, second, texts),
				gaps(evaluation.comparison().differences(), first, second, texts), risks, tips, evaluation.unanswered(),
				CostJson.of(evaluation.cost(), catalogue, answers));
	}

	private static List<BlockerJson> blockers(RankedArchitecture ranked, Texts texts) {
		return ranked.blockers().stream().map((b) -> blocker(b, texts)).toList();
	}

	private static BlockerJson blocker(Blocker blocker, Texts texts) {
		return new BlockerJson(blocker.id(), blocker.trait(), blocker.value(), texts.get("knockout." + blocker.id()));
	}

	private static List<ReasonJson> reasons(List<Reason> reasons, Texts texts) {
		return reasons.stream()
			.map((r) -> new ReasonJson(r.ruleId(), r.trait(), r.value(), r.effects(), texts.get("rule." + r.ruleId()),
					texts.sources(r.ruleId())))
			.toList();
	}

	private static List<GapJson> gaps(List<CriterionGap> gaps, String first, String second, Texts texts) {
		return gaps.stream().map((g) -> {
			Map<String, Double> scores = new LinkedHashMap<>();
			scores.put(first, round(g.firstScore()));
			scores.put(second, round(g.secondScore()));
			return new GapJson(g.criterion(), texts.get("criterion." + g.criterion() + ".name"), scores, round(g.gap()),
					reasons(g.reasons(), texts));
		}).toList();
	}

	private static RiskJson risk(Risk risk, Texts texts) {
		return new RiskJson(risk.id(), texts.get("risk." + risk.id() + ".title"),
				texts.get("risk." + risk.id() + ".mitigation"), risk.architectures(), risk.triggeredBy());
	}

	private static Tip tip(TippingPoint tip) {
		return new Tip(tip.trait(), tip.from(), tip.to(), tip.recommended(), tip.distance());
	}

	private static Map<String, Double> rounded(Map<String, Double> scores) {
		Map<String, Double> rounded = new LinkedHashMap<>();
		scores.forEach((key, value) -> rounded.put(key, round(value)));
		return rounded;
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	/** Texts from the catalogue's own where it has them, else the application's. */
	private record Texts(Catalogue catalogue, MessageSource messages, Locale locale) {

		String get(String key) {
			String own = this.catalogue.texts().text(key, this.locale);
			return (own != null) ? own : this.messages.getMessage(key, null, key, this.locale);
		}

		/** The reference ids a reason's rule rests on. */
		List<String> sources(String ruleId) {
			return CatalogueSources.of(this.catalogue, ruleId);
		}

	}

}
