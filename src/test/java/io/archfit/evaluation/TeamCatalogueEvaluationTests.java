package io.archfit.evaluation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.archfit.catalogue.Catalogue;
import io.archfit.support.TeamCatalogueFixture;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/**
 * The engine scores with a team's catalogue as with the built-in one: the team's hard
 * limit rules an architecture out with its own reason, the team's new question moves the
 * criterion its rule belongs to, and the team's weights change the ranking.
 */
class TeamCatalogueEvaluationTests {

	static final Catalogue TEAM = TeamCatalogueFixture.load(TeamCatalogueFixture.withTeamRules());

	static final Map<String, String> SMALL_SPIKY = Map.of("domainSize", "small", "teamCount", "one", "trafficPattern",
			"spiky", "monthlyRequests", "2000000");

	@Test
	void theTeamsHardLimitRulesServerlessOut() {
		Evaluator engine = new Evaluator(TEAM);
		Evaluation without = engine.evaluate(Answers.of(with(SMALL_SPIKY, "none")));
		Evaluation with = engine.evaluate(Answers.of(with(SMALL_SPIKY, "some")));

		assertThat(ranked(without, "serverless").viable()).isTrue();
		RankedArchitecture serverless = ranked(with, "serverless");
		assertThat(serverless.viable()).isFalse();
		assertThat(serverless.blockers())
			.containsExactly(new Blocker(TeamCatalogueFixture.KNOCK_OUT, TeamCatalogueFixture.QUESTION, "some"));
		assertThat(with.recommended()).isNotEqualTo("serverless");
		assertThat(with.ranking().subList(0, 3)).allMatch(RankedArchitecture::viable);
		assertThat(with.catalogueId()).isEqualTo(TEAM.id());
	}

	@Test
	void theTeamsNewQuestionMovesItsCriterion() {
		Evaluator engine = new Evaluator(TEAM);
		CriterionResult unanswered = criterion(engine.evaluate(Answers.of(SMALL_SPIKY)), "portability");
		CriterionResult some = criterion(engine.evaluate(Answers.of(with(SMALL_SPIKY, "some"))), "portability");

		assertThat(some.scores().get("monolith")).isGreaterThan(unanswered.scores().get("monolith"));
		assertThat(some.scores().get("serverless")).isLessThan(unanswered.scores().get("serverless"));
		assertThat(some.reasons()).extracting(Reason::ruleId).contains(TeamCatalogueFixture.RULE);
		assertThat(unanswered.reasons()).extracting(Reason::ruleId).doesNotContain(TeamCatalogueFixture.RULE);
		assertThat(engine.evaluate(Answers.of(SMALL_SPIKY)).unanswered()).contains(TeamCatalogueFixture.QUESTION);
	}

	@Test
	void theTeamsWeightsChangeTheRanking() {
		Catalogue workloadFirst = TeamCatalogueFixture.load(TeamCatalogueFixture
			.withWeights(TeamCatalogueFixture.withTeamRules(), TeamCatalogueFixture.workloadFirst()));
		Map<String, String> answers = Map.ofEntries(Map.entry("avgDurationMs", "119"),
				Map.entry("boundaryClarity", "unclear"), Map.entry("budgetModel", "pay-per-use"),
				Map.entry("cardData", "none"), Map.entry("currentArchitecture", "monolith"),
				Map.entry("devopsMaturity", "medium"), Map.entry("domainSize", "medium"),
				Map.entry("eventDriven", "request-response"), Map.entry("loadDivergence", "divergent"),
				Map.entry("memoryMb", "10006"), Map.entry("monthlyRequests", "2867"),
				Map.entry("observability", "centralized"), Map.entry("payloadSize", "medium"),
				Map.entry("peakToAverage", "2.7"), Map.entry("platformTeam", "none"),
				Map.entry("releaseCadence", "monthly"), Map.entry("releaseIndependence", "some"),
				Map.entry("stackDiversity", "one"), Map.entry("taskDuration", "minutes"), Map.entry("teamCount", "few"),
				Map.entry("timeToMarket", "longer"), Map.entry("trafficPattern", "idle-mostly"));

		Evaluation asBuiltIn = new Evaluator(TEAM).evaluate(Answers.of(answers));
		Evaluation weighted = new Evaluator(workloadFirst).evaluate(Answers.of(answers));

		assertThat(asBuiltIn.recommended()).isEqualTo("monolith");
		assertThat(weighted.recommended()).isEqualTo("hybrid");
		assertThat(weighted.criteria()).isNotEqualTo(asBuiltIn.criteria());
		double workloadWeight = weighted.criteria()
			.stream()
			.filter((c) -> workloadFirst.criterion(c.criterion()).orElseThrow().group().equals("workload"))
			.mapToDouble(CriterionResult::weight)
			.sum();
		assertThat(workloadWeight).isCloseTo(0.7, offset(0.001));
		for (CriterionResult criterion : weighted.criteria()) {
			assertThat(criterion.scores()).isEqualTo(criterion(asBuiltIn, criterion.criterion()).scores());
		}
	}

	@Test
	void aCriterionsWeightSplitsItsGroupsShareInProportion() {
		String group = TEAM.criterion("cost").orElseThrow().group();
		int inGroup = TEAM.criteriaOf(group).size();
		Catalogue costFirst = TeamCatalogueFixture
			.load(TeamCatalogueFixture.withCriterionWeight(TeamCatalogueFixture.withTeamRules(), "cost", 3));
		Map<String, String> answers = with(SMALL_SPIKY, "none");

		Evaluation even = new Evaluator(TEAM).evaluate(Answers.of(answers));
		Evaluation weighted = new Evaluator(costFirst).evaluate(Answers.of(answers));

		double groupShare = TEAM.groupWeights().get(group);
		assertThat(criterion(even, "cost").weight()).isCloseTo(groupShare / inGroup, offset(1e-4));
		assertThat(criterion(weighted, "cost").weight()).isCloseTo(groupShare * 3 / (inGroup + 2), offset(1e-4));
		for (String other : TEAM.criteriaOf(group)
			.stream()
			.map((c) -> c.id())
			.filter((id) -> !id.equals("cost"))
			.toList()) {
			assertThat(criterion(weighted, other).weight()).isCloseTo(groupShare / (inGroup + 2), offset(1e-4));
		}
		assertThat(weighted.criteria().stream().mapToDouble(CriterionResult::weight).sum()).isCloseTo(1.0,
				offset(1e-3));
	}

	private static Map<String, String> with(Map<String, String> answers, String cardData) {
		Map<String, String> all = new HashMap<>(answers);
		all.put(TeamCatalogueFixture.QUESTION, cardData);
		return all;
	}

	private static RankedArchitecture ranked(Evaluation evaluation, String architecture) {
		return evaluation.ranking()
			.stream()
			.filter((r) -> r.architecture().equals(architecture))
			.findFirst()
			.orElseThrow();
	}

	private static CriterionResult criterion(Evaluation evaluation, String id) {
		return evaluation.criteria().stream().filter((c) -> c.criterion().equals(id)).findFirst().orElseThrow();
	}

}
