package io.archfit.evidence;

import java.util.List;

import io.archfit.catalogue.Catalogue;
import io.archfit.catalogue.Catalogues;
import io.archfit.evaluation.Evaluation;
import io.archfit.evaluation.Evaluator;
import io.archfit.evaluation.RankedArchitecture;

/**
 * Prints how a catalogue version answers the tuning part of the corpus, case by case, for
 * the person tuning rules. It never reads the held-out part: each case is checked against
 * the other tuning cases only (a level followed by {@code <} was held there by them).
 * <p>
 * Run: {@code java -cp <test class path> io.archfit.evidence.TuningPrinter v2}
 */
public final class TuningPrinter {

	private TuningPrinter() {
	}

	public static void main(String[] args) {
		Catalogue catalogue = Catalogues.loadBuiltIn().version((args.length > 0) ? args[0] : "v1").orElseThrow();
		Evaluator evaluator = new Evaluator(catalogue);
		int right = 0;
		List<EvidenceCase> cases = CaseCorpus.load().tuning();
		Evidence tuning = new Evidence(new CaseCorpus(cases));
		String explain = (args.length > 1) ? args[1] : null;
		for (EvidenceCase evidence : cases) {
			Evaluation evaluation = tuning.evaluateCase(evaluator, evidence);
			if (evidence.id().equals(explain)) {
				evaluation.criteria()
					.forEach((c) -> System.out.printf("  %-14s w%.3f %s %s%n", c.criterion(), c.weight(), c.scores(),
							c.reasons().stream().map((r) -> r.ruleId()).toList()));
			}
			boolean hit = evaluation.recommended().equals(evidence.concluded());
			right += hit ? 1 : 0;
			StringBuilder scores = new StringBuilder();
			for (RankedArchitecture ranked : evaluation.ranking()) {
				scores.append(String.format(" %s=%.1f%s", ranked.architecture().substring(0, 4), ranked.score(),
						ranked.viable() ? "" : "x"));
			}
			double margin = evaluation.ranking().get(0).score()
					- (evaluation.ranking().get(1).viable() ? evaluation.ranking().get(1).score() : 0);
			long near = evaluation.tippingPoints()
				.stream()
				.filter((t) -> t.distance() == 1)
				.map((t) -> t.trait())
				.distinct()
				.count();
			System.out.printf("%s %-45s %-13s -> %-13s conf %.2f %-7s near %s m %4.1f tips %d/%d%s%s%n",
					hit ? "ok  " : "MISS", evidence.id(), evidence.concluded(), evaluation.recommended(),
					evaluation.confidence(),
					evaluation.confidenceLevel().id() + ((evaluation.precedents().heldBelow() != null) ? "<" : " "),
					evaluation.precedents().agreeing() + "/" + evaluation.precedents().nearest(), margin, near,
					evaluation.tippingPoints().size(), evaluation.closeCall() ? " close" : "", scores);
		}
		System.out.printf("tuning part: %d of %d right (%.1f %%)%n", right, cases.size(), 100.0 * right / cases.size());
	}

}
