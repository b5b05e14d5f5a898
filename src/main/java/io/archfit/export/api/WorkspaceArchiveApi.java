package io.archfit.export.api;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import io.archfit.assessment.ProblemMessages;
import io.archfit.export.Exports;
import io.archfit.export.InvalidImportException;
import io.archfit.export.WorkspaceArchives;
import io.archfit.system.ApiProblem;
import io.archfit.system.ForbiddenException;
import io.archfit.system.InvalidRequestException;
import io.archfit.workspace.Workspace;
import io.archfit.workspace.Workspaces;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A workspace as one JSON archive, to move a team to another installation: the export
 * (owner key in {@code X-Owner-Key}) and the import, which creates a new workspace with
 * new keys for it and every assessment.
 */
@RestController
@Tag(name = "Workspace archives", description = "Move a workspace between installations")
class WorkspaceArchiveApi {

	static final String OWNER_KEY_HEADER = "X-Owner-Key";

	private final WorkspaceArchives archives;

	private final Workspaces workspaces;

	private final ProblemMessages problems;

	WorkspaceArchiveApi(WorkspaceArchives archives, Workspaces workspaces, ProblemMessages problems) {
		this.archives = archives;
		this.workspaces = workspaces;
		this.problems = problems;
	}

	/**
	 * The links of an imported workspace and of each assessment, in the archive's order.
	 */
	record Imported(Links workspace, List<AssessmentLinks> assessments) {

	}

	record Links(String viewKey, String ownerKey, String viewUrl, String ownerUrl) {

	}

	record AssessmentLinks(String title, String viewKey, String ownerKey, String viewUrl, String ownerUrl) {

	}

	@Operation(summary = "Export a workspace as an archive",
			description = "Needs the workspace's owner key in the X-Owner-Key header. The archive (schemaVersion 2) "
					+ "holds the workspace's own catalogue (every published version and the draft), every assessment "
					+ "with its revisions, comments, votes, status and decision, and no keys.")
	@GetMapping(path = "/api/v1/workspaces/{viewKey}/export", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<byte[]> export(@PathVariable String viewKey, @RequestHeader(OWNER_KEY_HEADER) String ownerKey) {
		Workspace workspace = this.workspaces.byViewKey(viewKey);
		boolean owner = this.workspaces.findByOwnerKey(ownerKey)
			.map((found) -> found.id().equals(workspace.id()))
			.orElse(false);
		if (!owner) {
			throw new ForbiddenException("problem.ownerKeyMismatch");
		}
		Exports.Download download = this.archives.export(workspace);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(download.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(download.body().getBytes(StandardCharsets.UTF_8));
	}

	@Operation(summary = "Import a workspace archive",
			description = "Creates a new workspace from an archive as exported, with new keys for the workspace "
					+ "and every assessment; the owner keys are shown only in this answer. A bad archive is "
					+ "refused whole, each problem named by its JSON path.")
	@PostMapping(path = "/api/v1/workspaces/import", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Imported> importArchive(@RequestBody String body, Locale locale) {
		WorkspaceArchives.Imported imported;
		try {
			imported = this.archives.importArchive(body);
		}
		catch (InvalidImportException ex) {
			throw new InvalidRequestException(ex.problems()
				.stream()
				.map((p) -> new ApiProblem.FieldError(p.field(), p.code(), this.problems.message(p, locale)))
				.toList());
		}
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		Workspaces.Owned workspace = imported.workspace();
		String viewKey = workspace.workspace().viewKey();
		Links links = new Links(viewKey, workspace.ownerKey(), base + "/w/" + viewKey,
				base + "/wo/" + workspace.ownerKey());
		List<AssessmentLinks> assessments = imported.assessments()
			.stream()
			.map((owned) -> new AssessmentLinks(owned.assessment().title(), owned.assessment().viewKey(),
					owned.ownerKey(), base + "/a/" + owned.assessment().viewKey(), base + "/o/" + owned.ownerKey()))
			.toList();
		return ResponseEntity.created(URI.create(base + "/api/v1/workspaces/" + viewKey + "/assessments"))
			.body(new Imported(links, assessments));
	}

}
