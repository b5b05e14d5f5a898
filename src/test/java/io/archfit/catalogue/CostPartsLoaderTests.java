package io.archfit.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The parts of the cost of ownership a catalogue may declare (platform, internal calls,
 * people) and which figure its bands compare: read from catalogue v2, and refused with a
 * message naming the element when their price defaults, sources or dates are missing.
 */
class CostPartsLoaderTests {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	@Test
	void versionTwoDeclaresEveryPartAndComparesTheTotal() {
		CostModelSpec spec = Catalogues.loadBuiltIn().version("v2").orElseThrow().costModel().orElseThrow();
		assertThat(spec.platform().taken()).isEqualTo("2026-12-05");
		assertThat(spec.platform().sources()).contains("aws-eks-pricing", "aws-cloudwatch-pricing");
		assertThat(spec.internalCalls().perRequest().from()).isEqualTo("domainSize");
		assertThat(spec.internalCalls().perRequest().fromValues()).containsEntry("large", 3.0);
		assertThat(spec.people().maturity().fromValues()).containsEntry("low", 1.35).containsEntry("high", 0.74);
		assertThat(spec.bandsFigure()).isEqualTo(CostModelSpec.Figure.TOTAL);
		assertThat(spec.partAssumptions()).contains("controlPlaneMonthlyUsd", "internalCallCpuMs", "engineerHourUsd");
		Catalogue v2 = Catalogues.loadBuiltIn().version("v2").orElseThrow();
		for (String name : spec.partAssumptions()) {
			assertThat(v2.pricingDefaults()).containsKey(name);
			assertThat(v2.pricingSources().get(name)).isNotEmpty();
		}
	}

	@Test
	void versionOneDeclaresNoPart() {
		CostModelSpec spec = Catalogues.loadBuiltIn().version("v1").orElseThrow().costModel().orElseThrow();
		assertThat(spec.platform()).isNull();
		assertThat(spec.internalCalls()).isNull();
		assertThat(spec.people()).isNull();
		assertThat(spec.bandsFigure()).isEqualTo(CostModelSpec.Figure.INFRASTRUCTURE);
		assertThat(spec.partAssumptions()).isEmpty();
	}

	@Test
	void aDeclaredPartNeedsItsPriceDefaults() {
		assertRefused((root) -> defaults(root).remove("controlPlaneMonthlyUsd"), "costModel.platform",
				"needs the price default 'controlPlaneMonthlyUsd'");
	}

	@Test
	void everyPriceDefaultNeedsASource() {
		assertRefused((root) -> ((ObjectNode) root.get("pricing").get("sources")).remove("engineerHourUsd"),
				"pricing.sources", "no source for 'engineerHourUsd'");
	}

	@Test
	void aPartNeedsTheDateItsDefaultsWereTaken() {
		assertRefused((root) -> ((ObjectNode) root.get("costModel").get("people")).put("taken", "last spring"),
				"costModel.people.taken", "not an ISO date");
	}

	@Test
	void theBandsCompareInfrastructureOrTheTotal() {
		assertRefused((root) -> ((ObjectNode) root.get("costModel")).put("bandsFigure", "people"),
				"costModel.bandsFigure", "must be infrastructure or total");
	}

	private static ObjectNode defaults(ObjectNode root) {
		return (ObjectNode) root.get("pricing").get("defaults");
	}

	private static void assertRefused(Consumer<ObjectNode> change, String where, String message) {
		ObjectNode root = versionTwo();
		change.accept(root);
		String json = MAPPER.writeValueAsString(root);
		assertThatExceptionOfType(CatalogueException.class).isThrownBy(() -> CatalogueLoader.parse("v2.json", json))
			.satisfies((ex) -> assertThat(ex.getMessage()).contains(where).contains(message));
	}

	private static ObjectNode versionTwo() {
		try (InputStream in = CostPartsLoaderTests.class.getClassLoader().getResourceAsStream("catalogue/v2.json")) {
			return (ObjectNode) MAPPER.readTree(in);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
