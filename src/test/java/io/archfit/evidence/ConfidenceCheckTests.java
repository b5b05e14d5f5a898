package io.archfit.evidence;

import java.util.List;
import java.util.Map;

import io.archfit.catalogue.Catalogue;
import io.archfit.catalogue.Catalogues;
import io.archfit.evaluation.Answers;
import io.archfit.evaluation.ConfidenceLevel;
import io.archfit.evaluation.Evaluation;
import io.archfit.evaluation.Evaluator;
import io.archfit.evaluation.Precedents;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/**
 * The confidence of a calibrated catalogue is checked against the published cases nearest
 * to the answers: high only when all of them chose the recommendation, low when at most
 * one did; a catalogue that records how often it was right by how many of them agreed
 * averages that in; the ranking never moves, and a case is never its own neighbour when
 * the corpus is measured.
 */
class ConfidenceCheckTests {

	private static final Catalogues BUILT_IN = Catalogues.loadBuiltIn();

	private static final Evidence EVIDENCE = new Evidence();

	private final Evaluator current = new Evaluator(BUILT_IN.current());

	/** The last version that checks without weighing the cases in. */
	private final Evaluator checkOnly = new Evaluator(BUILT_IN.version("v4").orElseThrow());

	@Test
	void highNeedsEveryNearCaseAndMediumMostOfThem() {
		Evaluation confident = confidentEvaluation(this.checkOnly);
		assertThat(confident.confidenceLevel()).isEqualTo(ConfidenceLevel.HIGH);

		Evaluation allAgree = this.checkOnly.withPrecedents(confident, Precedents.of(3, 3));
		assertThat(allAgree.confidence()).isEqualTo(confident.confidence());
		assertThat(allAgree.confidenceLevel()).isEqualTo(ConfidenceLevel.HIGH);
		assertThat(allAgree.precedents()).isEqualTo(Precedents.of(3, 3));

		Evaluation twoOfThree = this.checkOnly.withPrecedents(confident, Precedents.of(3, 2));
		assertThat(twoOfThree.confidence()).isEqualTo(0.84);
		assertThat(twoOfThree.confidenceLevel()).isEqualTo(ConfidenceLevel.MEDIUM);
		assertThat(twoOfThree.precedents().heldBelow()).isEqualTo(ConfidenceLevel.HIGH);

		Evaluation oneOfThree = this.checkOnly.withPrecedents(confident, Precedents.of(3, 1));
		assertThat(oneOfThree.confidence()).isEqualTo(0.64);
		assertThat(oneOfThree.confidenceLevel()).isEqualTo(ConfidenceLevel.LOW);
		assertThat(oneOfThree.precedents().heldBelow()).isEqualTo(ConfidenceLevel.MEDIUM);

		for (Evaluation checked : List.of(allAgree, twoOfThree, oneOfThree)) {
			assertThat(checked.recommended()).isEqualTo(confident.recommended());
			assertThat(checked.ranking()).isEqualTo(confident.ranking());
			assertThat(checked.closeCall()).isEqualTo(confident.closeCall());
		}
	}

	@Test
	void aConfidenceAlreadyBelowTheCeilingIsLeftAsItIs() {
		Evaluation low = this.checkOnly.evaluate(Answers.of(Map.of("teamCount", "few")));
		assertThat(low.confidenceLevel()).isEqualTo(ConfidenceLevel.LOW);
		Evaluation checked = this.checkOnly.withPrecedents(low, Precedents.of(3, 0));
		assertThat(checked.confidence()).isEqualTo(low.confidence());
		assertThat(checked.precedents().heldBelow()).isNull();
	}

	@Test
	void theCurrentCatalogueAveragesTheLeadWithHowOftenAgreeingCasesWereRight() {
		List<Double> shares = this.current.catalogue().confidence().orElseThrow().precedents();
		assertThat(shares).hasSize(Evidence.SHOWN + 1);
		Evaluation confident = confidentEvaluation(this.current);
		double byLead = confident.confidence();

		Evaluation allAgree = this.current.withPrecedents(confident, Precedents.of(3, 3));
		assertThat(allAgree.confidence()).isEqualTo(Math.round((byLead + shares.get(3)) * 50) / 100.0);
		assertThat(allAgree.precedents().weighed()).isEqualTo(new Precedents.Weighing(byLead, shares.get(3), 1.0));
		assertThat(allAgree.precedents().heldBelow()).isNull();

		Evaluation noneAgree = this.current.withPrecedents(confident, Precedents.of(3, 0));
		assertThat(noneAgree.confidence()).isLessThanOrEqualTo(0.64)
			.isLessThan(allAgree.confidence())
			.isLessThan(byLead);
		assertThat(noneAgree.confidenceLevel()).isEqualTo(ConfidenceLevel.LOW);
		assertThat(noneAgree.ranking()).isEqualTo(confident.ranking());

		assertThat(allAgree.precedents().weighed().answeredShare()).as("a corpus case answers every question")
			.isEqualTo(1.0);
	}

