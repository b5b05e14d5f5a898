package io.archfit;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The engine is plain Java: the catalogue and the evaluation never see Spring, JPA or the
 * web, and controllers stay thin by never touching repositories.
 */
class ArchitectureTests {

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.archfit");

	@Test
	void engineIsFreeOfFrameworkTypes() {
		noClasses().that()
			.resideInAnyPackage("io.archfit.catalogue..", "io.archfit.evaluation..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "jakarta..", "org.hibernate..", "io.archfit.assessment..",
					"io.archfit.system..")
			.check(this.classes);
	}

	@Test
	void controllersDoNotReachRepositories() {
		noClasses().that()
			.resideInAnyPackage("..web..", "..api..")
			.should()
			.dependOnClassesThat()
			.areAssignableTo(org.springframework.data.repository.Repository.class)
			.check(this.classes);
	}

}
