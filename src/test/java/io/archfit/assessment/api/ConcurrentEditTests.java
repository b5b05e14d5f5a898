package io.archfit.assessment.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.archfit.support.AppTest;
import io.archfit.support.Http;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many owners saving the same assessment at once: every save is either applied (a new
 * revision) or refused with 409, and no applied save is lost.
 */
@AppTest
class ConcurrentEditTests {

	static final List<String> SIZES = List.of("small", "medium", "large");

	@LocalServerPort
	int port;

	@Test
	void concurrentEditsAreAppliedOrRefusedNeverLost() throws Exception {
		Http http = new Http(this.port);
		JsonNode created = http
			.postJson("/api/v1/assessments", Map.of("title", "Contended", "answers", Map.of("domainSize", "small")))
			.json();
		String viewKey = created.get("viewKey").asString();
		Map<String, String> owner = Map.of("X-Owner-Key", created.get("ownerKey").asString());
		int threads = 12;
		int rounds = 4;
		int applied = 0;
		int refused = 0;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			for (int round = 0; round < rounds; round++) {
				long version = http.get("/api/v1/assessments/" + viewKey).json().get("version").asLong();
				CountDownLatch start = new CountDownLatch(1);
				List<Future<Integer>> results = new ArrayList<>();
				for (int t = 0; t < threads; t++) {
					String size = SIZES.get((round + t) % SIZES.size());
					String engineers = Integer.toString(10 + round * threads + t);
					Callable<Integer> save = () -> {
						start.await();
						return http
							.sendJson("PUT", "/api/v1/assessments/" + viewKey + "/answers", Map.of("answers",
									Map.of("domainSize", size, "engineers", engineers), "version", version), owner)
							.status();
					};
					results.add(pool.submit(save));
				}
				start.countDown();
				for (Future<Integer> result : results) {
					int status = result.get();
					assertThat(status).isIn(200, 409);
					if (status == 200) {
						applied++;
					}
					else {
						refused++;
					}
				}
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(applied).as("every round applies exactly one save").isEqualTo(rounds);
		assertThat(refused).isEqualTo(rounds * (threads - 1));
		JsonNode revisions = http.get("/api/v1/assessments/" + viewKey + "/revisions").json();
		assertThat(revisions.size()).as("one revision per applied save, plus the first").isEqualTo(applied + 1);
	}

}
