package io.archfit.evidence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import io.archfit.catalogue.Catalogue;
import io.archfit.catalogue.Trait;

/**
 * Finds the corpus cases whose answers lie nearest to a set of answers. Over every scored
 * question both answered, a choice counts the steps between the two options as a share of
 * its scale, and a number the gap between the orders of magnitude as a share of its
 * range's; the distance is the mean over those questions (0 when none is shared is not
 * possible: a case with no question in common is left out). Cases at the same distance
 * (to two decimals) come in the order of their ids.
 * <p>
 * Every evaluation asks for its nearest cases, so the corpus's answers are read once per
 * catalogue into positions on each question's scale ({@link CaseIndex}); a search then
 * compares numbers only.
 */
public final class SimilarCases {

	private final CaseCorpus corpus;

	/**
	 * Per catalogue (by identity, dropped with it): the corpus on its questions' scales.
	 */
	private final Map<Catalogue, CaseIndex> indexes = Collections.synchronizedMap(new WeakHashMap<>());

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
		return nearest(catalogue, answers, count, null);
	}

	/**
	 * The nearest cases but one, nearest first: a case's own answers measured against the
	 * others, as the calibration does.
	 * @param catalogue the catalogue whose questions count
	 * @param answers trait id to answer text
	 * @param count how many
	 * @param leftOut the id of a case not to count (null: none)
	 */
	public List<SimilarCase> nearest(Catalogue catalogue, Map<String, String> answers, int count, String leftOut) {
		CaseIndex index = this.indexes.computeIfAbsent(catalogue, (c) -> new CaseIndex(c, this.corpus.cases()));
		double[] distances = new double[this.corpus.cases().size()];
		int[] chosen = index.nearest(index.positions(answers), count, leftOut, distances);
		List<SimilarCase> found = new ArrayList<>(chosen.length);
		for (int i : chosen) {
			EvidenceCase evidence = this.corpus.cases().get(i);
			found.add(new SimilarCase(evidence.id(), evidence.title(), evidence.concluded(), evidence.why(),
					evidence.source().url(), evidence.source().title(), (evidence.source().publisher() != null)
							? evidence.source().publisher() : evidence.source().author(),
					evidence.source().year(), distances[i]));
		}
		return List.copyOf(found);
	}

	/**
	 * The mean distance over the scored questions both answered; NaN when there is none.
	 */
	static double distance(Catalogue catalogue, Map<String, String> a, Map<String, String> b) {
		CaseIndex index = new CaseIndex(catalogue, List.of());
		return index.distance(index.positions(a), index.positions(b));
	}

	/**
	 * The corpus on one catalogue's scored questions: per case and question, the option's
	 * place on the scale or the number's order of magnitude (NaN when unanswered or not
	 * an answer the question knows).
	 */
	static final class CaseIndex {

		private final Trait[] traits;

		/**
		 * Per question: the scale's length (options − 1, or the range's orders of
		 * magnitude).
		 */
		private final double[] spans;

		private final boolean[] choice;

		private final String[] ids;

		private final double[][] cases;

		CaseIndex(Catalogue catalogue, List<EvidenceCase> corpus) {
			this.traits = catalogue.traits().stream().filter((t) -> !t.costInput()).toArray(Trait[]::new);
			this.spans = new double[this.traits.length];
			this.choice = new boolean[this.traits.length];
			for (int t = 0; t < this.traits.length; t++) {
				Trait trait = this.traits[t];
				this.choice[t] = trait.isChoice();
				this.spans[t] = trait.isChoice() ? trait.options().size() - 1
						: Math.log10(1 + Math.max(trait.max(), 0)) - Math.log10(1 + Math.max(trait.min(), 0));
			}
			this.ids = corpus.stream().map(EvidenceCase::id).toArray(String[]::new);
			this.cases = corpus.stream().map((c) -> positions(c.answers())).toArray(double[][]::new);
		}

		double[] positions(Map<String, String> answers) {
			double[] positions = new double[this.traits.length];
			for (int t = 0; t < this.traits.length; t++) {
				positions[t] = position(this.traits[t], answers.get(this.traits[t].id()));
			}
			return positions;
		}

		private static double position(Trait trait, String answer) {
			if (answer == null) {
				return Double.NaN;
			}
			if (trait.isChoice()) {
				int i = trait.options().indexOf(answer);
				return (i >= 0) ? i : Double.NaN;
			}
			try {
				return Math.log10(1 + Math.max(Double.parseDouble(answer), 0));
			}
			catch (NumberFormatException ex) {
				return Double.NaN;
			}
		}

		double distance(double[] a, double[] b) {
			double sum = 0;
			int shared = 0;
			for (int t = 0; t < a.length; t++) {
				double x = a[t];
				double y = b[t];
				if (Double.isNaN(x) || Double.isNaN(y)) {
					continue;
				}
				double span = this.spans[t];
				if (this.choice[t]) {
					sum += Math.abs(x - y) / span;
				}
				else {
					sum += (span > 0) ? Math.min(1, Math.abs(x - y) / span) : 0;
				}
				shared++;
			}
			return (shared > 0) ? sum / shared : Double.NaN;
		}

		/**
		 * The indexes of the nearest cases, nearest first.
		 * @param query the answers' positions
		 * @param count how many
		 * @param leftOut the id of a case not to count (null: none)
		 * @param rounded receives each case's distance, rounded to two decimals as shown
		 */
		int[] nearest(double[] query, int count, String leftOut, double[] rounded) {
			int[] best = new int[Math.min(count, this.ids.length)];
			int found = 0;
			for (int i = 0; i < this.ids.length; i++) {
				double distance = distance(query, this.cases[i]);
				if (Double.isNaN(distance) || this.ids[i].equals(leftOut)) {
					continue;
				}
				rounded[i] = Math.round(distance * 100) / 100.0;
				int at = found;
				while (at > 0 && before(i, best[at - 1], rounded)) {
					at--;
				}
				if (at < best.length) {
					int end = Math.min(found, best.length - 1);
					System.arraycopy(best, at, best, at + 1, end - at);
					best[at] = i;
					found = Math.min(found + 1, best.length);
				}
			}
			return (found == best.length) ? best : Arrays.copyOf(best, found);
		}

		private boolean before(int i, int j, double[] rounded) {
			int byDistance = Double.compare(rounded[i], rounded[j]);
			return (byDistance != 0) ? byDistance < 0 : this.ids[i].compareTo(this.ids[j]) < 0;
		}

	}

}
