package io.archfit.integration;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How a delivery is posted: over TLS with the certificate checked against the URL's host
 * (a certificate for another name is refused even at the right address), to exactly the
 * address given; a redirect is an answer, not followed; a receiver that does not answer
 * ends the attempt with a timeout (the server here waits longer than the attempt may).
 */
class WebhookHttpTests {

	static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

	@TempDir
	static Path keys;

	static HttpsServer tls;

	static SSLContext trusting;

	@BeforeAll
	static void serveTls() throws Exception {
		Path store = keys.resolve("receiver.p12");
		Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
				"-genkeypair", "-keystore", store.toString(), "-storetype", "PKCS12", "-storepass", "changeit",
				"-alias", "receiver", "-keyalg", "EC", "-dname", "CN=receiver", "-ext",
				"SAN=ip:127.0.0.1,dns:localhost", "-validity", "2")
			.redirectErrorStream(true)
			.start();
		assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(keytool.exitValue()).as(new String(keytool.getInputStream().readAllBytes())).isZero();
		KeyStore keyStore = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(store)) {
			keyStore.load(in, "changeit".toCharArray());
		}
		KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
		keyManagers.init(keyStore, "changeit".toCharArray());
		SSLContext serving = SSLContext.getInstance("TLS");
		serving.init(keyManagers.getKeyManagers(), null, null);
		TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		trust.init(keyStore);
		trusting = SSLContext.getInstance("TLS");
		trusting.init(null, trust.getTrustManagers(), null);
		tls = HttpsServer.create(new InetSocketAddress(LOOPBACK, 0), 10);
		tls.setHttpsConfigurator(new HttpsConfigurator(serving));
		tls.createContext("/", (exchange) -> {
			byte[] body = exchange.getRequestBody().readAllBytes();
			boolean signed = exchange.getRequestHeaders().getFirst("webhook-signature") != null;
			exchange.sendResponseHeaders((signed && body.length > 0) ? 204 : 400, -1);
			exchange.close();
		});
		tls.start();
	}

	@AfterAll
	static void stopTls() {
		tls.stop(0);
	}

	WebhookHttp http() {
		return new WebhookHttp(trusting.getSocketFactory(), Duration.ofSeconds(2), Duration.ofSeconds(2));
	}

	static AddressPolicy.Target target(String url, String host, int port) {
		return new AddressPolicy.Target(URI.create(url), host, port, url.startsWith("https"), List.of(LOOPBACK));
	}

	@Test
	void postsOverTlsCheckingTheCertificateAgainstTheHost() throws Exception {
		int port = tls.getAddress().getPort();
		WebhookHttp.Answer answer = http().post(target("https://127.0.0.1:" + port + "/hook", "127.0.0.1", port),
				LOOPBACK, Map.of("webhook-signature", "v1,x"), "{}".getBytes(StandardCharsets.UTF_8));
		assertThat(answer.status()).isEqualTo(204);
		WebhookHttp.Answer byName = http().post(target("https://localhost:" + port + "/hook", "localhost", port),
				LOOPBACK, Map.of("webhook-signature", "v1,x"), "{}".getBytes(StandardCharsets.UTF_8));
		assertThat(byName.status()).isEqualTo(204);
		assertThatThrownBy(
				() -> http().post(target("https://hooks.example.com:" + port + "/", "hooks.example.com", port),
						LOOPBACK, Map.of(), "{}".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(SSLHandshakeException.class);
	}

	@Test
	void aRedirectIsAnAnswerAndASilentReceiverEndsTheAttempt() throws Exception {
		CountDownLatch testDone = new CountDownLatch(1);
		try (ServerSocket server = new ServerSocket(0, 10, LOOPBACK)) {
			Thread answering = new Thread(() -> {
				try (Socket first = server.accept()) {
					readHead(first);
					OutputStream out = first.getOutputStream();
					out.write(("HTTP/1.1 302 Found\r\nLocation: http://169.254.169.254/\r\nRetry-After: 7\r\n"
							+ "Content-Length: 2\r\n\r\nno")
						.getBytes(StandardCharsets.US_ASCII));
					out.flush();
					try (Socket second = server.accept()) {
						readHead(second);
						// silent until the client has given up
						testDone.await(30, TimeUnit.SECONDS);
					}
				}
				catch (IOException | InterruptedException ex) {
					// the test has ended
				}
			});
			answering.setDaemon(true);
			answering.start();
			int port = server.getLocalPort();
			AddressPolicy.Target target = target("http://127.0.0.1:" + port + "/in?x=1", "127.0.0.1", port);
			WebhookHttp.Answer redirect = http().post(target, LOOPBACK, Map.of(),
					"{}".getBytes(StandardCharsets.UTF_8));
			assertThat(redirect.status()).isEqualTo(302);
			assertThat(redirect.retryAfter()).isEqualTo(Duration.ofSeconds(7));
			assertThatThrownBy(() -> http().post(target, LOOPBACK, Map.of(), "{}".getBytes(StandardCharsets.UTF_8)))
				.isInstanceOf(SocketTimeoutException.class);
		}
		finally {
			testDone.countDown();
		}
	}

	private static void readHead(Socket socket) throws IOException {
		InputStream in = socket.getInputStream();
		int matched = 0;
		byte[] end = { '\r', '\n', '\r', '\n' };
		while (matched < 4) {
			int b = in.read();
			if (b < 0) {
				return;
			}
			matched = (b == end[matched]) ? matched + 1 : ((b == '\r') ? 1 : 0);
		}
	}

}
