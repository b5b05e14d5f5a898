package io.archfit.evaluation;

import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import io.archfit.catalogue.Catalogue;
import io.archfit.catalogue.CatalogueLoader;
import io.archfit.catalogue.Catalogues;
import io.archfit.support.TeamCatalogueFixture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine gives what the straightforward computation gives
 * ({@link ReferenceEvaluator}), field by field, on 20 000 seeded answer sets for the
 * current built-in catalogue version and 5 000 for each earlier one (with random
 * priorities, and edited prices for every fourth) and on a test catalogue whose rules and
 * knock-outs combine answers and test derived quantities, and on a team's catalogue
 * derived from the current version (its own question, hard limit, rule and weights). A
 * failure names its seed.
 */
class ReferenceComparisonTests {

	static final int ANSWER_SETS = 20_000;

	@Test
	void everyBuiltInVersionAgreesWithTheReference() {
		Catalogues catalogues = Catalogues.loadBuiltIn();
		for (String version : catalogues.versions()) {
			// Earlier versions are frozen and were compared at full size while current.
			boolean current = version.equals(catalogues.current().version());
			agree(catalogues.version(version).orElseThrow(), current ? ANSWER_SETS : ANSWER_SETS / 4);
		}
	}

	@Test
	void combinedRulesAndQuantitiesAgreeWithTheReference() {
		agree(CatalogueLoader.load("catalogue/combined-test.json"), ANSWER_SETS / 4);
	}

	@Test
	void aTeamCatalogueDerivedFromTheCurrentVersionAgreesWithTheReference() {
		Catalogue team = TeamCatalogueFixture.load(TeamCatalogueFixture.withCriterionWeight(
				TeamCatalogueFixture.withCriterionWeight(TeamCatalogueFixture.withWeights(
						TeamCatalogueFixture.withTeamRules(), TeamCatalogueFixture.workloadFirst()), "cost", 3),
				"portability", 0.5));
		agree(team, ANSWER_SETS / 4);
	}

	@Test
	void thePublicCasesAgreeWithTheReference() {
		Catalogue catalogue = AnswerSets.CATALOGUE;
		Evaluator engine = new Evaluator(catalogue);
		ReferenceEvaluator reference = new ReferenceEvaluator(catalogue);
		List<String> priorities = List.of("cost", "complexity");
		for (Answers answers : AnswerSets.publicCases()) {
			assertSame(engine.evaluate(answers, priorities, null), reference.evaluate(answers, priorities, null),
					answers.toString());
		}
	}

	private static void agree(Catalogue catalogue, int count) {
		Evaluator engine = new Evaluator(catalogue);
		ReferenceEvaluator reference = new ReferenceEvaluator(catalogue);
		LongStream.range(0, count).parallel().forEach((seed) -> {
			Answers answers = AnswerSets.random(catalogue, seed);
			List<String> priorities = AnswerSets.randomPriorities(catalogue, seed);
			CostAssumptions assumptions = EvaluationDigest.assumptions(seed);
			assertSame(engine.evaluate(answers, priorities, assumptions),
					reference.evaluate(answers, priorities, assumptions),
					catalogue.version() + " seed " + seed + " " + answers);
		});
	}

	static void assertSame(Evaluation found, Evaluation expected, String what) {
		assertThat(found.recommended()).as(what + ": recommended").isEqualTo(expected.recommended());
		assertThat(found.ranking()).as(what + ": ranking").isEqualTo(expected.ranking());
		assertThat(found.criteria()).as(what + ": criteria").isEqualTo(expected.criteria());
		assertThat(found.comparison()).as(what + ": comparison").isEqualTo(expected.comparison());
		assertThat(found.risks()).as(what + ": risks").isEqualTo(expected.risks());
		assertThat(found.unanswered()).as(what + ": unanswered").isEqualTo(expected.unanswered());
		assertThat(found.confidence()).as(what + ": confidence").isEqualTo(expected.confidence());
		assertThat(found.confidenceLevel()).as(what + ": level").isEqualTo(expected.confidenceLevel());
		assertThat(found.closeCall()).as(what + ": close call").isEqualTo(expected.closeCall());
		assertThat(found.cost()).as(what + ": cost").isEqualTo(expected.cost());
		assertThat(found.catalogueVersion()).isEqualTo(expected.catalogueVersion());
		assertSameTippingPoints(found.tippingPoints(), expected.tippingPoints(), what);
	}

	/**
	 * The same tipping points in the same order, except that points at the same distance
	 * whose new leads differ by rounding only may come in either order.
	 */
	private static void assertSameTippingPoints(List<TippingPoint> found, List<TippingPoint> expected, String what) {
		assertThat(found).as(what + ": tipping points").containsExactlyInAnyOrderElementsOf(expected);
		for (int i = 0; i < found.size(); i++) {
			assertThat(found.get(i).distance()).as(what + ": distance of tipping point " + i)
				.isEqualTo(expected.get(i).distance());
		}
	}

}
