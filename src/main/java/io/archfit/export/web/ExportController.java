package io.archfit.export.web;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.archfit.assessment.Assessment;
import io.archfit.assessment.Assessments;
import io.archfit.evaluation.FieldProblem;
import io.archfit.export.Exports;
import io.archfit.export.InvalidImportException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Downloads from the report (ADR, JSON, CSV) and the page that imports an exported
 * assessment.
 */
@Controller
class ExportController {

	static final long MAX_IMPORT_BYTES = 200_000;

	private final Assessments assessments;

	private final Exports exports;

	private final MessageSource messages;

	ExportController(Assessments assessments, Exports exports, MessageSource messages) {
		this.assessments = assessments;
		this.exports = exports;
		this.messages = messages;
	}

	@GetMapping("/a/{viewKey}/export.md")
	ResponseEntity<byte[]> markdown(@PathVariable String viewKey, Locale locale) {
		Assessment assessment = complete(viewKey);
		return download(this.exports.markdown(assessment, viewUrl(assessment), locale));
	}

	@GetMapping("/a/{viewKey}/export.json")
	ResponseEntity<byte[]> json(@PathVariable String viewKey) {
		return download(this.exports.json(complete(viewKey)));
	}

	@GetMapping("/a/{viewKey}/export.csv")
	ResponseEntity<byte[]> csv(@PathVariable String viewKey, Locale locale) {
		return download(this.exports.csv(complete(viewKey), locale));
	}

	@GetMapping("/import")
	String importForm() {
		return "export/import";
	}

	@PostMapping("/import")
	String importFile(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "document", required = false) String document, Model model, Locale locale,
			HttpServletResponse response) {
		String json = document;
		try {
			if (file != null && !file.isEmpty()) {
				if (file.getSize() > MAX_IMPORT_BYTES) {
					return importError(model, response, Map.of("file", message("problem.tooLarge", locale)), document);
				}
				json = new String(file.getBytes(), StandardCharsets.UTF_8);
			}
		}
		catch (java.io.IOException ex) {
			return importError(model, response, Map.of("file", message("problem.unreadable", locale)), document);
		}
		if (json == null || json.isBlank()) {
			return importError(model, response, Map.of("file", message("import.empty", locale)), document);
		}
		try {
			Assessments.Owned owned = this.exports.importJson(json);
			return "redirect:/o/" + owned.ownerKey() + "?done=imported";
		}
		catch (InvalidImportException ex) {
			Map<String, String> errors = new LinkedHashMap<>();
			for (FieldProblem problem : ex.problems()) {
				errors.putIfAbsent(problem.field(), this.messages.getMessage("problem." + problem.code(),
						problem.args().toArray(), problem.code(), locale));
			}
			return importError(model, response, errors, (document != null) ? document : json);
		}
	}

	private String importError(Model model, HttpServletResponse response, Map<String, String> errors, String document) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("problems", errors);
		model.addAttribute("document", (document != null && document.length() <= MAX_IMPORT_BYTES) ? document : "");
		return "export/import";
	}

	private Assessment complete(String viewKey) {
		Assessment assessment = this.assessments.byViewKey(viewKey);
		if (!assessment.isComplete()) {
			throw new io.archfit.system.NotFoundException();
		}
		return assessment;
	}

	private static String viewUrl(Assessment assessment) {
		return ServletUriComponentsBuilder.fromCurrentContextPath().path("/a/" + assessment.viewKey()).toUriString();
	}

	static ResponseEntity<byte[]> download(Exports.Download download) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(download.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(download.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(download.body().getBytes(StandardCharsets.UTF_8));
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
