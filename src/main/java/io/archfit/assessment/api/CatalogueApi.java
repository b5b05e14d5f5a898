package io.archfit.assessment.api;

import java.util.Map;

import io.archfit.assessment.Engine;
import io.archfit.catalogue.CatalogueWriter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The catalogue as data: every architecture, criterion, question, rule, knock-out, risk,
 * cost input and reference, in the format the catalogue loader reads.
 */
@RestController
@Tag(name = "Catalogue", description = "The rules ArchFit scores with, as data")
class CatalogueApi {

	private final Engine engine;

	CatalogueApi(Engine engine) {
		this.engine = engine;
	}

	@Operation(summary = "The current catalogue",
			description = "The catalogue new assessments are scored with, in the format the catalogue loader reads "
					+ "(the same document a team catalogue is uploaded in).")
	@GetMapping(path = "/api/v1/catalogue", produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> current() {
		return CatalogueWriter.document(this.engine.catalogue());
	}

	@Operation(summary = "One version of the built-in catalogue",
			description = "Saved assessments keep the version they were scored with; this returns it. "
					+ "An unknown version answers 404.")
	@GetMapping(path = "/api/v1/catalogue/{catalogueVersion}", produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> version(
			@Parameter(description = "a version id, e.g. v1") @PathVariable String catalogueVersion) {
		return CatalogueWriter.document(this.engine.catalogue(catalogueVersion));
	}

}
