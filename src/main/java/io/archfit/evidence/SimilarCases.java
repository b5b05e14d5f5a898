package io.archfit.evidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.archfit.catalogue.Catalogue;
import io.archfit.catalogue.Trait;

/**
 * Finds the corpus cases whose answers lie nearest to a set of answers. Over every scored
 * question both answered, a choice counts the steps between the two options as a share of
 * its scale, and a number the gap between the orders of magnitude as a share of its
 * range's; the distance is the mean over those questions (0 when none is shared is not
 * possible: a case with no question in common is left out).
 */
public final class SimilarCases {

	private final CaseCorpus corpus;

	public SimilarCases(CaseCorpus corpus) {
		this.corpus = corpus;
	}

	/**
	 * The nearest cases, nearest first (ties by case id).
	 * @param catalogue the catalogue whose questions count
	 * @param answers trait id to answer text
	 * @param count how many
	 */
	public List<SimilarCase> nearest(Catalogue catalogue, Map<String, String> answers, int count) {
		List<SimilarCase> found = new ArrayList<>();
		for (EvidenceCase evidence : this.corpus.cases()) {
			double distance = distance(catalogue, answers, evidence.answers());
			if (!Double.isNaN(distance)) {
				found.add(new SimilarCase(evidence.id(), evidence.title(), evidence.concluded(), evidence.why(),
						evidence.source().url(), evidence.source().title(),
						(evidence.source().publisher() != null) ? evidence.source().publisher()
								: evidence.source().author(),
						evidence.source().year(), Math.round(distance * 100) / 100.0));
			}
		}
		found.sort(Comparator.comparingDouble(SimilarCase::distance).thenComparing(SimilarCase::id));
		return List.copyOf(found.subList(0, Math.min(count, found.size())));
	}

	/**
	 * The mean distance over the scored questions both answered; NaN when there is none.
	 */
	static double distance(Catalogue catalogue, Map<String, String> a, Map<String, String> b) {
		double sum = 0;
		int shared = 0;
		for (Trait trait : catalogue.traits()) {
			String x = a.get(trait.id());
			String y = b.get(trait.id());
			if (trait.costInput() || x == null || y == null) {
				continue;
			}
			double gap = trait.isChoice() ? choiceGap(trait, x, y) : numberGap(trait, x, y);
			if (!Double.isNaN(gap)) {
				sum += gap;
				shared++;
			}
		}
		return (shared > 0) ? sum / shared : Double.NaN;
	}

	private static double choiceGap(Trait trait, String x, String y) {
		int i = trait.options().indexOf(x);
		int j = trait.options().indexOf(y);
		if (i < 0 || j < 0) {
			return Double.NaN;
		}
		return (double) Math.abs(i - j) / (trait.options().size() - 1);
	}

	private static double numberGap(Trait trait, String x, String y) {
		try {
			double range = Math.log10(1 + Math.max(trait.max(), 0)) - Math.log10(1 + Math.max(trait.min(), 0));
			double gap = Math.abs(Math.log10(1 + Math.max(Double.parseDouble(x), 0))
					- Math.log10(1 + Math.max(Double.parseDouble(y), 0)));
			return (range > 0) ? Math.min(1, gap / range) : 0;
		}
		catch (NumberFormatException ex) {
			return Double.NaN;
		}
	}

}
