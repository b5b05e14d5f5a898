package io.archfit.system;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

import io.archfit.support.AppTest;
import io.archfit.support.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.archfit.system.RequestLogAssertions.assertCleanLog;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests refused for their size or encoding before any value reaches the database: the
 * request log shows the status the client got, and a large form is read to its end so its
 * sender gets the whole answer. The same on every database, so checked on H2 only.
 */
@ExtendWith(OutputCaptureExtension.class)
@AppTest
class OversizedRequestTests {

	@LocalServerPort
	int port;

	@Test
	void theRequestLogShowsTheStatusSentAlsoWhenTheContainersErrorPageSetsIt(CapturedOutput output) {
		Http http = new Http(this.port);
		Http.Response invalidUtf8 = http
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/assessments/new"))
				.POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] { 't', '=', '%', 'C', '3', '%', '2', '8' }))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("X-Request-Id", "hostile-log-1")
				.build());
		assertThat(invalidUtf8.status()).isEqualTo(400);
		byte[] twoMegabytes = ("t=" + "y".repeat(2_000_000)).getBytes(StandardCharsets.US_ASCII);
		Http.Response chunked = http
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/workspaces"))
				.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(twoMegabytes)))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("X-Request-Id", "hostile-log-2")
				.build());
		assertThat(chunked.status()).isEqualTo(413);
		assertThat(output.getOut()).containsPattern(
				"\\[hostile-log-1\\] io\\.archfit\\.requests\\s+: request method=POST path=/assessments/new status=400 ")
			.containsPattern(
					"\\[hostile-log-2\\] io\\.archfit\\.requests\\s+: request method=POST path=/workspaces status=413 ");
		assertCleanLog(output);
	}

	/**
	 * A form refused for its size (up to 2 MB) is read to its end before the connection
	 * closes, so a client that goes on sending after the answer has begun, as browsers
	 * do, gets the complete 413 page and not a reset.
	 */
	@Test
	void aRefusedLargeFormIsReadToItsEndAndGetsItsWholeAnswer(CapturedOutput output) throws Exception {
		byte[] body = ("_csrf=x&title=" + "y".repeat(2_000_000)).getBytes(StandardCharsets.US_ASCII);
		for (int attempt = 0; attempt < 3; attempt++) {
			try (Socket socket = new Socket()) {
				// A small send buffer, so the body cannot hide in socket buffers: it is
				// sent only as fast as the server reads it.
				socket.setSendBufferSize(16_384);
				socket.connect(new InetSocketAddress("127.0.0.1", this.port));
				socket.setSoTimeout(10_000);
				OutputStream out = socket.getOutputStream();
				InputStream in = socket.getInputStream();
				out.write(("POST /assessments/new HTTP/1.1\r\nHost: 127.0.0.1\r\n"
						+ "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length
						+ "\r\n\r\n")
					.getBytes(StandardCharsets.US_ASCII));
				out.flush();
				// The server decides on the announced length: its answer begins before
				// the
				// body has been sent.
				int first = in.read();
				out.write(body);
				out.flush();
				String answer = (char) first + new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
				assertThat(answer).as("attempt %d", attempt).startsWith("HTTP/1.1 413").contains("</html>");
			}
		}
		assertCleanLog(output);
	}

}
