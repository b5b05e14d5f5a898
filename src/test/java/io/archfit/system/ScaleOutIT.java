package io.archfit.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.archfit.support.AppProcess;
import io.archfit.support.FormClient;
import io.archfit.support.Http;
import io.archfit.support.Postgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the packaged app on one PostgreSQL database, as behind a load balancer
 * that sends every request to the other one. Both start at the same moment on an empty
 * schema and their database migrations are made to run at the same instant: exactly one
 * applies them, the other finds them done. Then one browser without JavaScript (one
 * cookie jar for 127.0.0.1, whatever the port) goes through the whole journey with every
 * request alternating between them: the wizard, the report, a comment, a vote, the
 * decision, a workspace and the assessment moved into it. Each page shows what the other
 * instance just saved, the CSRF token of one instance's page is accepted by the other,
 * and a form without a token is refused by both. Then the key-guessing limit: misses
 * alternating between the instances meet 429 at the same count as misses sent to one of
 * them, and an instance started anew finds the counts where they were (the buckets live
 * in the database). Needs the PostgreSQL suite's settings ({@value Postgres#URL}); the
 * run gets a schema of its own, dropped at the end.
 */
@ExtendWith(Postgres.Required.class)
class ScaleOutIT {

	private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{32}");

	/** The default of archfit.rate-limit.key-misses-per-minute. */
	private static final int KEY_MISSES = 30;

	/**
	 * Clients behind the load balancer (X-Forwarded-For; the instances trust 127.0.0.1 as
	 * their proxy).
	 */
	private static final String ONE_INSTANCE = "198.51.100.1";

	private static final String TWO_INSTANCES = "198.51.100.2";

	private static final String NEW_CLIENT = "198.51.100.3";

