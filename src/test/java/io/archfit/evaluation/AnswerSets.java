package io.archfit.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;

import io.archfit.catalogue.Catalogue;
import io.archfit.catalogue.Catalogues;
import io.archfit.catalogue.Trait;

/**
 * Answer sets shared by the engine tests and the benchmark: well-known kinds of
 * application, and seeded random sets.
 */
final class AnswerSets {

	static final Catalogue CATALOGUE = Catalogues.loadBuiltIn().version("v1").orElseThrow();

	/**
	 * The seeds of the random answer sets that property tests run over
	 * ({@code @MethodSource("io.archfit.evaluation.AnswerSets#seeds")}).
	 */
	static LongStream seeds() {
		return LongStream.range(0, 2_000);
	}

	private AnswerSets() {
	}

	static Answers answers(String... traitsAndValues) {
		Map<String, String> values = new LinkedHashMap<>();
		for (int i = 0; i < traitsAndValues.length; i += 2) {
			values.put(traitsAndValues[i], traitsAndValues[i + 1]);
		}
		return Answers.of(values);
	}

	/** A two-to-four person start-up building a first version to test the market. */
	static Answers smallTeamMvp() {
		return answers("domainSize", "small", "boundaryClarity", "unclear", "dataConsistency", "strong", "statefulness",
				"stateless", "loadDivergence", "uniform", "trafficPattern", "daily-cycle", "monthlyRequests", "2000000",
				"peakToAverage", "3", "taskDuration", "subsecond", "latencyBudget", "interactive", "eventDriven",
				"request-response", "payloadSize", "small", "specialRuntime", "none", "teamCount", "one", "engineers",
				"4", "devopsMaturity", "medium", "observability", "basic", "stackDiversity", "one", "releaseCadence",
				"weekly", "timeToMarket", "under-3-months", "budgetModel", "pay-per-use", "lockInTolerance", "medium",
				"compliance", "none");
	}

	/**
	 * A telemetry or clickstream pipeline: billions of small events a month, flat load.
	 */
	static Answers steadyStreamPipeline() {
		return answers("domainSize", "medium", "boundaryClarity", "clear", "dataConsistency", "eventual",
				"statefulness", "stateless", "loadDivergence", "uniform", "trafficPattern", "steady", "monthlyRequests",
				"3000000000", "peakToAverage", "1.3", "taskDuration", "subsecond", "latencyBudget", "relaxed",
				"eventDriven", "event-core", "payloadSize", "small", "specialRuntime", "none", "teamCount", "few",
				"engineers", "15", "devopsMaturity", "high", "observability", "centralized", "stackDiversity", "one",
				"releaseCadence", "weekly", "timeToMarket", "3-to-9-months", "budgetModel", "predictable",
				"lockInTolerance", "medium", "compliance", "none");
	}

	/**
	 * A small team running machine-learning inference jobs on GPUs when uploads arrive.
	 */
	static Answers gpuJob() {
		return answers("domainSize", "small", "boundaryClarity", "clear", "dataConsistency", "eventual", "statefulness",
				"stateless", "loadDivergence", "divergent", "trafficPattern", "spiky", "monthlyRequests", "200000",
				"peakToAverage", "10", "taskDuration", "minutes", "latencyBudget", "relaxed", "eventDriven",
				"event-core", "payloadSize", "large", "specialRuntime", "gpu", "teamCount", "one", "engineers", "5",
				"devopsMaturity", "medium", "observability", "centralized", "stackDiversity", "two", "releaseCadence",
				"weekly", "timeToMarket", "3-to-9-months", "budgetModel", "pay-per-use", "lockInTolerance", "medium",
				"compliance", "none");
	}

	/**
	 * Thumbnails and virus scans for user uploads: a few hundred thousand a month, in
	 * bursts.
	 */
	static Answers spikyUploadProcessor() {
		return answers("domainSize", "small", "boundaryClarity", "clear", "dataConsistency", "eventual", "statefulness",
				"stateless", "loadDivergence", "hot-spots", "trafficPattern", "spiky", "monthlyRequests", "300000",
				"peakToAverage", "20", "taskDuration", "seconds", "latencyBudget", "relaxed", "eventDriven",
				"event-core", "payloadSize", "small", "specialRuntime", "none", "teamCount", "one", "engineers", "3",
				"devopsMaturity", "medium", "observability", "centralized", "stackDiversity", "one", "releaseCadence",
				"weekly", "timeToMarket", "under-3-months", "budgetModel", "pay-per-use", "lockInTolerance", "high",
				"compliance", "none");
	}

