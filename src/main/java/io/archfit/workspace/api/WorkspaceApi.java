package io.archfit.workspace.api;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.archfit.assessment.Engine;
import io.archfit.assessment.ProblemMessages;
import io.archfit.system.ApiProblem;
import io.archfit.system.InvalidRequestException;
import io.archfit.workspace.AssessmentRow;
import io.archfit.workspace.ListQuery;
import io.archfit.workspace.Workspace;
import io.archfit.workspace.Workspaces;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.domain.Page;
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
 * Workspaces over JSON: create one, list its assessments. To create an assessment in a
 * workspace, pass the workspace's owner key as {@code workspaceKey} to
 * {@code POST /api/v1/assessments}.
 */
@RestController
@Tag(name = "Workspaces", description = "Team spaces listing a team's assessments")
class WorkspaceApi {

	private final Workspaces workspaces;

	private final Engine engine;

	private final ProblemMessages messages;

	WorkspaceApi(Workspaces workspaces, Engine engine, ProblemMessages messages) {
		this.workspaces = workspaces;
		this.engine = engine;
		this.messages = messages;
	}

	/** A new workspace: its name, 1 to 120 characters. */
	record CreateRequest(String name) {

	}

	/** The links of a new workspace. The owner key is shown only here. */
	record Created(String viewKey, String ownerKey, String viewUrl, String ownerUrl) {

	}

	/** One listed assessment. */
	record Item(String viewKey, String viewUrl, String title, String status, boolean complete, String recommended,
			Double score, Instant updatedAt) {

	}

	/** A page of a workspace's assessments; {@code page} counts from 1. */
	record PageJson(String workspace, List<Item> items, int page, int size, long totalItems, int totalPages, String q,
			String status, String recommended, String sort) {

	}

	@Operation(summary = "Create a workspace",
			description = "Returns the view link (list, compare) and the owner link (rename, renew links, "
					+ "add assessments, delete). Anyone with a link has its access.")
	@PostMapping(path = "/api/v1/workspaces", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Created> create(@RequestBody CreateRequest request, Locale locale) {
		String name = (request.name() != null) ? request.name().strip() : "";
		List<ApiProblem.FieldError> errors = new ArrayList<>();
		if (name.isEmpty()) {
			errors.add(error("name", "required", locale));
		}
		else if (name.length() > Workspace.NAME_MAX) {
			errors.add(error("name", "tooLong", locale, Workspace.NAME_MAX));
		}
		else if (name.chars().anyMatch(Character::isISOControl)) {
			errors.add(error("name", "controlCharacters", locale));
		}
		if (!errors.isEmpty()) {
			throw new InvalidRequestException(errors);
		}
		Workspaces.Owned owned = this.workspaces.create(name);
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		String viewKey = owned.workspace().viewKey();
		Created created = new Created(viewKey, owned.ownerKey(), base + "/w/" + viewKey,
				base + "/wo/" + owned.ownerKey());
		return ResponseEntity.created(URI.create(base + "/api/v1/workspaces/" + viewKey + "/assessments"))
			.body(created);
	}

	@Operation(summary = "List a workspace's assessments",
			description = "Paged (page from 1, size 1–100, default 20), optionally searched by title and filtered "
					+ "by status and recommended architecture; sort is updated (default, last change first), "
					+ "title or score.")
	@GetMapping(path = "/api/v1/workspaces/{viewKey}/assessments", produces = MediaType.APPLICATION_JSON_VALUE)
	PageJson assessments(@PathVariable String viewKey,
			@Parameter(description = "page number, from 1") @RequestParam(required = false) String page,
			@Parameter(description = "lines per page, 1 to 100") @RequestParam(required = false) String size,
			@Parameter(description = "text the title contains") @RequestParam(required = false) String q,
			@Parameter(description = "draft, in-review, accepted, rejected or superseded") @RequestParam(
					required = false) String status,
			@Parameter(description = "an architecture id") @RequestParam(required = false) String recommended,
			@Parameter(description = "updated, title or score") @RequestParam(required = false) String sort,
			Locale locale) {
		Workspace workspace = this.workspaces.byViewKey(viewKey);
		ListQuery.Read read = ListQuery.read(q, status, recommended, sort, page, size,
				this.engine.catalogue().architectures());
		if (!read.problems().isEmpty()) {
			List<ApiProblem.FieldError> errors = new ArrayList<>();
			read.problems().forEach((field, code) -> errors.add(error(field, code, locale, limit(field))));
			throw new InvalidRequestException(errors);
		}
		ListQuery query = read.query();
		Page<AssessmentRow> rows = this.workspaces.assessments(workspace, query);
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		List<Item> items = rows.getContent()
			.stream()
			.map((row) -> new Item(row.viewKey(), base + "/a/" + row.viewKey(), row.title(), row.status(),
					row.complete(), row.recommended(), row.score(), row.updatedAt()))
			.toList();
		return new PageJson(workspace.name(), items, query.page(), query.size(), rows.getTotalElements(),
				rows.getTotalPages(), query.q(), query.status(), query.recommended(), query.sort().param());
	}

	private static Object[] limit(String field) {
		return switch (field) {
			case "q" -> new Object[] { ListQuery.Q_MAX };
			case "size" -> new Object[] { 1, ListQuery.MAX_SIZE };
			default -> new Object[0];
		};
	}

	private ApiProblem.FieldError error(String field, String code, Locale locale, Object... args) {
		return new ApiProblem.FieldError(field, code, this.messages.message(code, locale, args));
	}

}
