package io.archfit.integration;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Which webhook URLs pass, with names resolved by a fixed table (no network): https on
 * public addresses always; loopback and private addresses, and plain http to them, only
 * when private addresses are allowed; link-local, metadata and reserved addresses never,
 * also when a name resolves to one among public ones or hides one inside an IPv6 address.
 */
class AddressPolicyTests {

	static final Map<String, String[]> DNS = Map.of("hooks.example.com", new String[] { "203.0.113.10" }, "localhost",
			new String[] { "127.0.0.1", "::1" }, "rebind.example.com",
			new String[] { "203.0.113.11", "169.254.169.254" }, "intranet.example.com", new String[] { "10.1.2.3" });

	static InetAddress[] resolve(String host) throws UnknownHostException {
		String[] addresses = DNS.get(host);
		if (addresses == null) {
			if (host.chars().allMatch((c) -> Character.isDigit(c) || c == '.' || c == ':' || (c >= 'a' && c <= 'f'))) {
				return new InetAddress[] { InetAddress.getByName(host) };
			}
			throw new UnknownHostException(host);
		}
		InetAddress[] resolved = new InetAddress[addresses.length];
		for (int i = 0; i < addresses.length; i++) {
			resolved[i] = InetAddress.getByName(addresses[i]);
		}
		return resolved;
	}

	final AddressPolicy strict = new AddressPolicy(false, AddressPolicyTests::resolve);

	final AddressPolicy onPremises = new AddressPolicy(true, AddressPolicyTests::resolve);

	@ParameterizedTest
	@CsvSource({ "https://127.0.0.1/hook, webhookPrivateAddress", "https://localhost:8443/x, webhookPrivateAddress",
			"https://10.0.0.5/x, webhookPrivateAddress", "https://172.16.9.1/x, webhookPrivateAddress",
			"https://192.168.1.1/x, webhookPrivateAddress", "https://100.64.0.1/x, webhookPrivateAddress",
			"https://[fd12:3456::1]/x, webhookPrivateAddress", "https://[::1]/x, webhookPrivateAddress",
			"https://intranet.example.com/x, webhookPrivateAddress",
			"https://169.254.169.254/latest/meta-data, webhookForbiddenAddress",
			"https://[fd00:ec2::254]/x, webhookForbiddenAddress", "https://169.254.1.1/x, webhookForbiddenAddress",
			"https://[fe80::1]/x, webhookForbiddenAddress", "https://0.0.0.0/x, webhookForbiddenAddress",
			"https://224.0.0.1/x, webhookForbiddenAddress", "https://100.100.100.200/x, webhookForbiddenAddress",
			"https://[::ffff:169.254.169.254]/x, webhookForbiddenAddress",
			"https://[::ffff:127.0.0.1]/x, webhookPrivateAddress",
			"https://[64:ff9b::a9fe:a9fe]/x, webhookForbiddenAddress",
			"https://rebind.example.com/x, webhookForbiddenAddress", "http://hooks.example.com/x, webhookHttps",
			"ftp://hooks.example.com/x, webhookUrlInvalid", "https://user:pw@hooks.example.com/x, webhookUserInfo",
			"hooks.example.com/x, webhookUrlInvalid", "https://nowhere.invalid/x, webhookUnresolvable",
			"'https://hooks.example.com/a b', webhookUrlInvalid",
			"'https://hooks.example.com/\r\nX: y', webhookUrlInvalid" })
	void refusedByDefault(String url, String code) {
		assertThatThrownBy(() -> this.strict.check(url)).isInstanceOf(AddressPolicy.Refused.class)
			.extracting((ex) -> ((AddressPolicy.Refused) ex).code())
			.isEqualTo(code);
	}

	@Test
	void publicHttpsPassesAndConnectsToTheAddressThatWasChecked() throws Exception {
		AddressPolicy.Target target = this.strict.check("https://hooks.example.com/in?channel=a");
		assertThat(target.https()).isTrue();
		assertThat(target.port()).isEqualTo(443);
		assertThat(target.host()).isEqualTo("hooks.example.com");
		assertThat(target.addresses()).extracting(InetAddress::getHostAddress).containsExactly("203.0.113.10");
		assertThat(this.strict.check("HTTPS://203.0.113.5:8443/x").port()).isEqualTo(8443);
	}

	@ParameterizedTest
	@CsvSource({ "http://127.0.0.1:9000/hook", "http://localhost/x", "https://10.0.0.5/x", "http://[::1]:8080/x",
			"http://intranet.example.com/x" })
	void privateAddressesAndPlainHttpToThemPassWhenAllowed(String url) throws Exception {
		assertThat(this.onPremises.check(url).addresses()).isNotEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "https://169.254.169.254/x, webhookForbiddenAddress",
			"http://[fd00:ec2::254]/x, webhookForbiddenAddress", "http://hooks.example.com/x, webhookHttps",
			"http://rebind.example.com/x, webhookForbiddenAddress" })
	void metadataLinkLocalAndPlainHttpToPublicAddressesStayRefusedWhenPrivateAreAllowed(String url, String code) {
		assertThatThrownBy(() -> this.onPremises.check(url)).isInstanceOf(AddressPolicy.Refused.class)
			.extracting((ex) -> ((AddressPolicy.Refused) ex).code())
			.isEqualTo(code);
	}

}
