package io.archfit.system;

import java.util.Map;

import org.springframework.boot.health.actuate.endpoint.HealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.actuate.endpoint.HttpCodeStatusMapper;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Health, liveness and readiness on the public port, for load balancers and
 * orchestrators, while the other actuator endpoints are served on the management port
 * only ({@code management.server.port}). Answers the status alone, 200 when UP and 503
 * otherwise, like the actuator's own health endpoint.
 */
@RestController
class PublicHealth {

	private final HealthEndpoint health;

	PublicHealth(HealthEndpoint health) {
		this.health = health;
	}

	@GetMapping(path = "/actuator/health", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, String>> health() {
		return answer(this.health.health());
	}

	@GetMapping(path = "/actuator/health/liveness", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, String>> liveness() {
		return answer(this.health.healthForPath("liveness"));
	}

	@GetMapping(path = "/actuator/health/readiness", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, String>> readiness() {
		return answer(this.health.healthForPath("readiness"));
	}

	private static ResponseEntity<Map<String, String>> answer(HealthDescriptor descriptor) {
		if (descriptor == null) {
			throw new NotFoundException();
		}
		return ResponseEntity.status(HttpCodeStatusMapper.DEFAULT.getStatusCode(descriptor.getStatus()))
			.body(Map.of("status", descriptor.getStatus().getCode()));
	}

}