	/** A large commerce platform: many teams, mature delivery, tracing in place. */
	static Answers largeManyTeamPlatform() {
		return answers("domainSize", "large", "boundaryClarity", "clear", "dataConsistency", "mixed", "statefulness",
				"stateless", "loadDivergence", "divergent", "trafficPattern", "daily-cycle", "monthlyRequests",
				"800000000", "peakToAverage", "3", "taskDuration", "subsecond", "latencyBudget", "interactive",
				"eventDriven", "some-async", "payloadSize", "small", "specialRuntime", "none", "teamCount", "many",
				"engineers", "120", "devopsMaturity", "high", "observability", "tracing", "stackDiversity", "many",
				"releaseCadence", "daily", "timeToMarket", "longer", "budgetModel", "predictable", "lockInTolerance",
				"medium", "compliance", "none");
	}

	/** A core system of a public authority that must run in its own data centre. */
	static Answers onPremisesOnly() {
		return answers("domainSize", "medium", "boundaryClarity", "partial", "dataConsistency", "strong",
				"statefulness", "stateless", "loadDivergence", "uniform", "trafficPattern", "daily-cycle",
				"monthlyRequests", "30000000", "peakToAverage", "3", "taskDuration", "seconds", "latencyBudget",
				"interactive", "eventDriven", "request-response", "payloadSize", "medium", "specialRuntime", "none",
				"teamCount", "few", "engineers", "20", "devopsMaturity", "medium", "observability", "centralized",
				"stackDiversity", "one", "releaseCadence", "monthly", "timeToMarket", "3-to-9-months", "budgetModel",
				"predictable", "lockInTolerance", "low", "compliance", "on-premises-only");
	}

	/**
	 * A logistics or media platform of many teams, built around events, with bursty
	 * parts.
	 */
	static Answers eventDrivenPlatformWithBurstyParts() {
		return answers("domainSize", "large", "boundaryClarity", "clear", "dataConsistency", "eventual", "statefulness",
				"stateless", "loadDivergence", "divergent", "trafficPattern", "unpredictable", "monthlyRequests",
				"400000000", "peakToAverage", "8", "taskDuration", "seconds", "latencyBudget", "interactive",
				"eventDriven", "event-core", "payloadSize", "small", "specialRuntime", "none", "teamCount", "many",
				"engineers", "80", "devopsMaturity", "high", "observability", "tracing", "stackDiversity", "many",
				"releaseCadence", "daily", "timeToMarket", "3-to-9-months", "budgetModel", "pay-per-use",
				"lockInTolerance", "medium", "compliance", "none");
	}

	static List<Answers> publicCases() {
		return List.of(smallTeamMvp(), steadyStreamPipeline(), gpuJob(), spikyUploadProcessor(),
				largeManyTeamPlatform(), onPremisesOnly(), eventDrivenPlatformWithBurstyParts());
	}

	/**
	 * A random but reproducible answer set: most traits answered, numbers spread over
	 * orders of magnitude so that every threshold is crossed now and then.
	 */
	static Answers random(long seed) {
		return random(CATALOGUE, seed);
	}

	/** A random but reproducible answer set for any catalogue. */
	static Answers random(Catalogue catalogue, long seed) {
		Random random = new Random(seed);
		Map<String, String> values = new LinkedHashMap<>();
		for (Trait trait : catalogue.traits()) {
			if (random.nextInt(100) < 15) {
				continue;
			}
			values.put(trait.id(), randomValue(trait, random));
		}
		return Answers.of(values);
	}

	static String randomValue(Trait trait, Random random) {
		if (trait.isChoice()) {
			return trait.options().get(random.nextInt(trait.options().size()));
		}
		double low = Math.max(trait.min(), 1);
		double value = Math.exp(Math.log(low) + random.nextDouble() * (Math.log(trait.max()) - Math.log(low)));
		value = Math.min(trait.max(), Math.max(trait.min(), value));
		if (trait.isChoice() || trait.type() == io.archfit.catalogue.TraitType.INTEGER) {
			return Long.toString(Math.round(value));
		}
		return Double.toString(Math.round(value * 10) / 10.0);
	}

	static List<String> randomPriorities(long seed) {
		return randomPriorities(CATALOGUE, seed);
	}

	static List<String> randomPriorities(Catalogue catalogue, long seed) {
		Random random = new Random(seed * 31 + 7);
		List<String> ids = new ArrayList<>(catalogue.criteria().stream().map((criterion) -> criterion.id()).toList());
		java.util.Collections.shuffle(ids, random);
		return List.copyOf(ids.subList(0, random.nextInt(4)));
	}

}
