package io.archfit.evidence;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.archfit.catalogue.Catalogue;
import io.archfit.catalogue.Catalogues;

import static org.assertj.core.api.Assertions.assertThat;

/** "Teams like yours": the corpus cases nearest to a set of answers. */
class SimilarCasesTests {

	private static final CaseCorpus CORPUS = CaseCorpus.load();

	private static final Catalogue CATALOGUE = Catalogues.loadBuiltIn().current();

	private final SimilarCases similar = new SimilarCases(CORPUS);

	@Test
	void aCasesOwnAnswersFindItFirstAtDistanceZero() {
		for (EvidenceCase evidence : CORPUS.cases()) {
			List<SimilarCase> nearest = this.similar.nearest(CATALOGUE, evidence.answers(), 3);
			assertThat(nearest).hasSize(3);
			assertThat(nearest.get(0).distance()).isZero();
			assertThat(nearest).extracting(SimilarCase::id).contains(evidence.id());
			assertThat(nearest.get(1).distance()).isGreaterThanOrEqualTo(nearest.get(0).distance());
			assertThat(nearest.get(2).distance()).isGreaterThanOrEqualTo(nearest.get(1).distance());
		}
	}

	@Test
	void distanceCountsStepsOnTheScaleOverQuestionsBothAnswered() {
		assertThat(SimilarCases.distance(CATALOGUE, Map.of("domainSize", "small"), Map.of("domainSize", "large")))
			.isEqualTo(1.0);
		assertThat(SimilarCases.distance(CATALOGUE, Map.of("domainSize", "small", "teamCount", "one"),
				Map.of("domainSize", "medium", "teamCount", "one")))
			.isEqualTo(0.25);
		assertThat(SimilarCases.distance(CATALOGUE, Map.of("domainSize", "small"), Map.of("teamCount", "one"))).isNaN();
		assertThat(SimilarCases.distance(CATALOGUE, Map.of("engineers", "10"), Map.of("engineers", "10"))).isZero();
	}

	@Test
	void aSmallStartUpFindsSmallTeamsFirst() {
		List<SimilarCase> nearest = this.similar.nearest(CATALOGUE, Map.of("teamCount", "one", "engineers", "3",
				"domainSize", "small", "timeToMarket", "under-3-months", "devopsMaturity", "medium"), 3);
		assertThat(nearest).allSatisfy((c) -> assertThat(CORPUS.cases()
			.stream()
			.filter((e) -> e.id().equals(c.id()))
			.findFirst()
			.orElseThrow()
			.answers()
			.get("teamCount")).isNotEqualTo("many"));
	}

}