	@Test
	void twoInstancesOnOneDatabaseServeOneBrowserInTurn() throws SQLException {
		Postgres.Settings settings = Postgres.Settings.from(System.getenv()).orElseThrow();
		String schema = Postgres.newSchemaName();
		long gate = ThreadLocalRandom.current().nextInt(1, Integer.MAX_VALUE);
		settings.execute("create schema " + schema);
		try (Connection gateKeeper = DriverManager.getConnection(settings.url(), settings.user(),
				settings.password())) {
			query(gateKeeper, "select pg_advisory_lock(" + gate + ")");
			try (AppProcess a = instance("scale-out-a", settings, schema, gate).start();
					AppProcess b = instance("scale-out-b", settings, schema, gate).start()) {
				double atGate = awaitBothAtGate(gateKeeper, gate, a, b);
				query(gateKeeper, "select pg_advisory_unlock(" + gate + ")");
				double readyA = a.awaitReady();
				double readyB = b.awaitReady();
				List<String> versions = migrationVersions();
				assertThat(versions).hasSizeGreaterThanOrEqualTo(5);
				assertThat(migrations(gateKeeper, schema)).as("versions applied, each once")
					.containsExactlyElementsOf(versions);
				String logs = a.logText() + b.logText();
				assertThat(count(logs, "Successfully applied " + versions.size() + " migrations"))
					.as("instances that migrated")
					.isEqualTo(1);
				assertThat(count(logs, "is up to date. No migration necessary")).as("instances that found it done")
					.isEqualTo(1);

				Turns turns = new Turns(new FormClient(a.port()), a.port(), b.port());
				journey(turns, a, b);
				assertThat(turns.posts).as("forms posted to A and to B").containsExactly(6, 5);

				int alone = missesUntilRefused(ONE_INSTANCE, a);
				int spread = missesUntilRefused(TWO_INSTANCES, a, b);
				assertThat(alone).as("misses allowed to a client of one instance").isEqualTo(KEY_MISSES);
				assertThat(spread).as("misses allowed to a client whose requests alternate").isEqualTo(alone);
				assertThat(miss(TWO_INSTANCES, a).status()).isEqualTo(429);
				assertThat(miss(TWO_INSTANCES, b).status()).isEqualTo(429);
				assertThat(b.isAlive()).isTrue();
				b.stop();
				double restartedIn;
				try (AppProcess restarted = instance("scale-out-b-again", settings, schema, gate).start()) {
					restartedIn = restarted.awaitReady();
					for (String client : List.of(ONE_INSTANCE, TWO_INSTANCES)) {
						Http.Response refused = miss(client, restarted);
						assertThat(refused.status()).as("%s on the restarted instance", client).isEqualTo(429);
						assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 600L);
					}
					assertThat(miss(NEW_CLIENT, restarted).status()).as("a client without misses").isEqualTo(404);
					assertThat(restarted.logText()).doesNotContain("status=500", " ERROR ");
				}
				assertThat(query(gateKeeper,
						"select count(*) from " + schema + ".rate_limit_bucket where id like 'keyMisses:198.51.100.%'"))
					.containsExactly("3");
				System.out.printf(
						"Scale-out: the key-guessing limit (%d a window) refused a client of one instance after "
								+ "%d misses and a client alternating between two after %d; an instance started "
								+ "anew (ready in %.1f s) refused both at once%n",
						KEY_MISSES, alone, spread, restartedIn);

				System.out.printf(
						"Scale-out: both instances waited at the migration %.1f s after starting together on an "
								+ "empty schema, migrated concurrently when let go, ready %.1f s and %.1f s after "
								+ "starting; %d requests alternated (%d forms posted to A, %d to B, each with the "
								+ "CSRF token of a page the other instance served)%n",
						atGate, readyA, readyB, turns.requests, turns.posts[0], turns.posts[1]);
				assertThat(a.isAlive()).isTrue();
				assertThat(logs).doesNotContain("status=500", " ERROR ");
				assertThat(a.logText()).doesNotContain("status=500", " ERROR ");
			}
		}
		finally {
			settings.execute("drop schema if exists " + schema + " cascade");
		}
	}

	/**
	 * Both instances start at once, but their start-ups take their own time. To make
	 * their database migrations really run at the same moment, every connection the
	 * migration opens first waits for an advisory lock the test holds; once both wait,
	 * the test lets them go together.
	 */
	private static AppProcess.Builder instance(String name, Postgres.Settings settings, String schema, long gate) {
		return AppProcess.named(name)
			.property("server.forward-headers-strategy", "native")
			.property("archfit.rate-limit.window", "10m")
			.property("spring.profiles.active", "postgres")
			.property("spring.datasource.url", settings.urlWithSchema(schema))
			.property("spring.datasource.username", settings.user())
			.env("ARCHFIT_DB_PASSWORD", settings.password())
			.property("spring.datasource.hikari.maximum-pool-size", "4")
			.property("spring.flyway.schemas", schema)
			.property("spring.flyway.init-sqls",
					"select pg_advisory_lock_shared(" + gate + "); select pg_advisory_unlock_shared(" + gate + ")")
			.property("spring.jpa.properties.hibernate.default_schema", schema);
	}

	/** Waits until both instances wait at the gate; the seconds it took. */
	private static double awaitBothAtGate(Connection gateKeeper, long gate, AppProcess a, AppProcess b)
			throws SQLException {
		long start = System.nanoTime();
		long deadline = start + AppProcess.START_TIMEOUT.toNanos();
		String waiting = "select count(*) from pg_locks where locktype = 'advisory' and classid = 0 and objid = " + gate
				+ " and objsubid = 1 and not granted";
		while (Integer.parseInt(query(gateKeeper, waiting).get(0)) < 2) {
			for (AppProcess app : List.of(a, b)) {
				assertThat(app.isAlive()).as("%s still starting; its log: %s", app.log(), app.logTail(30)).isTrue();
			}
			assertThat(System.nanoTime()).as("both instances at the migration in time").isLessThan(deadline);
			LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
		}
		return (System.nanoTime() - start) / 1e9;
	}

	/**
	 * The journey, one request per turn: every write is read back at once by the other
	 * instance, and the writes themselves fall on both.
	 */
	private static void journey(Turns turns, AppProcess a, AppProcess b) {
		assertThat(turns.get("/").body()).contains("None yet.");
		assertThat(turns.get("/assessments/new").body()).contains("Step 1 of 5");
		Http.Response first = turns.post("/assessments/new", "t.domainSize", "small", "t.boundaryClarity", "clear");
		String owner = turns.redirectPath(first).replace("/wizard/2", "");
		assertThat(owner).matches("/o/" + KEY.pattern());

		assertThat(turns.get(owner + "/wizard/1").body()).contains("value=\"small\" checked",
				"value=\"clear\" checked");
		String step2 = turns.get(owner + "/wizard/2").body();
		assertThat(step2).contains("Step 2 of 5");
		Http.Response saved2 = turns.post(owner + "/wizard/2", "version", version(step2), "nav", "next",
				"t.trafficPattern", "steady", "t.monthlyRequests", "2000000");
		assertThat(turns.redirectPath(saved2)).isEqualTo(owner + "/wizard/3");

		assertThat(turns.get(owner + "/wizard/2").body()).contains("value=\"steady\" checked", "value=\"2000000\"");
		String step3 = turns.get(owner + "/wizard/3").body();
		assertThat(step3).contains("Step 3 of 5");
		Http.Response saved3 = turns.post(owner + "/wizard/3", "version", version(step3), "nav", "next", "t.teamCount",
				"one", "t.engineers", "4");
		assertThat(turns.redirectPath(saved3)).isEqualTo(owner + "/wizard/4");

		assertThat(turns.get(owner + "/wizard/3").body()).contains("value=\"one\" checked", "value=\"4\"");
		String step4 = turns.get(owner + "/wizard/4").body();
		assertThat(step4).contains("Step 4 of 5");
		Http.Response saved4 = turns.post(owner + "/wizard/4", "version", version(step4), "nav", "next",
				"t.timeToMarket", "under-3-months", "t.compliance", "none");
		assertThat(turns.redirectPath(saved4)).isEqualTo(owner + "/wizard/5");

		assertThat(turns.get(owner + "/wizard/4").body()).contains("value=\"under-3-months\" checked",
				"value=\"none\" checked");
		String step5 = turns.get(owner + "/wizard/5").body();
		assertThat(step5).contains("Step 5 of 5");
		Http.Response finished = turns.post(owner + "/wizard/5", "version", version(step5), "nav", "next", "title",
				"Checkout service", "priorities", "cost");
		assertThat(turns.redirectPath(finished)).isEqualTo(owner + "?done=saved");

		String report = turns.get(owner + "?done=saved").body();
		assertThat(report).contains("Checkout service", "Recommended:", "View link", "Owner link");
		String view = "/a/" + firstMatch(report, "/a/(" + KEY.pattern() + ")");
		assertThat(turns.get("/").body()).as("the home page lists what this browser started")
			.contains("href=\"" + owner + "\"", "Checkout service");
		assertThat(turns.get(view).body()).contains("Checkout service", "Comments (0)").doesNotContain("Owner link");
		Http.Response commented = turns.post(view + "/comments", "author", "Ana", "body",
				"Fits a team of four for now.");
		assertThat(turns.redirectPath(commented)).isEqualTo(view + "?done=commented#comments");

		assertThat(turns.get(view + "?done=commented").body()).contains("Your comment was posted.", "Comments (1)",
				"Fits a team of four for now.",
				"name=\"author\" maxlength=\"80\" required autocomplete=\"name\" value=\"Ana\"");
		assertThat(turns.get(view).body()).contains("Comments (1)");
		Http.Response voted = turns.post(view + "/votes", "voter", "Ana", "architecture", "serverless");
		assertThat(turns.redirectPath(voted)).isEqualTo(view + "?done=voted#votes");

		assertThat(turns.get(view + "?done=voted").body()).contains("Votes per architecture (1 in all)")
			.containsPattern("(?s)data-architecture=\"serverless\".*?vote-count\">1<");
		assertThat(turns.get(owner).body()).contains("Open for review");
		Http.Response inReview = turns.post(owner + "/decision", "status", "in-review");
		assertThat(turns.redirectPath(inReview)).isEqualTo(owner + "?done=decided#decision");

		assertThat(turns.get(owner + "?done=decided").body()).contains("In review", "Record the decision");
		assertThat(turns.get(owner).body()).contains("In review");
		Http.Response accepted = turns.post(owner + "/decision", "status", "accepted", "architecture", "serverless",
				"rationale", "Traffic will grow in bursts.", "deciders", "Ana and Ben");
		assertThat(turns.redirectPath(accepted)).isEqualTo(owner + "?done=decided#decision");

		assertThat(turns.get(view).body()).contains("Accepted", "Traffic will grow in bursts.", "by Ana and Ben");
		assertThat(turns.get("/workspaces/new").body()).contains("name=\"name\"");
		Http.Response created = turns.post("/workspaces", "name", "Checkout team");
		String workspace = turns.redirectPath(created).replace("?done=created", "");
		assertThat(workspace).matches("/wo/" + KEY.pattern());

		assertThat(turns.get(workspace + "?done=created").body()).contains("Checkout team", "The workspace was created",
				"No assessments in this workspace yet");
		assertThat(turns.get(workspace).body()).contains("Checkout team");
		Http.Response movedIn = turns.post(workspace + "/move-in", "link", "http://127.0.0.1:" + a.port() + owner);
		assertThat(turns.redirectPath(movedIn)).isEqualTo(workspace + "?done=movedIn");

		String list = turns.get(workspace + "?done=movedIn").body();
		assertThat(list).contains("The assessment was moved into this workspace.", "1–1 of 1");
		assertRow(list, "Checkout service");
		String workspaceView = "/w/" + firstMatch(list, "/w/(" + KEY.pattern() + ")");
		assertRow(turns.get(workspaceView).body(), "Checkout service");

		for (AppProcess instance : List.of(a, b)) {
			Http.Response refused = turns.browser.atPort(instance.port())
				.postBytes(view + "/comments", "application/x-www-form-urlencoded",
						"author=Eve&body=No+token".getBytes(StandardCharsets.UTF_8));
			assertThat(refused.status()).as("a form without the CSRF token on port %d", instance.port()).isEqualTo(403);
		}
		assertThat(turns.get(view).body()).contains("Comments (1)").doesNotContain("No token");
	}

	/**
	 * Unknown keys from one client, sent to the instances in turn, until one is refused:
	 * how many were answered 404 before.
	 */
	private static int missesUntilRefused(String client, AppProcess... instances) {
		for (int sent = 0; sent < 100; sent++) {
			Http.Response response = miss(client, instances[sent % instances.length]);
			if (response.status() == 429) {
				return sent;
			}
			assertThat(response.status()).as("miss %d of %s", sent + 1, client).isEqualTo(404);
		}
		throw new AssertionError(client + " was never refused");
	}

	private static Http.Response miss(String client, AppProcess instance) {
		return new Http(instance.port()).send(HttpRequest.newBuilder(instance.url("/a/" + AccessKeys.newKey()))
			.header("X-Forwarded-For", client)
			.GET()
			.build());
	}

	/** The workspace list's row of this assessment: accepted, decided, one vote. */
	private static void assertRow(String list, String title) {
		String row = firstMatch(list, "(?s)(<tr>(?:(?!</tr>).)*" + Pattern.quote(title) + "(?:(?!</tr>).)*</tr>)");
		assertThat(row).contains("status-accepted", "swatch arch-serverless", "Serverless")
			.containsPattern("<td class=\"num\">1</td>");
	}

	private static List<String> migrations(Connection connection, String schema) throws SQLException {
		return query(connection, "select version from " + schema
				+ ".flyway_schema_history where success and version is not null order by installed_rank");
	}

	/** The first column of every row. */
	private static List<String> query(Connection connection, String sql) throws SQLException {
		List<String> values = new ArrayList<>();
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			while (rows.next()) {
				values.add(rows.getString(1));
			}
		}
		return values;
	}

	private static int count(String text, String part) {
		int count = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
			count++;
		}
		return count;
	}

	private static String version(String page) {
		return firstMatch(page, "name=\"version\" value=\"(\\d+)\"");
	}

	private static String firstMatch(String text, String regex) {
		Matcher matcher = Pattern.compile(regex).matcher(text);
		assertThat(matcher.find()).as("%s in the page", regex).isTrue();
		return matcher.group(1);
	}

	/**
	 * One browser whose requests go to the two instances in turn. Checks that every form
	 * is posted to the instance that did not show the page its CSRF token came from.
	 */
	static final class Turns {

		final FormClient browser;

		private final FormClient[] instances;

		private final int[] ports;

		private int requests;

		private final int[] posts;

		private int tokenFrom = -1;

		Turns(FormClient browser, int... ports) {
			this.browser = browser;
			this.ports = ports;
			this.instances = new FormClient[ports.length];
			this.posts = new int[ports.length];
			for (int i = 0; i < ports.length; i++) {
				this.instances[i] = browser.atPort(ports[i]);
			}
		}

		Http.Response get(String path) {
			int turn = next();
			String before = this.browser.csrfToken();
			Http.Response response = this.instances[turn].get(path);
			assertThat(response.status()).as("GET %s on port %d", path, this.ports[turn]).isEqualTo(200);
			if (!Objects.equals(before, this.browser.csrfToken()) || this.tokenFrom < 0) {
				this.tokenFrom = turn;
			}
			return response;
		}

		Http.Response post(String path, String... namesAndValues) {
			int turn = next();
			assertThat(this.browser.csrfToken()).isNotNull();
			assertThat(this.tokenFrom).as("the token's page came from the other instance").isNotEqualTo(turn);
			Http.Response response = this.instances[turn].post(path, namesAndValues);
			this.posts[turn]++;
			assertThat(response.status()).as("POST %s on port %d: %s", path, this.ports[turn], response.body())
				.isEqualTo(302);
			return response;
		}

		String redirectPath(Http.Response response) {
			return this.browser.redirectPath(response);
		}

		private int next() {
			return this.requests++ % this.instances.length;
		}

	}

	/** The versions of the migrations the app ships, in order. */
	private static List<String> migrationVersions() {
		try {
			return Arrays
				.stream(new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/V*__*.sql"))
				.map((resource) -> resource.getFilename().substring(1, resource.getFilename().indexOf("__")))
				.sorted(Comparator.comparingInt(Integer::parseInt))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
