package io.archfit.evidence;

import io.archfit.catalogue.Catalogues;

/**
 * Prints the calibration summary of a catalogue version without any held-out case's
 * details: the accuracy figures and the reliability table only. For measuring during
 * tuning. Run:
 * {@code java -cp <test class path> io.archfit.evidence.CalibrationSummary v2}
 */
public final class CalibrationSummary {

	private CalibrationSummary() {
	}

	public static void main(String[] args) {
		CalibrationReport report = new CalibrationReport((args.length > 0)
				? Catalogues.loadBuiltIn().version(args[0]).orElseThrow() : Catalogues.loadBuiltIn().current(),
				new Evidence(new CaseCorpus(CaseCorpus.load().tuning())));
		String markdown = report.markdown();
		System.out.println(markdown.substring(0, markdown.indexOf("## Misses in the held-out part")));
	}

}
