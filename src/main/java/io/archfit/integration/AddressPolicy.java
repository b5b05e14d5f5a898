package io.archfit.integration;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which URLs webhooks may be sent to, so that nobody can make ArchFit call into the
 * network it runs in (server-side request forgery). A URL must be {@code https} on a
 * public address. Loopback and private addresses (RFC 1918, carrier-grade NAT, IPv6
 * unique local) are refused unless private addresses are allowed, and then also plain
 * {@code http} to them; link-local, cloud metadata, multicast and reserved addresses are
 * always refused. The host is resolved and every address it has must pass: when the URL
 * is added and again before each attempt, which then connects to an address that passed.
 */
final class AddressPolicy {

	/** The longest URL taken. */
	static final int URL_MAX = 2000;

	/** Metadata services of cloud providers, refused whatever the settings. */
	private static final Set<String> METADATA = Set.of("169.254.169.254", "100.100.100.200", "192.0.0.192",
			"fd00:ec2:0:0:0:0:0:254");

	/** What kind of address a host has. */
	enum Kind {

		PUBLIC, PRIVATE, FORBIDDEN

	}

	/** A URL refused, with the problem's code. */
	static final class Refused extends Exception {

		private final String code;

		Refused(String code) {
			super(code, null, false, false);
			this.code = code;
		}

		String code() {
			return this.code;
		}

	}

	/** Resolves a host name to its addresses (the system's resolver, or a test's). */
	interface Resolver {

		InetAddress[] resolve(String host) throws UnknownHostException;

	}

	/**
	 * A URL that passed: where to connect (every address passed) and what to say.
	 *
	 * @param uri the URL, in ASCII
	 * @param host the host name or address literal, without brackets
	 * @param port the port
	 * @param https whether to speak TLS
	 * @param addresses the host's addresses, all allowed
	 */
	record Target(URI uri, String host, int port, boolean https, List<InetAddress> addresses) {

		/** Whether the host is an address literal rather than a name. */
		boolean literal() {
			return this.uri.getHost().startsWith("[")
					|| this.host.chars().allMatch((c) -> c == '.' || Character.isDigit(c));
		}

	}

	private final boolean allowPrivate;

	private final Resolver resolver;

	AddressPolicy(boolean allowPrivate, Resolver resolver) {
		this.allowPrivate = allowPrivate;
		this.resolver = resolver;
	}

	AddressPolicy(boolean allowPrivate) {
		this(allowPrivate, InetAddress::getAllByName);
	}

	/** Checks the URL's form and its host's addresses; throws {@link Refused}. */
	Target check(String url) throws Refused {
		URI uri = parse(url);
		boolean https = "https".equals(uri.getScheme());
		String host = uri.getHost();
		String bare = (host.startsWith("[") && host.endsWith("]")) ? host.substring(1, host.length() - 1) : host;
		InetAddress[] addresses;
		try {
			addresses = this.resolver.resolve(bare);
		}
		catch (UnknownHostException | SecurityException ex) {
			throw new Refused("webhookUnresolvable");
		}
		if (addresses == null || addresses.length == 0) {
			throw new Refused("webhookUnresolvable");
		}
		boolean allPrivate = true;
		for (InetAddress address : addresses) {
			Kind kind = classify(address);
			if (kind == Kind.FORBIDDEN) {
				throw new Refused("webhookForbiddenAddress");
			}
			if (kind == Kind.PRIVATE && !this.allowPrivate) {
				throw new Refused("webhookPrivateAddress");
			}
			allPrivate &= (kind == Kind.PRIVATE);
		}
		if (!https && !(this.allowPrivate && allPrivate)) {
			throw new Refused("webhookHttps");
		}
		int port = (uri.getPort() != -1) ? uri.getPort() : (https ? 443 : 80);
		return new Target(uri, bare, port, https, List.of(addresses));
	}

