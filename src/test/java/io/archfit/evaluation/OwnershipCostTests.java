package io.archfit.evaluation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.archfit.catalogue.Catalogue;
import io.archfit.catalogue.Catalogues;
import io.archfit.catalogue.CostModelSpec.Figure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

/**
 * The parts of the cost of ownership that catalogue v2 declares: the platform under a
 * services system, the calls between its services, and the people who run each
 * architecture; the total of ownership and its break-even; and that v1 declares none.
 */
class OwnershipCostTests {

	private static final double CENT = 0.005;

	private static final Catalogue V2 = Catalogues.loadBuiltIn().version("v2").orElseThrow();

	private final CostModel model = CostModel.of(V2);

	private final CostAssumptions defaults = CostAssumptions.defaults();

	private static Answers worked(long monthlyRequests) {
		return Answers.of(Map.of("monthlyRequests", Long.toString(monthlyRequests), "avgDurationMs", "100", "memoryMb",
				"512", "peakToAverage", "5", "domainSize", "medium", "devopsMaturity", "medium"));
	}

	private static ArchitectureCost find(CostEstimate estimate, String architecture) {
		return estimate.estimates()
			.stream()
			.filter((cost) -> cost.architecture().equals(architecture))
			.findFirst()
			.orElseThrow();
	}

