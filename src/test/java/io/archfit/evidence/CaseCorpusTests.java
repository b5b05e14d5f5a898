package io.archfit.evidence;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.archfit.catalogue.Catalogue;
import io.archfit.catalogue.Catalogues;
import io.archfit.evaluation.AnswerValidator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * The corpus of public cases holds together and answers the current catalogue's
 * questions.
 */
class CaseCorpusTests {

	private static final CaseCorpus CORPUS = CaseCorpus.load();

	private static final Catalogue CATALOGUE = Catalogues.loadBuiltIn().current();

	@Test
	void everyCaseAnswersEveryScoredQuestionWithAValidAnswer() {
		AnswerValidator validator = new AnswerValidator();
		for (EvidenceCase evidence : CORPUS.cases()) {
			assertThatCode(() -> validator.parse(CATALOGUE, evidence.answers())).as(evidence.id())
				.doesNotThrowAnyException();
			CATALOGUE.traits()
				.stream()
				.filter((trait) -> !trait.costInput())
				.forEach((trait) -> assertThat(evidence.answers()).as(evidence.id()).containsKey(trait.id()));
			assertThat(evidence.answers().keySet()).as(evidence.id() + ": inferred answers are answers")
				.containsAll(evidence.inferred());
		}
	}

	@Test
	void idsAreUniqueAndEveryCaseNamesItsSourceAndConclusion() {
		Set<String> ids = new HashSet<>();
		for (EvidenceCase evidence : CORPUS.cases()) {
			assertThat(ids.add(evidence.id())).as("duplicate id " + evidence.id()).isTrue();
			assertThat(evidence.id()).matches("[a-z0-9]+(-[a-z0-9]+)*");
			assertThat(evidence.source().url()).as(evidence.id()).startsWith("http");
			assertThat(evidence.source().title()).as(evidence.id()).isNotBlank();
			assertThat(evidence.source().year()).as(evidence.id()).isBetween(1990, 2026);
			assertThat(CATALOGUE.architectures()).as(evidence.id()).contains(evidence.concluded());
			assertThat(evidence.why()).as(evidence.id()).isNotBlank().doesNotContain("\"");
		}
	}

	@Test
	void theCorpusCoversEachConclusionAndTheCasesNaiveRulesMiss() {
		Map<String, Long> concluded = CORPUS.cases()
			.stream()
			.collect(Collectors.groupingBy(EvidenceCase::concluded, Collectors.counting()));
		assertThat(CORPUS.cases()).hasSizeGreaterThanOrEqualTo(60);
		assertThat(concluded.get("monolith")).isGreaterThanOrEqualTo(15);
		assertThat(concluded.get("microservices")).isGreaterThanOrEqualTo(15);
		assertThat(concluded.get("serverless") + concluded.get("hybrid")).isGreaterThanOrEqualTo(15);
		assertThat(CORPUS.cases().stream().filter((c) -> c.trap() != null)).hasSizeGreaterThanOrEqualTo(12);
	}

	@Test
	void aboutAQuarterIsHeldOutByTheFixedRuleOnTheId() {
		List<EvidenceCase> heldOut = CORPUS.heldOut();
		assertThat(heldOut.size() + CORPUS.tuning().size()).isEqualTo(CORPUS.cases().size());
		assertThat((double) heldOut.size() / CORPUS.cases().size()).isBetween(0.15, 0.35);
		// the rule: the first byte of SHA-256(id) below 64
		assertThat(CaseCorpus.isHeldOut("a")).isFalse();
		assertThat(CaseCorpus.isHeldOut("b")).isTrue();
	}

}