	/**
	 * The URL as an absolute {@code http} or {@code https} URI with a host and without
	 * user information; throws {@link Refused}.
	 */
	static URI parse(String url) throws Refused {
		if (url == null || url.isBlank()) {
			throw new Refused("required");
		}
		if (url.length() > URL_MAX) {
			throw new Refused("tooLong");
		}
		URI uri;
		try {
			uri = new URI(url.strip());
			uri = new URI(uri.toASCIIString());
		}
		catch (URISyntaxException ex) {
			throw new Refused("webhookUrlInvalid");
		}
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : null;
		if (!uri.isAbsolute() || uri.isOpaque() || !("https".equals(scheme) || "http".equals(scheme))) {
			throw new Refused("webhookUrlInvalid");
		}
		if (uri.getHost() == null || uri.getHost().isEmpty()) {
			throw new Refused("webhookUrlInvalid");
		}
		if (uri.getRawUserInfo() != null) {
			throw new Refused("webhookUserInfo");
		}
		if (!scheme.equals(uri.getScheme())) {
			try {
				uri = new URI(scheme + uri.toASCIIString().substring(scheme.length()));
			}
			catch (URISyntaxException ex) {
				throw new Refused("webhookUrlInvalid");
			}
		}
		return uri;
	}

	/** The kind of an address (see the class comment). */
	static Kind classify(InetAddress address) {
		if (METADATA.contains(address.getHostAddress())) {
			return Kind.FORBIDDEN;
		}
		if (address instanceof Inet6Address) {
			byte[] bytes = address.getAddress();
			InetAddress embedded = embeddedIpv4(bytes);
			if (embedded != null) {
				return classify(embedded);
			}
			if (address.isAnyLocalAddress() || address.isMulticastAddress() || address.isLinkLocalAddress()) {
				return Kind.FORBIDDEN;
			}
			if (address.isLoopbackAddress() || (bytes[0] & 0xfe) == 0xfc || address.isSiteLocalAddress()) {
				return Kind.PRIVATE;
			}
			return Kind.PUBLIC;
		}
		byte[] b = address.getAddress();
		int a0 = b[0] & 0xff;
		int a1 = b[1] & 0xff;
		int a2 = b[2] & 0xff;
		if ((a0 == 169 && a1 == 254) || a0 == 0 || a0 >= 224 || (a0 == 192 && a1 == 0 && a2 == 0)) {
			return Kind.FORBIDDEN;
		}
		if (a0 == 127 || a0 == 10 || (a0 == 172 && (a1 & 0xf0) == 16) || (a0 == 192 && a1 == 168)
				|| (a0 == 100 && (a1 & 0xc0) == 64) || (a0 == 198 && (a1 & 0xfe) == 18)) {
			return Kind.PRIVATE;
		}
		return Kind.PUBLIC;
	}

	/**
	 * The IPv4 address inside an IPv4-compatible ({@code ::a.b.c.d}), IPv4-mapped or
	 * NAT64 ({@code 64:ff9b::a.b.c.d}) IPv6 address, else null.
	 */
	private static InetAddress embeddedIpv4(byte[] bytes) {
		boolean zeros = Arrays.equals(Arrays.copyOf(bytes, 10), new byte[10]);
		boolean compatible = zeros && bytes[10] == 0 && bytes[11] == 0 && !allZeroOrOne(bytes);
		boolean mapped = zeros && (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff;
		boolean nat64 = (bytes[0] & 0xff) == 0 && (bytes[1] & 0xff) == 0x64 && (bytes[2] & 0xff) == 0xff
				&& (bytes[3] & 0xff) == 0x9b && Arrays.equals(Arrays.copyOfRange(bytes, 4, 12), new byte[8]);
		if (!compatible && !mapped && !nat64) {
			return null;
		}
		try {
			return Inet4Address.getByAddress(Arrays.copyOfRange(bytes, 12, 16));
		}
		catch (UnknownHostException ex) {
			return null;
		}
	}

	/** {@code ::} and {@code ::1}, which are not IPv4-compatible addresses. */
	private static boolean allZeroOrOne(byte[] bytes) {
		for (int i = 0; i < 15; i++) {
			if (bytes[i] != 0) {
				return false;
			}
		}
		return bytes[15] == 0 || bytes[15] == 1;
	}

}
