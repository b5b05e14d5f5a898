package io.archfit.integration;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * Posts one delivery over HTTP/1.1 to exactly the address that was checked (a name is
 * never resolved again on the way), with TLS and host name verification for
 * {@code https}. Short timeouts bound connecting and the whole exchange; redirects are
 * not followed (a 3xx is an answer like any other); of the answer only the status line,
 * the headers (up to 16 KB) and at most 4 KB of the body are read.
 */
final class WebhookHttp {

	static final int MAX_HEAD_BYTES = 16 * 1024;

	static final int MAX_BODY_BYTES = 4 * 1024;

	/** The receiver's answer: its status and the wait it asked for (or null). */
	record Answer(int status, Duration retryAfter) {

	}

	private final SSLSocketFactory tls;

	private final Duration connectTimeout;

	private final Duration readTimeout;

	WebhookHttp(SSLSocketFactory tls, Duration connectTimeout, Duration readTimeout) {
		this.tls = tls;
		this.connectTimeout = connectTimeout;
		this.readTimeout = readTimeout;
	}

	Answer post(AddressPolicy.Target target, InetAddress address, Map<String, String> headers, byte[] body)
			throws IOException {
		long deadline = System.nanoTime() + this.connectTimeout.toNanos() + this.readTimeout.toNanos();
		Socket plain = new Socket();
		Socket socket = plain;
		try {
			plain.connect(new InetSocketAddress(address, target.port()), millis(this.connectTimeout.toNanos()));
			plain.setSoTimeout(remaining(deadline));
			if (target.https()) {
				SSLSocket ssl = (SSLSocket) this.tls.createSocket(plain, target.host(), target.port(), true);
				SSLParameters parameters = ssl.getSSLParameters();
				parameters.setEndpointIdentificationAlgorithm("HTTPS");
				if (!target.literal()) {
					parameters.setServerNames(List.of(new SNIHostName(target.host())));
				}
				ssl.setSSLParameters(parameters);
				socket = ssl;
				ssl.startHandshake();
			}
			OutputStream out = socket.getOutputStream();
			out.write(head(target, headers, body.length).getBytes(StandardCharsets.ISO_8859_1));
			out.write(body);
			out.flush();
			return read(socket, deadline);
		}
		finally {
			socket.close();
			plain.close();
		}
	}

	private static String head(AddressPolicy.Target target, Map<String, String> headers, int length) {
		String path = target.uri().getRawPath();
		if (path == null || path.isEmpty()) {
			path = "/";
		}
		if (target.uri().getRawQuery() != null) {
			path += "?" + target.uri().getRawQuery();
		}
		StringBuilder head = new StringBuilder();
		head.append("POST ").append(path).append(" HTTP/1.1\r\n");
		head.append("Host: ").append(target.uri().getRawAuthority()).append("\r\n");
		head.append("User-Agent: ArchFit-Webhooks/1\r\n");
		head.append("Content-Type: application/json\r\n");
		head.append("Content-Length: ").append(length).append("\r\n");
		head.append("Connection: close\r\n");
		headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
		return head.append("\r\n").toString();
	}

	private static Answer read(Socket socket, long deadline) throws IOException {
		InputStream in = socket.getInputStream();
		ByteArrayOutputStream head = new ByteArrayOutputStream();
		byte[] buffer = new byte[1024];
		int end = -1;
		while (end < 0) {
			socket.setSoTimeout(remaining(deadline));
			int read = in.read(buffer);
			if (read < 0) {
				throw new IOException("connection closed before the answer's head");
			}
			head.write(buffer, 0, read);
			end = endOfHead(head.toByteArray());
			if (end < 0 && head.size() > MAX_HEAD_BYTES) {
				throw new IOException("answer head too long");
			}
		}
		byte[] bytes = head.toByteArray();
		String text = new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
		String[] lines = text.split("\r\n");
		String[] status = lines[0].split(" ", 3);
		if (status.length < 2 || !status[0].startsWith("HTTP/") || !status[1].matches("\\d{3}")) {
			throw new IOException("not an HTTP answer");
		}
		Duration retryAfter = null;
		long contentLength = 0;
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			if (colon <= 0) {
				continue;
			}
			String name = lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT);
			String value = lines[i].substring(colon + 1).trim();
			if (name.equals("retry-after") && value.matches("\\d{1,9}")) {
				retryAfter = Duration.ofSeconds(Long.parseLong(value));
			}
			else if (name.equals("content-length") && value.matches("\\d{1,12}")) {
				contentLength = Long.parseLong(value);
			}
		}
		long toRead = Math.min(contentLength, MAX_BODY_BYTES) - (bytes.length - end - 4);
		while (toRead > 0) {
			socket.setSoTimeout(remaining(deadline));
			int read = in.read(buffer, 0, (int) Math.min(buffer.length, toRead));
			if (read < 0) {
				break;
			}
			toRead -= read;
		}
		return new Answer(Integer.parseInt(status[1]), retryAfter);
	}

	private static int endOfHead(byte[] bytes) {
		for (int i = 0; i + 3 < bytes.length; i++) {
			if (bytes[i] == '\r' && bytes[i + 1] == '\n' && bytes[i + 2] == '\r' && bytes[i + 3] == '\n') {
				return i;
			}
		}
		return -1;
	}

	private static int remaining(long deadline) throws SocketTimeoutException {
		long left = deadline - System.nanoTime();
		if (left <= 0) {
			throw new SocketTimeoutException("the receiver took too long");
		}
		return millis(left);
	}

	private static int millis(long nanos) {
		return (int) Math.max(1, Math.min(Integer.MAX_VALUE, nanos / 1_000_000));
	}

}
