package io.archfit.system;

import java.util.ArrayList;
import java.util.List;

import io.archfit.system.HostileInputCorpus.ApiField;
import io.archfit.system.HostileInputCorpus.FormField;
import io.archfit.system.HostileInputCorpus.Hostile;
import io.archfit.support.Http;

/**
 * What {@link HostileInputTests} holds against each answer: no 5xx, a bad value refused
 * with 4xx, a refused form back with its field, a problem document naming the field, no
 * markup reflected unescaped and no internals in an error body. Collects every failure
 * instead of stopping at the first, and counts what was sent.
 */
final class HostileVerdicts {

	final List<String> failures = new ArrayList<>();

	int sent;

	int serverErrors;

	/** Whether a field of this kind must refuse this value. */
	static boolean refuses(HostileInputCorpus.Kind kind, Hostile hostile) {
		return switch (kind) {
			case CLOSED -> hostile.badClosed();
			case TEXT -> hostile.badText();
			case REQUIRED_TEXT -> hostile.badText() || hostile.blank();
			case IGNORED -> false;
		};
	}

	void form(FormField field, Hostile hostile, Http.Response response) {
		boolean bad = refuses(field.kind(), hostile);
		String label = "form " + field.path() + " " + field.field() + "=" + hostile.name();
		check(label, response, bad);
		if (bad && response.status() == 422 && !response.body().contains("name=\"" + field.field() + "\"")) {
			this.failures.add(label + ": the form did not come back with the field");
		}
	}

	void api(ApiField field, String what, Http.Response response, boolean bad, boolean malformed) {
		String label = "api " + field.method() + " " + field.path() + " " + field.field() + "=" + what;
		check(label, response, bad);
		if (bad && response.status() == 400) {
			if (!response.contentType().startsWith("application/problem+json")) {
				this.failures.add(label + ": 400 without a problem document");
				return;
			}
			List<String> named = new ArrayList<>();
			response.json().path("errors").forEach((error) -> named.add(error.path("field").asString()));
			boolean names = named.stream()
				.anyMatch((name) -> name.equals(field.field()) || name.startsWith(field.field())
						|| field.field().startsWith(name) || (malformed && name.equals("body"))
						|| field.field().equals("body"));
			if (!names) {
				this.failures.add(label + ": problem names " + named + " instead of " + field.field() + " in "
						+ response.body().substring(0, Math.min(300, response.body().length())));
			}
		}
	}

	/**
	 * No 5xx; a bad value answered 4xx; no HTML response with markup of the corpus
	 * unescaped.
	 */
	void check(String label, Http.Response response, boolean bad) {
		this.sent++;
		int status = response.status();
		if (status >= 500) {
			this.serverErrors++;
			this.failures.add(label + ": " + status);
			return;
		}
		if (bad && (status < 400 || status >= 500)) {
			this.failures.add(label + ": accepted with " + status);
		}
		if (response.contentType().startsWith("text/html")
				&& (response.body().contains("<script>alert") || response.body().contains("<img src=x"))) {
			this.failures.add(label + ": markup reflected unescaped");
		}
	}

	void status(String label, Http.Response response, int expected) {
		if (response.status() != expected) {
			this.failures.add(label + ": " + response.status() + " instead of " + expected);
		}
	}

	/** An error body without stack trace, class or server names. */
	void noInternals(String label, Http.Response response) {
		for (String internal : List.of("Exception", "at org.", "at java.", "org.apache", "io.archfit", "Tomcat")) {
			if (response.body().contains(internal)) {
				this.failures.add(label + ": the body shows " + internal);
			}
		}
	}

}