	private static CostAssumptions with(Object... namesAndValues) {
		Map<String, Object> values = new HashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			values.put((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return CostAssumptions.fromMap(values);
	}

	@Test
	void catalogueDefaultsAreTheBuiltInDefaults() {
		assertThat(Evaluator.defaultAssumptions(V2)).isEqualTo(this.defaults);
		assertThat(this.model.pricesPeople()).isTrue();
		assertThat(this.model.bandsFigure()).isEqualTo(Figure.TOTAL);
		assertThat(this.model.parts()).containsExactly("requests", "compute", "gateway", "idleCapacity", "loadBalancer",
				"platform", "internalCalls");
		assertThat(this.model.assumptionNames()).containsExactlyElementsOf(CostAssumptions.ALL_NAMES);
	}

	@Test
	void versionOneDeclaresNoneOfThem() {
		CostModel v1 = CostModel.of(AnswerSets.CATALOGUE);
		assertThat(v1.pricesPeople()).isFalse();
		assertThat(v1.parts()).isEqualTo(CostModel.PARTS);
		assertThat(v1.assumptionNames()).isEqualTo(CostAssumptions.NAMES);
		assertThat(v1.bandsFigure()).isEqualTo(Figure.INFRASTRUCTURE);
		for (ArchitectureCost cost : v1.estimate(worked(1_000_000_000L), this.defaults).estimates()) {
			assertThat(cost.breakdown()).containsOnlyKeys(CostModel.PARTS);
			assertThat(CostModel.totalMonthlyUsd(cost)).isEqualTo(cost.monthlyUsd());
		}
	}

	@Test
	void oneServiceAndFunctionsKeepThePinnedFiguresWithPeopleOff() {
		CostAssumptions peopleOff = with("engineerHourUsd", 0);
		CostEstimate estimate = this.model.estimate(worked(5_000_000), peopleOff);
		assertThat(find(estimate, "serverless").monthlyUsd()).isCloseTo(5.80, within(CENT));
		assertThat(find(estimate, "monolith").monthlyUsd()).isCloseTo(58.31, within(CENT));
		assertThat(CostModel.totalMonthlyUsd(find(estimate, "monolith"))).isCloseTo(58.31, within(CENT));
		assertThat(estimate.breakEvenRequestsPerMonth()).isCloseTo(32_000_000, within(1_000_000.0));
		CostInputs inputs = this.model.inputs(worked(5_000_000), peopleOff);
		assertThat(this.model.breakEven(Figure.TOTAL, inputs, peopleOff))
			.isCloseTo(estimate.breakEvenRequestsPerMonth(), within(1.0));
	}

	@Test
	void workedCheckAtOneBillionWithSixServices() {
		CostEstimate estimate = this.model.estimate(worked(1_000_000_000L), this.defaults);
		ArchitectureCost monolith = find(estimate, "monolith");
		ArchitectureCost microservices = find(estimate, "microservices");
		// the monolith: the same 31.7 tasks of $18.02 and a load balancer as before
		assertThat(monolith.monthlyUsd()).isCloseTo(593.68, within(CENT));
		// 3.7 h × (1 × 0.7 + 0.3 × 0.5) = 3.145 h at $90.80
		assertThat(monolith.breakdown().get("people")).isCloseTo(285.57, within(CENT));
		// compute, idle capacity and load balancer are the same: 12 floor tasks < 31.7
		for (String part : List.of("compute", "idleCapacity", "loadBalancer")) {
			assertThat(microservices.breakdown().get(part)).isEqualTo(monolith.breakdown().get(part));
		}
		// 2 calls of 1 ms: 1.52 more busy tasks → 34.88 tasks (+3.17 × $18.02 = $57.14);
		// 4 000 GB, 67 % across zones at $0.02 = $53.60
		assertThat(microservices.breakdown().get("internalCalls")).isCloseTo(57.14 + 53.60, within(0.01));
		// $73 control plane + 34.88 × 0.05 vCPU × $0.04048 × 730 h + 6 × $10 + 2 000 GB ×
		// $0.50
		assertThat(microservices.breakdown().get("platform")).isCloseTo(73 + 51.54 + 60 + 1000, within(0.01));
		assertThat(microservices.breakdown().get("people")).isCloseTo(6 * 285.566, within(CENT));
		assertThat(microservices.monthlyUsd()).isCloseTo(1888.96, within(CENT));
		assertThat(CostModel.totalMonthlyUsd(microservices)).isCloseTo(3602.36, within(CENT));
		assertThat(microservices.monthlyUsd()).isGreaterThan(monolith.monthlyUsd());
		assertThat(CostModel.totalMonthlyUsd(microservices)).isGreaterThan(CostModel.totalMonthlyUsd(monolith));
		for (ArchitectureCost cost : estimate.estimates()) {
			double infrastructure = this.model.parts().stream().mapToDouble((part) -> cost.breakdown().get(part)).sum();
			assertThat(infrastructure).isCloseTo(cost.monthlyUsd(), within(1e-6));
		}
	}

	@Test
	void theTotalBreakEvenMovesWithThePeople() {
		CostInputs inputs = this.model.inputs(worked(5_000_000), this.defaults);
		Double infrastructure = this.model.breakEven(inputs, this.defaults);
		Double total = this.model.breakEven(Figure.TOTAL, inputs, this.defaults);
		// one stack of functions needs fewer engineer-hours than one service: functions
		// stay
		// cheaper in total to a higher volume
		assertThat(total).isGreaterThan(infrastructure).isCloseTo(51_900_000, within(500_000.0));
		assertThat(this.model.monthlyUsd("serverless", total, inputs, this.defaults, Figure.TOTAL))
			.isCloseTo(this.model.monthlyUsd("monolith", total, inputs, this.defaults, Figure.TOTAL), within(CENT));
		assertThat(this.model.estimate(inputs, this.defaults).breakEvenRequestsPerMonth()).isEqualTo(infrastructure);
	}

	@Test
	void theBandsCompareTheTotalOfOwnership() {
		CostBands bands = CatalogueCompiler.compile(V2).cost;
		// at 40 M a month: above the infrastructure break-even, below the total one
		CostInputs inputs = this.model.inputs(worked(40_000_000), this.defaults);
		assertThat(this.model.functionsMinusOneService(inputs, this.defaults).at(40_000_000)).isNegative();
		assertThat(this.model.monthlyUsd("serverless", 40_000_000, inputs, this.defaults, Figure.INFRASTRUCTURE))
			.isGreaterThan(this.model.monthlyUsd("monolith", 40_000_000, inputs, this.defaults, Figure.INFRASTRUCTURE));
		// a dearer engineer-hour widens the people gap and lowers the band
		CostAssumptions dear = with("engineerHourUsd", 1000);
		assertThat(bands.band(this.model.inputs(worked(400_000_000), dear), dear))
			.isLessThan(bands.band(this.model.inputs(worked(400_000_000), this.defaults), this.defaults));
	}

	@Test
	void peopleCostNothingAtARateOfZero() {
		CostAssumptions free = with("engineerHourUsd", 0);
		for (ArchitectureCost cost : this.model.estimate(worked(1_000_000_000L), free).estimates()) {
			assertThat(cost.breakdown().get("people")).isZero();
			assertThat(CostModel.totalMonthlyUsd(cost)).isEqualTo(cost.monthlyUsd());
		}
		CostInputs inputs = this.model.inputs(worked(1), free);
		assertThat(this.model.peopleHours("microservices", inputs, free)).isCloseTo(6 * 3.145, within(1e-9));
	}

	@ParameterizedTest
	@ValueSource(strings = { "monolith", "microservices", "serverless", "hybrid" })
	void everyPartIsMonotonicInServicesCallsAndVolume(String architecture) {
		double previousTotal = -1;
		for (int services = 1; services <= 40; services++) {
			CostAssumptions a = with("servicesCount", services);
			ArchitectureCost cost = this.model.cost(architecture, this.model.inputs(worked(200_000_000), a), a);
			double total = CostModel.totalMonthlyUsd(cost);
			assertThat(total).as("%s services", services).isGreaterThanOrEqualTo(previousTotal);
			previousTotal = total;
		}
		double[] previous = new double[3];
		for (double calls = 0; calls <= 10; calls += 0.5) {
			CostAssumptions a = with("internalCallsPerRequest", calls);
			ArchitectureCost cost = this.model.cost(architecture, this.model.inputs(worked(200_000_000), a), a);
			double[] now = { cost.breakdown().get("internalCalls"), cost.breakdown().get("platform"),
					cost.monthlyUsd() };
			for (int i = 0; i < now.length; i++) {
				assertThat(now[i]).as("%s calls", calls).isGreaterThanOrEqualTo(previous[i]);
			}
			previous = now;
		}
		CostInputs inputs = this.model.inputs(worked(1), this.defaults);
		for (Figure figure : Figure.values()) {
			List<CostPoint> curve = this.model.curve(architecture, inputs, this.defaults, figure);
			for (int i = 1; i < curve.size(); i++) {
				assertThat(curve.get(i).monthlyUsd()).isFinite().isGreaterThanOrEqualTo(curve.get(i - 1).monthlyUsd());
			}
		}
	}

	@Test
	void callsBetweenServicesDefaultFromTheDomainSizeAndTheServices() {
		assertThat(callsFor("small", null)).isEqualTo(1);
		assertThat(callsFor("medium", null)).isEqualTo(2);
		assertThat(callsFor("large", null)).isEqualTo(3);
		// at most one fewer than the services
		assertThat(callsFor("large", 2)).isEqualTo(1);
		assertThat(callsFor("large", 1)).isZero();
		assertThat(this.model.inputs(worked(1), with("internalCallsPerRequest", 7.5)).internalCallsPerRequest())
			.isEqualTo(7.5);
		ArchitectureCost oneService = this.model.cost("monolith",
				this.model.inputs(worked(1_000_000_000L), this.defaults), this.defaults);
		assertThat(oneService.breakdown().get("internalCalls")).isZero();
		assertThat(oneService.breakdown().get("platform")).isZero();
	}

	private double callsFor(String domainSize, Integer services) {
		CostAssumptions a = (services != null) ? with("servicesCount", services) : this.defaults;
		return this.model.inputs(Answers.of(Map.of("domainSize", domainSize)), a).internalCallsPerRequest();
	}

	@Test
	void devopsMaturityScalesTheTeamsOwnWork() {
		CostInputs low = this.model.inputs(worked(1).with("devopsMaturity", "low"), this.defaults);
		CostInputs high = this.model.inputs(worked(1).with("devopsMaturity", "high"), this.defaults);
		assertThat(low.peopleFactor()).isEqualTo(1.35);
		assertThat(high.peopleFactor()).isEqualTo(0.74);
		assertThat(this.model.peopleHours("microservices", low, this.defaults))
			.isGreaterThan(this.model.peopleHours("microservices", high, this.defaults));
		// server management is not scaled: functions and one service differ by the same
		// hours at any maturity
		double lowGap = this.model.peopleHours("monolith", low, this.defaults)
				- this.model.peopleHours("serverless", low, this.defaults);
		double highGap = this.model.peopleHours("monolith", high, this.defaults)
				- this.model.peopleHours("serverless", high, this.defaults);
		assertThat(lowGap).isCloseTo(highGap, within(1e-9)).isCloseTo(3.7 * 0.3 * 0.4, within(1e-9));
	}

	@Test
	void newAssumptionsAreValidatedAndNamed() {
		for (Object[] bad : new Object[][] { { "engineerHourUsd", -1, "negative" },
				{ "crossZoneShare", 1.5, "outOfRange" }, { "opsHoursPerUnit", "lots", "notANumber" },
				{ "internalCallsPerRequest", 5000, "outOfRange" }, { "meshProxyVcpu", 5, "outOfRange" } }) {
			assertThatExceptionOfType(InvalidAssumptionsException.class).isThrownBy(() -> with(bad[0], bad[1]))
				.satisfies((ex) -> assertThat(ex.getProblems()).singleElement()
					.satisfies((problem) -> assertThat(problem.field() + " " + problem.code())
						.isEqualTo("assumptions." + bad[0] + " " + bad[2])));
		}
		CostAssumptions edited = with("engineerHourUsd", "120", "internalCallsPerRequest", 3, "vcpuHourUsd", 0.05);
		assertThat(edited.ownership().engineerHourUsd()).isEqualTo(120);
		assertThat(edited.ownership().internalCallsPerRequest()).isEqualTo(3);
		assertThat(edited.changedFromDefaults()).containsExactly("vcpuHourUsd", "internalCallsPerRequest",
				"engineerHourUsd");
		assertThat(CostAssumptions.fromMap(edited.toFullMap())).isEqualTo(edited);
		assertThat(this.defaults.toFullMap().keySet()).containsExactlyElementsOf(CostAssumptions.ALL_NAMES);
	}

}
