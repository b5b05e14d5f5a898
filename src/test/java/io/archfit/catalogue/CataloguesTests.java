package io.archfit.catalogue;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CataloguesTests {

	@Test
	void listsTheBuiltInVersions() {
		Catalogues catalogues = Catalogues.loadBuiltIn();
		assertThat(catalogues.versions()).containsExactly("v1", "v2", "v3", "v4", "v5");
		assertThat(catalogues.current().version()).isEqualTo("v5");
		assertThat(catalogues.version("v5")).containsSame(catalogues.current());
		assertThat(catalogues.version("v1")).isPresent();
		assertThat(catalogues.find(Catalogue.BUILT_IN, "v1")).isPresent();
		assertThat(catalogues.find("some-team", "v1")).isEmpty();
		assertThat(catalogues.version("v99")).isEmpty();
	}

	@Test
	void currentVersionMustBeKnown() {
		Catalogue v1 = Catalogues.loadBuiltIn().version("v1").orElseThrow();
		assertThatIllegalArgumentException().isThrownBy(() -> new Catalogues(List.of(v1), "v3"))
			.withMessageContaining("v3");
	}

	@Test
	void versionsMustBeUnique() {
		Catalogue v1 = Catalogues.loadBuiltIn().current();
		assertThatIllegalArgumentException().isThrownBy(() -> new Catalogues(List.of(v1, v1), "v1"))
			.withMessageContaining("given twice");
	}

}
