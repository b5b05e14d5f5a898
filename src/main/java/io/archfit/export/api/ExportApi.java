package io.archfit.export.api;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import io.archfit.assessment.Assessment;
import io.archfit.assessment.Assessments;
import io.archfit.assessment.ProblemMessages;
import io.archfit.export.Exports;
import io.archfit.export.InvalidImportException;
import io.archfit.system.ApiProblem;
import io.archfit.system.InvalidRequestException;
import io.archfit.system.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Exports of an assessment (Markdown ADR, JSON, CSV) and the import of an exported JSON
 * document as a new assessment.
 */
@RestController
@Tag(name = "Exports", description = "Architecture Decision Records, JSON export and import, CSV")
class ExportApi {

	private final Assessments assessments;

	private final Exports exports;

	private final ProblemMessages problems;

	ExportApi(Assessments assessments, Exports exports, ProblemMessages problems) {
		this.assessments = assessments;
		this.exports = exports;
		this.problems = problems;
	}

	static final String JSON_EXAMPLE = """
			{"schemaVersion": 1, "exportedAt": "2026-11-26T10:00:00Z", "title": "Checkout", "description": "Payments",
			 "answers": {"teamCount": "few", "trafficPattern": "spiky", "monthlyRequests": "5000000"},
			 "priorities": ["cost"], "assumptions": {"gatewayPerMillionUsd": 0.0}, "revision": 2,
			 "catalogueVersion": "v1", "status": "accepted", "recommended": "<an architecture id of the catalogue>"}
			""";

	static final String ADR_EXAMPLE = """
			---
			status: accepted
			date: 2026-11-26
			deciders: "Ana, Ben"
			---

			# Checkout

			## Context and Problem Statement
			...
			## Decision Outcome

			Chosen option: "<the architecture's name>" (overall score 63 of 100). ...
			""";

	/** The links of the imported assessment. */
	record Imported(String viewKey, String ownerKey, String viewUrl, String ownerUrl) {

	}

	@Operation(summary = "Export an assessment",
			description = "format=markdown gives a MADR 4 Architecture Decision Record (text/markdown), "
					+ "format=json the schema-versioned document that /import reads, format=csv the criterion scores.")
	@ApiResponse(responseCode = "200", description = "The file, as an attachment", content = {
			@Content(mediaType = "text/markdown", examples = @ExampleObject(name = "markdown", value = ADR_EXAMPLE)),
			@Content(mediaType = "application/json", examples = @ExampleObject(name = "json", value = JSON_EXAMPLE)),
			@Content(mediaType = "text/csv",
					examples = @ExampleObject(name = "csv",
							value = "\"Criterion\",\"Weight (%)\",\"<architecture 1>\","
									+ "\"<architecture 2>\"\r\n\"Independent scaling\",\"5.3\",\"50\",\"71\"\r\n")) })
	@GetMapping("/api/v1/assessments/{viewKey}/export")
	ResponseEntity<byte[]> export(@PathVariable String viewKey,
			@Parameter(description = "markdown, json or csv") @RequestParam(defaultValue = "markdown") String format,
			Locale locale) {
		Assessment assessment = this.assessments.byViewKey(viewKey);
		if (!assessment.isComplete()) {
			throw new NotFoundException();
		}
		Exports.Download download = switch (format) {
			case "markdown" -> this.exports.markdown(assessment, base() + "/a/" + assessment.viewKey(), locale);
			case "json" -> this.exports.json(assessment);
			case "csv" -> this.exports.csv(assessment, locale);
			default -> throw new InvalidRequestException(List.of(new ApiProblem.FieldError("format", "unknownFormat",
					this.problems.message("unknownFormat", locale))));
		};
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(download.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(download.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(download.body().getBytes(StandardCharsets.UTF_8));
	}

	@Operation(summary = "Import an exported assessment",
			description = "Creates a new assessment with new links from a JSON export (schemaVersion 1). "
					+ "Keys in the file are never reused; comments, votes and the decision are not imported.")
	@PostMapping(path = "/api/v1/assessments/import", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Imported> importJson(
			@io.swagger.v3.oas.annotations.parameters.RequestBody(
					description = "A document as exported with format=json",
					content = @Content(mediaType = "application/json",
							examples = @ExampleObject(name = "export", value = JSON_EXAMPLE))) @RequestBody String body,
			Locale locale) {
		Assessments.Owned owned;
		try {
			owned = this.exports.importJson(body);
		}
		catch (InvalidImportException ex) {
			throw new InvalidRequestException(ex.problems()
				.stream()
				.map((p) -> new ApiProblem.FieldError(p.field(), p.code(), this.problems.message(p, locale)))
				.toList());
		}
		String base = base();
		String viewKey = owned.assessment().viewKey();
		return ResponseEntity.created(URI.create(base + "/api/v1/assessments/" + viewKey))
			.body(new Imported(viewKey, owned.ownerKey(), base + "/a/" + viewKey, base + "/o/" + owned.ownerKey()));
	}

	private static String base() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}

}
