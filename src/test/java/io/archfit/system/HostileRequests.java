package io.archfit.system;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.archfit.assessment.Assessments;
import io.archfit.assessment.StatusChange;
import io.archfit.evaluation.Answers;
import io.archfit.system.HostileInputCorpus.ApiField;
import io.archfit.system.HostileInputCorpus.FormField;
import io.archfit.support.Http;
import io.archfit.workspace.Workspaces;
import io.archfit.workspace.catalogue.TeamCatalogues;

/**
 * How {@link HostileInputTests} builds its requests: a fresh target (an assessment and a
 * workspace) for each request, route templates filled with its keys, form bodies with one
 * value replaced, and multipart uploads.
 */
final class HostileRequests {

	static final String BOUNDARY = "hostile-boundary-7d1f";

	private final int port;

	private final Assessments assessments;

	private final Workspaces workspaces;

	private final TeamCatalogues teamCatalogues;

	HostileRequests(int port, Assessments assessments, Workspaces workspaces, TeamCatalogues teamCatalogues) {
		this.port = port;
		this.assessments = assessments;
		this.workspaces = workspaces;
		this.teamCatalogues = teamCatalogues;
	}

	/** A fresh assessment for each request, so one request never spoils the next. */
	record Target(String viewKey, String ownerKey, String version, String recommended, String workspaceViewKey,
			String workspaceOwnerKey) {

	}

	/**
	 * A fresh target for a form: with a derived catalogue draft only for the catalogue
	 * forms, which are the only ones that need one (deriving writes the whole catalogue).
	 */
	Target target(FormField field) {
		return target(field.inReview(), field.path().startsWith("/wo/{wowner}/catalogue/"));
	}

	Target target(boolean inReview) {
		return target(inReview, false);
	}

	private Target target(boolean inReview, boolean draft) {
		Assessments.Owned owned = this.assessments.create("Checkout", null,
				Answers.of(Map.of("domainSize", "small", "teamCount", "one")), List.of());
		if (inReview) {
			this.assessments.changeStatus(owned.ownerKey(), new StatusChange("in-review", null, null, null, null));
		}
		var assessment = this.assessments.byOwnerKey(owned.ownerKey());
		Workspaces.Owned workspace = this.workspaces.create("Team");
		if (draft) {
			this.teamCatalogues.derive(workspace.workspace().id());
		}
		return new Target(assessment.viewKey(), owned.ownerKey(), Long.toString(assessment.version()),
				assessment.recommended(), workspace.workspace().viewKey(), workspace.ownerKey());
	}

	Http.Response send(Http http, ApiField field, Target target, String body, String contentType) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(field, target)))
			.method(field.method(), HttpRequest.BodyPublishers.ofString(body))
			.header("Content-Type", contentType);
		if (field.ownerHeader()) {
			request.header("X-Owner-Key", ownerKey(field, target));
		}
		return http.send(request.build());
	}

	Http.Response sendBytes(Http http, ApiField field, Target target, byte[] body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(field, target)))
			.method(field.method(), HttpRequest.BodyPublishers.ofByteArray(body))
			.header("Content-Type", "application/json");
		if (field.ownerHeader()) {
			request.header("X-Owner-Key", ownerKey(field, target));
		}
		return http.send(request.build());
	}

	String base() {
		return "http://127.0.0.1:" + this.port;
	}

	/** The owner key of what the route's path names: a workspace's or an assessment's. */
	private static String ownerKey(ApiField field, Target target) {
		return field.path().contains("{wview}") ? target.workspaceOwnerKey() : target.ownerKey();
	}

	private String url(ApiField field, Target target) {
		return base() + fill(field.path(), target);
	}

	static String fill(String text, Target target) {
		return text.replace("{wview}", target.workspaceViewKey())
			.replace("{wowner}", target.workspaceOwnerKey())
			.replace("{view}", target.viewKey())
			.replace("{owner}", target.ownerKey())
			.replace("{version}", target.version())
			.replace("{recommended}", (target.recommended() != null) ? target.recommended() : "");
	}

	static String[] fill(String[] form, Target target) {
		String[] filled = new String[form.length];
		for (int i = 0; i < form.length; i++) {
			filled[i] = fill(form[i], target);
		}
		return filled;
	}

	static String[] withValue(String[] form, String field, String value) {
		List<String> pairs = new ArrayList<>(List.of(form));
		boolean found = false;
		for (int i = 0; i < pairs.size(); i += 2) {
			if (pairs.get(i).equals(field)) {
				pairs.set(i + 1, value);
				found = true;
			}
		}
		if (!found) {
			pairs.add(field);
			pairs.add(value);
		}
		return pairs.toArray(String[]::new);
	}

	static String encoded(String[] form) {
		List<String> pairs = new ArrayList<>();
		for (int i = 0; i < form.length; i += 2) {
			if (!form[i + 1].isEmpty()) {
				pairs.add(URLEncoder.encode(form[i], StandardCharsets.UTF_8) + "="
						+ URLEncoder.encode(form[i + 1], StandardCharsets.UTF_8));
			}
		}
		return String.join("&", pairs);
	}

	static byte[] multipart(String csrf, String name, String content) {
		return multipart(csrf, name, content.getBytes(StandardCharsets.UTF_8));
	}

	static byte[] multipart(String csrf, String name, byte[] content) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n--"
				+ BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name
				+ "\"; filename=\"export.json\"\r\nContent-Type: application/json\r\n\r\n";
		out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
		out.writeBytes(content);
		out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return out.toByteArray();
	}

}
