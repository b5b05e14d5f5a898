package io.archfit.support;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.opentest4j.AssertionFailedError;

/**
 * A webhook receiver for tests: the JDK's HTTP server on a free port of 127.0.0.1. It
 * records every request it gets (headers, body, when it arrived), checks each signature
 * per Standard Webhooks against the secret it is given, and answers with the statuses
 * queued by the test (then 200). It can also hold requests unanswered until released.
 */
public final class WebhookReceiver implements AutoCloseable {

	/** One request as received. */
	public record Delivery(String webhookId, String timestamp, String signature, String body, long receivedNanos,
			boolean signatureValid) {

	}

	private final HttpServer server;

	private final java.util.concurrent.ExecutorService threads = Executors.newFixedThreadPool(8);

	private final Queue<Delivery> deliveries = new ConcurrentLinkedQueue<>();

	private final Queue<Integer> statuses = new ConcurrentLinkedQueue<>();

	private final AtomicInteger requests = new AtomicInteger();

	private volatile String secret;

	private volatile CountDownLatch hold;

	public WebhookReceiver() {
		try {
			this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		this.server.createContext("/", this::handle);
		this.server.setExecutor(this.threads);
		this.server.start();
	}

	/** The URL to register, e.g. {@code http://127.0.0.1:41234/hook}. */
	public String url(String path) {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + path;
	}

	/** The secret to check signatures with (the endpoint's {@code whsec_…}). */
	public void secret(String secret) {
		this.secret = secret;
	}

	/** Answers the next requests with these statuses, then 200 again. */
	public void answer(Integer... statuses) {
		this.statuses.addAll(List.of(statuses));
	}

	/** Forgets the statuses still queued: answers 200 from now on. */
	public void answerNormally() {
		this.statuses.clear();
	}

	/** Holds every request unanswered (after recording it) until {@link #release()}. */
	public void hold() {
		this.hold = new CountDownLatch(1);
	}

	public void release() {
		CountDownLatch latch = this.hold;
		this.hold = null;
		if (latch != null) {
			latch.countDown();
		}
	}

	public List<Delivery> deliveries() {
		return new ArrayList<>(this.deliveries);
	}

	/** Requests received, including those answered with an error. */
	public int requests() {
		return this.requests.get();
	}

	/** Waits until the deliveries received match, or fails after {@code timeout}. */
	public List<Delivery> await(Predicate<List<Delivery>> condition, Duration timeout, String what) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.test(deliveries())) {
			if (System.nanoTime() > deadline) {
				throw new AssertionFailedError(what + " within " + timeout + "; received: " + deliveries());
			}
			LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
		}
		return deliveries();
	}

	private void handle(HttpExchange exchange) throws IOException {
		long received = System.nanoTime();
		byte[] body;
		try (InputStream in = exchange.getRequestBody()) {
			body = in.readAllBytes();
		}
		String text = new String(body, StandardCharsets.UTF_8);
		String id = exchange.getRequestHeaders().getFirst("webhook-id");
		String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
		String signature = exchange.getRequestHeaders().getFirst("webhook-signature");
		this.requests.incrementAndGet();
		this.deliveries
			.add(new Delivery(id, timestamp, signature, text, received, verify(id, timestamp, signature, text)));
		CountDownLatch latch = this.hold;
		if (latch != null) {
			try {
				latch.await(120, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		Integer status = this.statuses.poll();
		byte[] answer = "ok".getBytes(StandardCharsets.UTF_8);
		exchange.sendResponseHeaders((status != null) ? status : 200, answer.length);
		exchange.getResponseBody().write(answer);
		exchange.close();
	}

	/**
	 * What a receiver does (see the README): HMAC-SHA256 keyed with the secret's bytes
	 * over {@code id.timestamp.body}, compared in constant time with each {@code v1,}
	 * signature of the header.
	 */
	public static boolean verify(String secret, String id, String timestamp, String signatures, String body) {
		if (secret == null || id == null || timestamp == null || signatures == null) {
			return false;
		}
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
			byte[] expected = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
			for (String signature : signatures.split(" ")) {
				if (signature.startsWith("v1,")
						&& MessageDigest.isEqual(expected, Base64.getDecoder().decode(signature.substring(3)))) {
					return true;
				}
			}
			return false;
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			return false;
		}
	}

	private boolean verify(String id, String timestamp, String signature, String body) {
		return verify(this.secret, id, timestamp, signature, body);
	}

	@Override
	public void close() {
		release();
		this.server.stop(0);
		this.threads.shutdownNow();
	}

}
