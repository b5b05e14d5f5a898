package io.archfit;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

	@Test
	void modulesOnlyUseEachOthersPublishedTypesAndHaveNoCycles() {
		ApplicationModules.of(ArchFitApplication.class).verify();
	}

}