	@Test
	void theCasesCountOnlyForTheShareOfQuestionsAnswered() {
		Evaluation sparse = this.current.evaluate(Answers.of(Map.of("teamCount", "few", "domainSize", "small")));
		int scored = (int) this.current.catalogue().traits().stream().filter((t) -> !t.costInput()).count();
		double answered = 1.0 - (double) sparse.unanswered().size() / scored;
		assertThat(answered).isBetween(0.01, 0.2);
		double allAgreeRight = this.current.catalogue().confidence().orElseThrow().precedents().get(3);

		Evaluation raised = this.current.withPrecedents(sparse, Precedents.of(3, 3));
		assertThat(raised.precedents().weighed().answeredShare()).isEqualTo(answered);
		assertThat(raised.confidence()).as("the cases' record counts for the share answered")
			.isEqualTo(Math.round((sparse.confidence() + allAgreeRight * answered) * 50) / 100.0)
			.isLessThan(Math.round((sparse.confidence() + allAgreeRight) * 50) / 100.0);
		assertThat(raised.confidenceLevel()).isEqualTo(ConfidenceLevel.LOW);
	}

	@Test
	void theRecordedSharesAreWhatTheTuningPartShows() {
		List<EvidenceCase> tuning = EVIDENCE.corpus().tuning();
		Evidence tuningOnly = new Evidence(new CaseCorpus(tuning));
		int[] cases = new int[Evidence.SHOWN + 1];
		int[] right = new int[Evidence.SHOWN + 1];
		for (EvidenceCase evidence : tuning) {
			Evaluation measured = tuningOnly.evaluateCase(this.current, evidence);
			cases[measured.precedents().agreeing()]++;
			right[measured.precedents().agreeing()] += measured.recommended().equals(evidence.concluded()) ? 1 : 0;
		}
		List<Double> shares = this.current.catalogue().confidence().orElseThrow().precedents();
		for (int agreeing = 0; agreeing <= Evidence.SHOWN; agreeing++) {
			double counted = (right[agreeing] + 1.0) / (cases[agreeing] + 2.0);
			assertThat(shares.get(agreeing))
				.as("%d of the nearest agreeing: %d of %d right", agreeing, right[agreeing], cases[agreeing])
				.isCloseTo(counted, offset(0.05));
		}
	}

	@Test
	void theUncalibratedFirstCatalogueKeepsItsConfidence() {
		Evaluator first = new Evaluator(BUILT_IN.version("v1").orElseThrow());
		EvidenceCase basecamp = corpusCase("basecamp-majestic-monolith");
		Evaluation engine = first.evaluate(basecamp.answersFor(first.catalogue()));
		Evaluation checked = first.withPrecedents(engine, Precedents.of(3, 0));
		assertThat(checked.confidence()).isEqualTo(engine.confidence());
		assertThat(checked.confidenceLevel()).isEqualTo(engine.confidenceLevel());
	}

	@Test
	void theNearCasesAreTheOnesTheReportShows() {
		EvidenceCase primeVideo = corpusCase("prime-video-monitoring-monolith");
		Map<String, String> answers = primeVideo.answersFor(this.current.catalogue()).asMap();
		Evaluation checked = EVIDENCE.checked(this.current, this.current.evaluate(Answers.of(answers)), answers);
		List<SimilarCase> shown = EVIDENCE.similarCases(this.current.catalogue(), answers);
		long agreeing = shown.stream().filter((c) -> c.concluded().equals(checked.recommended())).count();
		assertThat(checked.precedents().nearest()).isEqualTo(shown.size()).isEqualTo(Evidence.SHOWN);
		assertThat(checked.precedents().agreeing()).isEqualTo(agreeing);
	}

	@Test
	void aCorpusCaseIsNeverItsOwnNeighbourWhenMeasured() {
		Catalogue catalogue = this.current.catalogue();
		for (EvidenceCase evidence : EVIDENCE.corpus().cases()) {
			Map<String, String> answers = evidence.answersFor(catalogue).asMap();
			Evaluation measured = EVIDENCE.evaluateCase(this.current, evidence);
			List<EvidenceCase> rest = EVIDENCE.corpus()
				.cases()
				.stream()
				.filter((c) -> !c.id().equals(evidence.id()))
				.toList();
			List<SimilarCase> others = new SimilarCases(new CaseCorpus(rest)).nearest(catalogue, answers,
					Evidence.SHOWN);
			long agreeing = others.stream().filter((c) -> c.concluded().equals(measured.recommended())).count();
			assertThat(measured.precedents().agreeing()).as(evidence.id()).isEqualTo(agreeing);
		}
	}

	private static Evaluation confidentEvaluation(Evaluator evaluator) {
		return EVIDENCE.corpus()
			.cases()
			.stream()
			.map((c) -> evaluator.evaluate(c.answersFor(evaluator.catalogue())))
			.filter((e) -> e.confidenceLevel() == ConfidenceLevel.HIGH)
			.findFirst()
			.orElseThrow();
	}

	private static EvidenceCase corpusCase(String id) {
		return EVIDENCE.corpus().cases().stream().filter((c) -> c.id().equals(id)).findFirst().orElseThrow();
	}

}
