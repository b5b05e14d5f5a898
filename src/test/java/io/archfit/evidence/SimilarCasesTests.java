package io.archfit.evidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.archfit.catalogue.Catalogue;
import io.archfit.catalogue.Catalogues;
import io.archfit.catalogue.Trait;

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

	/**
	 * The index answers as the definition reads, computed directly over the answer texts:
	 * for every case's answers with some questions left open, under every built-in
	 * version, the same cases in the same order at the same distances.
	 */
	@Test
	void theIndexFindsWhatTheDirectComputationFinds() {
		Random random = new Random(42);
		for (String version : Catalogues.loadBuiltIn().versions()) {
			Catalogue catalogue = Catalogues.loadBuiltIn().version(version).orElseThrow();
			for (EvidenceCase evidence : CORPUS.cases()) {
				Map<String, String> answers = new HashMap<>(evidence.answers());
				answers.keySet().removeIf((trait) -> random.nextInt(3) == 0);
				assertThat(this.similar.nearest(catalogue, answers, 5)).as("%s %s", version, evidence.id())
					.isEqualTo(direct(catalogue, answers, 5));
			}
		}
	}

	/** The nearest cases by the definition: every case's distance, sorted. */
	private static List<SimilarCase> direct(Catalogue catalogue, Map<String, String> answers, int count) {
		List<SimilarCase> all = new ArrayList<>();
		for (EvidenceCase evidence : CORPUS.cases()) {
			double sum = 0;
			int shared = 0;
			for (Trait trait : catalogue.traits()) {
				String x = answers.get(trait.id());
				String y = evidence.answers().get(trait.id());
				if (trait.costInput() || x == null || y == null) {
					continue;
				}
				if (trait.isChoice()) {
					int i = trait.options().indexOf(x);
					int j = trait.options().indexOf(y);
					if (i < 0 || j < 0) {
						continue;
					}
					sum += (double) Math.abs(i - j) / (trait.options().size() - 1);
				}
				else {
					double range = Math.log10(1 + Math.max(trait.max(), 0)) - Math.log10(1 + Math.max(trait.min(), 0));
					double gap = Math.abs(Math.log10(1 + Math.max(Double.parseDouble(x), 0))
							- Math.log10(1 + Math.max(Double.parseDouble(y), 0)));
					sum += (range > 0) ? Math.min(1, gap / range) : 0;
				}
				shared++;
			}
			if (shared > 0) {
				all.add(new SimilarCase(evidence.id(), evidence.title(), evidence.concluded(), evidence.why(),
						evidence.source().url(), evidence.source().title(),
						(evidence.source().publisher() != null) ? evidence.source().publisher()
								: evidence.source().author(),
						evidence.source().year(), Math.round(sum / shared * 100) / 100.0));
			}
		}
		all.sort(Comparator.comparingDouble(SimilarCase::distance).thenComparing(SimilarCase::id));
		return all.subList(0, Math.min(count, all.size()));
	}

}
