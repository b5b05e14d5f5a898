package io.archfit.evidence;

import java.util.List;

import io.archfit.evaluation.ConfidenceLevel;
import io.archfit.evaluation.Evaluation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The calibration report's measures of how well a stated confidence matches the outcomes:
 * Brier score, expected calibration error, and the interval of a share right.
 */
class CalibrationScoresTests {

	private static final EvidenceCase CASE = CaseCorpus.load().cases().get(0);

	@Test
	void brierScoreIsTheMeanSquaredGapToTheOutcome() {
		List<CalibrationReport.Answered> answered = List.of(answered(0.8, true), answered(0.6, false));
		assertThat(CalibrationReport.brier(answered)).isCloseTo((0.04 + 0.36) / 2, within(1e-9));
		assertThat(CalibrationReport.brier(List.of(answered(1.0, true)))).isZero();
		assertThat(CalibrationReport.brier(List.of())).isNaN();
	}

	@Test
	void calibrationErrorWeighsEachBandsGapByItsCases() {
		// band 0.8–0.9: confidence 0.8 and 0.85 against one right of two; band 0.6–0.7:
		// 0.6, wrong
		List<CalibrationReport.Answered> answered = List.of(answered(0.8, true), answered(0.85, false),
				answered(0.6, false));
		assertThat(CalibrationReport.expectedCalibrationError(answered)).isCloseTo((Math.abs(1.65 - 1) + 0.6) / 3,
				within(1e-9));
		assertThat(CalibrationReport
			.expectedCalibrationError(List.of(answered(0.7, true), answered(0.7, true), answered(0.7, true))))
			.isCloseTo(0.3, within(1e-9));
	}

	@Test
	void fewCasesGiveAWideInterval() {
		double[] allOfEight = CalibrationReport.wilson(new CalibrationReport.Count(8, 8));
		assertThat(allOfEight[0]).isCloseTo(0.676, within(0.001));
		assertThat(allOfEight[1]).isEqualTo(1.0);
		double[] halfOfHundred = CalibrationReport.wilson(new CalibrationReport.Count(100, 50));
		assertThat(halfOfHundred[0]).isCloseTo(0.404, within(0.001));
		assertThat(halfOfHundred[1]).isCloseTo(0.596, within(0.001));
		assertThat(CalibrationReport.wilson(new CalibrationReport.Count(0, 0))[0]).isNaN();
	}

	private static CalibrationReport.Answered answered(double confidence, boolean right) {
		String recommended = right ? CASE.concluded() : other(CASE.concluded());
		Evaluation evaluation = new Evaluation("archfit", "v4", recommended, confidence, ConfidenceLevel.MEDIUM, false,
				List.of(), List.of(), null, List.of(), List.of(), List.of(), null);
		return new CalibrationReport.Answered(CASE, false, evaluation);
	}

	private static String other(String architecture) {
		return architecture.equals("monolith") ? "microservices" : "monolith";
	}

}
