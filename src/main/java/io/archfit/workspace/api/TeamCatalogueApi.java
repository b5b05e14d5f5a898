package io.archfit.workspace.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.archfit.catalogue.Catalogue;
import io.archfit.catalogue.CatalogueException;
import io.archfit.catalogue.CatalogueWriter;
import io.archfit.system.ApiProblem;
import io.archfit.system.ForbiddenException;
import io.archfit.system.InvalidRequestException;
import io.archfit.workspace.Workspace;
import io.archfit.workspace.Workspaces;
import io.archfit.workspace.catalogue.CatalogueFormats;
import io.archfit.workspace.catalogue.PublishedVersion;
import io.archfit.workspace.catalogue.TeamCatalogues;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A workspace's own catalogue over JSON: anyone with the view key reads it and its
 * versions; its owner (the workspace's owner key in {@code X-Owner-Key}) publishes a new
 * version.
 */
@RestController
@Tag(name = "Team catalogues", description = "A workspace's own weights, questions, rules and hard limits")
class TeamCatalogueApi {

	static final String OWNER_KEY_HEADER = "X-Owner-Key";

	private final Workspaces workspaces;

	private final TeamCatalogues catalogues;

	TeamCatalogueApi(Workspaces workspaces, TeamCatalogues catalogues) {
		this.workspaces = workspaces;
		this.catalogues = catalogues;
	}

	/** A version just published. */
	record Published(String id, int version, Instant publishedAt) {

	}

	/** One published version. */
	record VersionJson(String id, int version, Instant publishedAt, String url) {

	}

	@Operation(summary = "The catalogue the workspace's new assessments are scored with",
			description = "Its latest published version, or the built-in catalogue when it has none, in the format "
					+ "of GET /api/v1/catalogue (a team catalogue carries its own texts under \"texts\").")
	@GetMapping(path = "/api/v1/workspaces/{viewKey}/catalogue", produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> inUse(@PathVariable String viewKey) {
		Workspace workspace = this.workspaces.byViewKey(viewKey);
		return CatalogueWriter.document(this.catalogues.inUse(workspace.id()));
	}

	@Operation(summary = "Publish a new version of the workspace's catalogue",
			description = "Needs the workspace's owner key in X-Owner-Key. The body is a catalogue document in the "
					+ "format of GET /api/v1/catalogue, as JSON or YAML (Content-Type application/yaml); its id and "
					+ "version are set by the server. It must keep the "
					+ "built-in architectures and wizard steps and have an English and a German text for every "
					+ "element the built-in catalogue has no text for. Answers 201 with the new version; 400 lists "
					+ "every problem with its JSON path as the field.")
	@PutMapping(path = "/api/v1/workspaces/{viewKey}/catalogue",
			consumes = { MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_YAML_VALUE },
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Published> publish(@PathVariable String viewKey, @RequestHeader(OWNER_KEY_HEADER) String ownerKey,
			@RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType type, @RequestBody String document) {
		Workspace workspace = owned(viewKey, ownerKey);
		Catalogue published;
		try {
			String json = MediaType.APPLICATION_YAML.isCompatibleWith(type) ? CatalogueFormats.fromYaml(document)
					: document;
			published = this.catalogues.publish(workspace.id(), json);
		}
		catch (CatalogueException ex) {
			throw new InvalidRequestException(ex.details()
				.stream()
				.map((problem) -> new ApiProblem.FieldError(problem.path(), "invalidCatalogue", problem.toString()))
				.toList());
		}
		int version = Integer.parseInt(published.version());
		PublishedVersion row = this.catalogues.versions(workspace.id()).get(version - 1);
		return ResponseEntity.created(URI.create(versionUrl(viewKey, version)))
			.body(new Published(published.id(), version, row.publishedAt()));
	}

	@Operation(summary = "The published versions of the workspace's catalogue, oldest first")
	@GetMapping(path = "/api/v1/workspaces/{viewKey}/catalogue/versions", produces = MediaType.APPLICATION_JSON_VALUE)
	List<VersionJson> versions(@PathVariable String viewKey) {
		Workspace workspace = this.workspaces.byViewKey(viewKey);
		return this.catalogues.versions(workspace.id())
			.stream()
			.map((v) -> new VersionJson(v.catalogueId(), v.number(), v.publishedAt(), versionUrl(viewKey, v.number())))
			.toList();
	}

	@Operation(summary = "One published version of the workspace's catalogue", description = "404 for an unknown one.")
	@GetMapping(path = "/api/v1/workspaces/{viewKey}/catalogue/versions/{version}",
			produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> version(@PathVariable String viewKey,
			@Parameter(description = "a version number, from 1") @PathVariable String version) {
		Workspace workspace = this.workspaces.byViewKey(viewKey);
		return CatalogueWriter.document(this.catalogues.version(workspace.id(), version));
	}

	private static String versionUrl(String viewKey, int version) {
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString() + "/api/v1/workspaces/"
				+ viewKey + "/catalogue/versions/" + version;
	}

	private Workspace owned(String viewKey, String ownerKey) {
		Workspace workspace = this.workspaces.byViewKey(viewKey);
		boolean owner = this.workspaces.findByOwnerKey(ownerKey)
			.map((found) -> found.id().equals(workspace.id()))
			.orElse(false);
		if (!owner) {
			throw new ForbiddenException("problem.workspaceOwnerKeyMismatch");
		}
		return workspace;
	}

}
