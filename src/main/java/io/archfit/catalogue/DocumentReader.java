package io.archfit.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the fields of a catalogue document and collects every problem instead of stopping
 * at the first. The readers of each part ({@link StructureReader}, {@link RuleReader} …)
 * share one.
 */
final class DocumentReader {

	/** Ids: letters, digits and '-', at most {@value CatalogueLimits#ID_CHARS} long. */
	static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0," + (CatalogueLimits.ID_CHARS - 1) + "}");

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private final List<CatalogueProblem> problems = new ArrayList<>();

	List<CatalogueProblem> problems() {
		return this.problems;
	}

	void problem(Where where, String what) {
		this.problems.add(new CatalogueProblem(where.path(), where.label(), what));
	}

	void allowOnly(JsonNode node, Where where, String... names) {
		Set<String> allowed = Set.of(names);
		for (String name : node.propertyNames()) {
			if (!allowed.contains(name)) {
				problem(where, "unknown field '" + name + "'");
			}
		}
	}

	String id(JsonNode node, Where where) {
		String id = text(node, "id", where);
		if (id != null && !ID.matcher(id).matches()) {
			problem(where, "id '" + shortened(id) + "' must use letters, digits and '-' only, at most "
					+ CatalogueLimits.ID_CHARS + " of them");
		}
		return id;
	}

	String text(JsonNode node, String name, Where where) {
		JsonNode value = node.get(name);
		if (value == null || value.isNull()) {
			problem(where, "missing '" + name + "'");
			return null;
		}
		if (!value.isString() || value.asString().isBlank()) {
			problem(where, "'" + name + "' must be a non-blank string");
			return null;
		}
		if (hasControlCharacters(value.asString())) {
			problem(where, "'" + name + "' must not contain control characters");
			return null;
		}
		return value.asString();
	}

	double number(JsonNode node, String name, Where where) {
		Double value = optionalNumber(node, name, where);
		if (value == null) {
			problem(where, "missing '" + name + "'");
			return 0;
		}
		return value;
	}

	Double optionalNumber(JsonNode node, String name, Where where) {
		JsonNode value = node.get(name);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isNumber() || !Double.isFinite(value.asDouble())) {
			problem(where, "'" + name + "' must be a number");
			return null;
		}
		return value.asDouble();
	}

	List<String> strings(JsonNode node, String name, Where where) {
		List<String> values = new ArrayList<>();
		JsonNode array = array(node, name, where);
		for (int i = 0; i < array.size(); i++) {
			if (!array.get(i).isString()) {
				problem(where.field(name).index(i), "must be a string");
				continue;
			}
			values.add(array.get(i).asString());
		}
		return values;
	}

	/** Reference ids cited in field {@code sources}, at least one, each known. */
	List<String> sources(JsonNode node, Where where, Set<String> known) {
		return citations(node, "sources", where, known);
	}

	/** Reference ids cited in a field, at least one, each known. */
	List<String> citations(JsonNode node, String field, Where where, Set<String> known) {
		List<String> ids = strings(node, field, where);
		if (ids.isEmpty() && has(node, field)) {
			problem(where.field(field), "must cite at least one reference");
		}
		for (String id : ids) {
			if (!known.contains(id)) {
				problem(where.field(field), "unknown reference '" + id + "'");
			}
		}
		return ids;
	}

	JsonNode array(JsonNode node, String name, Where where) {
		JsonNode value = node.get(name);
		if (value == null || value.isNull()) {
			problem(where, "missing '" + name + "'");
			return MAPPER.createArrayNode();
		}
		if (!value.isArray()) {
			problem(where, "'" + name + "' must be a list");
			return MAPPER.createArrayNode();
		}
		return value;
	}

	JsonNode object(JsonNode node, String name, Where where) {
		JsonNode value = node.get(name);
		if (value == null || value.isNull()) {
			problem(where, "missing '" + name + "'");
			return MAPPER.createObjectNode();
		}
		if (!value.isObject()) {
			problem(where, "'" + name + "' must be an object");
			return MAPPER.createObjectNode();
		}
		return value;
	}

	/**
	 * A list no longer than {@code most}, else a problem (the first {@code most} are
	 * read).
	 */
	void atMost(JsonNode array, int most, Where where, String what) {
		if (array.size() > most) {
			problem(where, "at most " + most + " " + what + " are allowed, not " + array.size());
		}
	}

	/** A text as quoted in a problem: at most 40 characters of it. */
	static String shortened(String text) {
		return (text.length() > 40) ? text.substring(0, 40) + "…" : text;
	}

	static boolean hasControlCharacters(String text) {
		return text.chars().anyMatch(Character::isISOControl);
	}

	static boolean has(JsonNode node, String name) {
		return node.has(name) && !node.get(name).isNull();
	}

}
