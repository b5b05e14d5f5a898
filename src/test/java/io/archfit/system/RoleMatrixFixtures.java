package io.archfit.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.archfit.assessment.Assessment;
import io.archfit.assessment.Assessments;
import io.archfit.evaluation.Answers;
import io.archfit.integration.Webhooks;
import io.archfit.review.Comments;
import io.archfit.support.Http;
import io.archfit.system.RoleMatrix.Target;
import io.archfit.workspace.Workspaces;
import io.archfit.workspace.catalogue.TeamCatalogues;

import org.springframework.jdbc.core.JdbcTemplate;

import static io.archfit.system.RoleMatrix.TEAM_CATALOGUE_JSON;

/**
 * What the links of {@link RoleMatrix#ROUTES} point at, made fresh for each call through
 * the application's own services: assessments with comments and revisions, workspaces,
 * webhooks and team catalogues. Every key made is recorded for {@link RoleMatrixTests} to
 * look for in the log.
 */
final class RoleMatrixFixtures {

	private final Http http;

	private final Assessments assessments;

	private final Comments comments;

	private final Workspaces workspaces;

	private final Webhooks webhooks;

	private final TeamCatalogues teamCatalogues;

	private final JdbcTemplate jdbc;

	/** The test's record of every key made, to look for in the log. */
	private final Set<String> keysIssued;

	private String exportDocument;

	/** The view key of an assessment to compare others with. */
	private String otherViewKey;

	RoleMatrixFixtures(int port, Assessments assessments, Comments comments, Workspaces workspaces, Webhooks webhooks,
			TeamCatalogues teamCatalogues, JdbcTemplate jdbc, Set<String> keysIssued) {
		this.http = new Http(port);
		this.assessments = assessments;
		this.comments = comments;
		this.workspaces = workspaces;
		this.webhooks = webhooks;
		this.teamCatalogues = teamCatalogues;
		this.jdbc = jdbc;
		this.keysIssued = keysIssued;
	}

	/** A complete assessment with one comment. */
	Target assessment() {
		Assessments.Owned owned = this.assessments.create("Checkout", "Payments",
				Answers.of(Map.of("domainSize", "small", "teamCount", "one", "timeToMarket", "under-3-months")),
				List.of());
		long comment = this.comments.post(owned.assessment(), "Ben", "A comment").id();
		String viewKey = owned.assessment().viewKey();
		this.keysIssued.add(viewKey);
		this.keysIssued.add(owned.ownerKey());
		Map<String, String> values = new LinkedHashMap<>();
		values.put("step", "2");
		values.put("id", Long.toString(comment));
		values.put("version", Long.toString(this.assessments.byViewKey(viewKey).version()));
		values.put("export", exportDocument(viewKey));
		values.put("catalogueVersion", "v1");
		return new Target(viewKey, owned.ownerKey(), values);
	}

	/** A complete assessment whose answers were changed once: revisions 1 and 2. */
	Target revised() {
		Target target = assessment();
		Assessment assessment = this.assessments.byViewKey(target.viewKey());
		this.assessments.revise(target.ownerKey(), assessment.version(),
				Answers.of(Map.of("domainSize", "large", "teamCount", "one")), List.of());
		Map<String, String> values = new LinkedHashMap<>(target.values());
		values.put("n", "1");
		values.put("version", Long.toString(this.assessments.byViewKey(target.viewKey()).version()));
		return new Target(target.viewKey(), target.ownerKey(), values);
	}

	/** An assessment, and the view key of another one to compare it with. */
	Target compared() {
		if (this.otherViewKey == null) {
			this.otherViewKey = assessment().viewKey();
		}
		Target target = assessment();
		Map<String, String> values = new LinkedHashMap<>(target.values());
		values.put("otherViewKey", this.otherViewKey);
		return new Target(target.viewKey(), target.ownerKey(), values);
	}

	/**
	 * A workspace listing one assessment, and the owner key of another assessment to move
	 * in.
	 */
	Target workspace() {
		Workspaces.Owned owned = this.workspaces.create("Team");
		Assessments.Owned listed = this.assessments.create("Listed", null, Answers.of(Map.of("domainSize", "small")),
				List.of(), null, owned.workspace().id());
		Assessments.Owned outside = this.assessments.create("Outside", null, Answers.of(Map.of("domainSize", "small")),
				List.of());
		issued(owned.workspace().viewKey(), owned.ownerKey(), listed.assessment().viewKey(), listed.ownerKey(),
				outside.assessment().viewKey(), outside.ownerKey());
		Map<String, String> values = new LinkedHashMap<>();
		values.put("assessmentOwnerKey", outside.ownerKey());
		return new Target(owned.workspace().viewKey(), owned.ownerKey(), values);
	}

	/**
	 * An assessment in no workspace, and the owner key of a workspace to move it into.
	 */
	Target outsideWorkspace() {
		Target target = assessment();
		Workspaces.Owned workspace = this.workspaces.create("Team");
		issued(workspace.workspace().viewKey(), workspace.ownerKey());
		Map<String, String> values = new LinkedHashMap<>(target.values());
		values.put("workspaceOwnerKey", workspace.ownerKey());
		return new Target(target.viewKey(), target.ownerKey(), values);
	}

	/**
	 * A workspace with a webhook endpoint (added as its owner would) and one delivery of
	 * it (written as the registry's listener would; this context sends nothing).
	 */
	Target webhook() {
		Target workspace = workspace();
		long workspaceId = this.workspaces.byOwnerKey(workspace.ownerKey()).id();
		long endpoint = this.webhooks
			.add(workspaceId,
					new Webhooks.Request("https://203.0.113.7/hook", List.of("comment.created"), "standard", null),
					Locale.ENGLISH)
			.endpoint()
			.id();
		this.jdbc
			.update("insert into webhook_delivery (message_id, endpoint_id, event_id, event_type, payload, status, "
					+ "attempts, created_at, next_attempt_at, version) values (?, ?, ?, 'comment.created', '{}', 'delivered', 1, "
					+ "current_timestamp, null, 0)", "msg_" + AccessKeys.newKey().substring(0, 22), endpoint,
					UUID.randomUUID());
		Long delivery = this.jdbc.queryForObject("select max(id) from webhook_delivery where endpoint_id = ?",
				Long.class, endpoint);
		Map<String, String> values = new LinkedHashMap<>(workspace.values());
		values.put("webhook", Long.toString(endpoint));
		values.put("delivery", Long.toString(delivery));
		return new Target(workspace.viewKey(), workspace.ownerKey(), values);
	}

	/** A workspace with a draft of its own catalogue derived from the built-in one. */
	Target teamDraft() {
		Target workspace = workspace();
		this.teamCatalogues.derive(this.workspaces.byOwnerKey(workspace.ownerKey()).id());
		return workspace;
	}

	/** A workspace that has published version 1 of its own catalogue. */
	Target teamCatalogue() {
		Target workspace = workspace();
		this.teamCatalogues.publish(this.workspaces.byOwnerKey(workspace.ownerKey()).id(), TEAM_CATALOGUE_JSON);
		Map<String, String> values = new LinkedHashMap<>(workspace.values());
		values.put("version", "1");
		return new Target(workspace.viewKey(), workspace.ownerKey(), values);
	}

	private void issued(String... keys) {
		this.keysIssued.addAll(List.of(keys));
	}

	private String exportDocument(String viewKey) {
		if (this.exportDocument == null) {
			this.exportDocument = this.http.get("/a/" + viewKey + "/export.json").body();
		}
		return this.exportDocument;
	}

}
