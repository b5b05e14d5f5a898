package io.archfit.support;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser without JavaScript over real HTTP: keeps its cookies, takes the CSRF token
 * from the last form it was shown and sends it with every form it posts. Follows no
 * redirects, so tests can read where they lead. {@link #atPort(int)} gives the same
 * browser addressing another instance on the same host, as behind a load balancer.
 */
public final class FormClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private static final Pattern ORIGIN = Pattern.compile("^https?://[^/]+");

	private final Browser browser;

	private final String base;

	public FormClient(int port) {
		this(new Browser(), port);
	}

	private FormClient(Browser browser, int port) {
		this.browser = browser;
		this.base = "http://127.0.0.1:" + port;
	}

	/**
	 * What one browser keeps between requests: its cookies (bound to the host, whatever
	 * the port, as browsers do) and the CSRF token of the last page shown.
	 */
	private static final class Browser {

		private final HttpClient client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		private String csrfToken;

	}

	/**
	 * This browser, with its cookies and last CSRF token, sending its requests to another
	 * port of 127.0.0.1: another instance of the app behind the same address.
	 */
	public FormClient atPort(int port) {
		return new FormClient(this.browser, port);
	}

	/** Opens a page; remembers the CSRF token of its forms. */
	public Http.Response get(String path) {
		Http.Response response = send(HttpRequest.newBuilder(uri(path)).GET().build());
		Matcher csrf = CSRF.matcher(response.body());
		if (csrf.find()) {
			this.browser.csrfToken = csrf.group(1);
		}
		return response;
	}

	/** Posts a form of name/value pairs with the CSRF token of the last page shown. */
	public Http.Response post(String path, String... namesAndValues) {
		List<String> fields = new ArrayList<>();
		if (this.browser.csrfToken != null) {
			fields.add("_csrf=" + encode(this.browser.csrfToken));
		}
		for (int i = 0; i < namesAndValues.length; i += 2) {
			fields.add(encode(namesAndValues[i]) + "=" + encode(namesAndValues[i + 1]));
		}
		return send(HttpRequest.newBuilder(uri(path))
			.POST(HttpRequest.BodyPublishers.ofString(String.join("&", fields)))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.build());
	}

	/**
	 * Posts a body as it is, with this content type (no CSRF token added): for bodies a
	 * browser would not send.
	 */
	public Http.Response postBytes(String path, String contentType, byte[] body) {
		return send(HttpRequest.newBuilder(uri(path))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.header("Content-Type", contentType)
			.build());
	}

	/** The CSRF token of the last page shown, or null. */
	public String csrfToken() {
		return this.browser.csrfToken;
	}

	/** The path of a redirect's target, without scheme, host and port. */
	public String redirectPath(Http.Response response) {
		String location = response.header("Location");
		if (location == null) {
			throw new AssertionError("no redirect but " + response.status());
		}
		return ORIGIN.matcher(location).replaceFirst("");
	}

	private Http.Response send(HttpRequest request) {
		try {
			HttpResponse<String> response = this.browser.client.send(request, HttpResponse.BodyHandlers.ofString());
			return new Http.Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.body(), response);
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private URI uri(String path) {
		return URI.create(this.base + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
