package io.archfit.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small real-HTTP client for tests against the running app.
 */
public final class Http {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final String base;

	public Http(int port) {
		this.base = "http://127.0.0.1:" + port;
	}

	/** A response with its body parsed as JSON where it is JSON. */
	public record Response(int status, String contentType, String body, HttpResponse<String> raw) {

		public JsonNode json() {
			return JSON.readTree(this.body);
		}

		public String header(String name) {
			return this.raw.headers().firstValue(name).orElse(null);
		}

	}

	public Response get(String path) {
		return send(HttpRequest.newBuilder(uri(path)).GET().build());
	}

	public Response postJson(String path, Object body) {
		return sendJson("POST", path, body, Map.of());
	}

	public Response sendJson(String method, String path, Object body, Map<String, String> headers) {
		String text = (body instanceof String s) ? s : JSON.writeValueAsString(body);
		HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path))
			.method(method, HttpRequest.BodyPublishers.ofString(text))
			.header("Content-Type", "application/json");
		headers.forEach(builder::header);
		return send(builder.build());
	}

	public Response send(HttpRequest request) {
		try {
			HttpResponse<String> response = this.client.send(request, HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.body(), response);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public URI uri(String path) {
		return URI.create(this.base + path);
	}

}
