package io.archfit.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The corpus of public cases ({@code evidence/cases.json}), and the fixed rule that holds
 * a quarter of it out of tuning: a case is held out when the first byte of the SHA-256
 * digest of its id is below 64 (see {@code docs/calibration.md}).
 */
public final class CaseCorpus {

	/** Class path location of the corpus. */
	public static final String RESOURCE = "evidence/cases.json";

	private final List<EvidenceCase> cases;

	public CaseCorpus(List<EvidenceCase> cases) {
		this.cases = List.copyOf(cases);
	}

	/** Reads the corpus from the class path. */
	public static CaseCorpus load() {
		try (InputStream in = CaseCorpus.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing from the class path");
			}
			return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static CaseCorpus parse(String json) {
		JsonNode root = JsonMapper.builder().build().readTree(json);
		List<EvidenceCase> cases = new ArrayList<>();
		for (JsonNode node : root.get("cases")) {
			JsonNode source = node.get("source");
			Map<String, String> answers = new LinkedHashMap<>();
			for (Map.Entry<String, JsonNode> answer : node.get("answers").properties()) {
				JsonNode value = answer.getValue();
				answers.put(answer.getKey(), value.isNumber() ? plain(value) : value.asString());
			}
			List<String> inferred = new ArrayList<>();
			node.get("inferred").forEach((trait) -> inferred.add(trait.asString()));
			cases.add(new EvidenceCase(node.get("id").asString(), node.get("title").asString(),
					new EvidenceCase.Source(text(source, "author"), text(source, "publisher"), text(source, "title"),
							source.get("year").asInt(), text(source, "url")),
					answers, inferred, node.get("concluded").asString(), node.get("why").asString(),
					node.has("trap") ? node.get("trap").asString() : null));
		}
		return new CaseCorpus(cases);
	}

	private static String text(JsonNode node, String field) {
		return node.has(field) ? node.get(field).asString() : null;
	}

	private static String plain(JsonNode number) {
		return number.isIntegralNumber() ? Long.toString(number.asLong()) : number.decimalValue().toPlainString();
	}

	/** Every case, in corpus order. */
	public List<EvidenceCase> cases() {
		return this.cases;
	}

	/** The cases rules are tuned on. */
	public List<EvidenceCase> tuning() {
		return this.cases.stream().filter((c) -> !isHeldOut(c.id())).toList();
	}

	/** The cases kept for measuring only. */
	public List<EvidenceCase> heldOut() {
		return this.cases.stream().filter((c) -> isHeldOut(c.id())).toList();
	}

	/**
	 * Whether a case id is held out of tuning: the first byte of SHA-256(id) is below 64.
	 */
	public static boolean isHeldOut(String id) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
			return (digest[0] & 0xff) < 64;
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
