package io.archfit.export.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.archfit.evaluation.FieldProblem;
import io.archfit.export.InvalidImportException;
import io.archfit.export.WorkspaceArchives;
import io.archfit.workspace.Workspaces;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
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
 * Moving a workspace between installations in the browser: its archive downloaded from
 * the owner page, and the page that imports an archive as a new workspace and shows the
 * new links once.
 */
@Controller
class WorkspaceArchiveController {

	/** A new assessment's title and owner link, shown once after an import. */
	record NewLink(String title, String ownerUrl) {

	}

	private final WorkspaceArchives archives;

	private final Workspaces workspaces;

	private final MessageSource messages;

	WorkspaceArchiveController(WorkspaceArchives archives, Workspaces workspaces, MessageSource messages) {
		this.archives = archives;
		this.workspaces = workspaces;
		this.messages = messages;
	}

	@GetMapping("/wo/{ownerKey}/export.json")
	ResponseEntity<byte[]> export(@PathVariable String ownerKey) {
		return ExportController.download(this.archives.export(this.workspaces.byOwnerKey(ownerKey)));
	}

	@GetMapping("/workspaces/import")
	String importForm(Model model) {
		model.addAttribute("maxMegabytes", maxMegabytes());
		return "export/workspace-import";
	}

	@PostMapping("/workspaces/import")
	String importArchive(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "document", required = false) String document, Model model, Locale locale,
			HttpServletResponse response) {
		String json = document;
		try {
			if (file != null && !file.isEmpty()) {
				if (file.getSize() > this.archives.maxBytes()) {
					return problems(model, response, Map.of("file", message("problem.tooLarge", locale)), null);
				}
				json = new String(file.getBytes(), StandardCharsets.UTF_8);
			}
		}
		catch (IOException ex) {
			return problems(model, response, Map.of("file", message("problem.unreadable", locale)), document);
		}
		if (json == null || json.isBlank()) {
			return problems(model, response, Map.of("file", message("import.empty", locale)), document);
		}
		WorkspaceArchives.Imported imported;
		try {
			imported = this.archives.importArchive(json);
		}
		catch (InvalidImportException ex) {
			Map<String, String> errors = new LinkedHashMap<>();
			for (FieldProblem problem : ex.problems()) {
				errors.putIfAbsent(problem.field(), this.messages.getMessage("problem." + problem.code(),
						problem.args().toArray(), problem.code(), locale));
			}
			return problems(model, response, errors, document);
		}
		String root = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		List<NewLink> links = imported.assessments()
			.stream()
			.map((owned) -> new NewLink(owned.assessment().title(), root + "/o/" + owned.ownerKey()))
			.toList();
		model.addAttribute("name", imported.workspace().workspace().name());
		model.addAttribute("workspaceOwnerUrl", root + "/wo/" + imported.workspace().ownerKey());
		model.addAttribute("assessments", links);
		return "export/workspace-imported";
	}

	private String problems(Model model, HttpServletResponse response, Map<String, String> errors, String document) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("problems", errors);
		model.addAttribute("document",
				(document != null && document.length() <= ExportController.MAX_IMPORT_BYTES) ? document : "");
		model.addAttribute("maxMegabytes", maxMegabytes());
		return "export/workspace-import";
	}

	/** The largest archive, in MB when it is a whole number of them, else in KB. */
	private String maxMegabytes() {
		long bytes = this.archives.maxBytes();
		return (bytes % (1024 * 1024) == 0) ? (bytes / (1024 * 1024)) + " MB" : Math.max(1, bytes / 1024) + " KB";
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
