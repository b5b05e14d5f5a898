package io.archfit.export;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.Set;

import io.archfit.assessment.TitleAndDescription;
import io.archfit.catalogue.Catalogue;
import io.archfit.evaluation.AnswerValidator;
import io.archfit.evaluation.Answers;
import io.archfit.evaluation.CostAssumptions;
import io.archfit.evaluation.FieldProblem;
import io.archfit.evaluation.InvalidAnswersException;
import io.archfit.evaluation.InvalidAssumptionsException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an exported assessment document and checks everything in it as the API does:
 * schema version, title, description, answers, priorities and assumptions. It never
 * throws anything but {@link InvalidImportException}, which lists every problem; nothing
 * is stored here.
 */
public final class ImportParser {

	/** The schema version this parser reads and {@code JsonExport} writes. */
	public static final int SCHEMA_VERSION = 1;

	/** Fields that an export carries for information; an import does not restore them. */
	private static final Set<String> INFORMATIONAL = Set.of("exportedAt", "revision", "catalogueVersion", "status",
			"recommended", "decision", "comments", "votes", "viewUrl", "cost");

	private static final Set<String> KNOWN = Set.of("schemaVersion", "title", "description", "answers", "priorities",
			"assumptions");

	private static final JsonMapper MAPPER = JsonMapper
		.builder(JsonFactory.builder()
			.streamReadConstraints(StreamReadConstraints.builder()
				.maxNestingDepth(16)
				.maxStringLength(20_000)
				.maxNumberLength(40)
				.maxDocumentLength(1_000_000)
				.build())
			.build())
		// floats as exact decimals: 1e400 stays a (too large) number instead of becoming
		// Infinity, which no later step could read
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build();

	private static final AnswerValidator VALIDATOR = new AnswerValidator();

	private ImportParser() {
	}

	/** What an import creates: a new assessment with these contents and new links. */
	public record Imported(String title, String description, Answers answers, List<String> priorities,
			Map<String, Object> assumptions) {

	}

	public static Imported parse(Catalogue catalogue, String json) {
		JsonNode root;
		try {
			root = MAPPER.readTree((json != null) ? json : "");
		}
		catch (JacksonException | IllegalArgumentException ex) {
			throw new InvalidImportException(List.of(new FieldProblem("body", "malformedJson", List.of())));
		}
		if (root == null || !root.isObject()) {
			throw new InvalidImportException(List.of(new FieldProblem("body", "notAnObject", List.of())));
		}
		List<FieldProblem> problems = new ArrayList<>();
		for (String name : root.propertyNames()) {
			if (!KNOWN.contains(name) && !INFORMATIONAL.contains(name)) {
				problems.add(new FieldProblem(name, "unknownField", List.of()));
			}
		}
		JsonNode version = root.get("schemaVersion");
		if (version == null || !version.isIntegralNumber()
				|| !version.bigIntegerValue().equals(BigInteger.valueOf(SCHEMA_VERSION))) {
			problems.add(new FieldProblem("schemaVersion", "unsupportedSchemaVersion", List.of(SCHEMA_VERSION)));
		}
		String title = title(root, "", problems);
		String description = description(root, "", problems);
		Answers answers = answers(catalogue, root.get("answers"), "", problems);
		List<String> priorities = priorities(catalogue, root.get("priorities"), "", problems);
		Map<String, Object> assumptions = assumptions(root.get("assumptions"), "", problems);
		if (!problems.isEmpty()) {
			throw new InvalidImportException(problems);
		}
		return new Imported(title, description, answers, priorities, assumptions);
	}

	/**
	 * The {@code title} of {@code parent}, checked by the one title rule
	 * ({@link TitleAndDescription}).
	 */
	static String title(JsonNode parent, String prefix, List<FieldProblem> problems) {
		return checked(parent, "title", prefix, (value) -> TitleAndDescription.titleProblem(value, true), problems);
	}

	/** The {@code description} of {@code parent}, checked by the one description rule. */
	static String description(JsonNode parent, String prefix, List<FieldProblem> problems) {
		return checked(parent, "description", prefix, TitleAndDescription::descriptionProblem, problems);
	}

	/**
	 * A text field checked by {@code rule} (which says whether an empty one is allowed);
	 * null when absent, empty or wrong; problems named {@code prefix + field}.
	 */
	private static String checked(JsonNode parent, String name, String prefix,
			Function<String, Optional<FieldProblem>> rule, List<FieldProblem> problems) {
		JsonNode node = parent.get(name);
		if (node != null && !node.isNull() && !node.isString()) {
			problems.add(new FieldProblem(prefix + name, "wrongType", List.of()));
			return null;
		}
		String value = TitleAndDescription.stripped((node != null && !node.isNull()) ? node.asString() : null);
		Optional<FieldProblem> problem = rule.apply(value);
		problem.ifPresent((p) -> problems.add(new FieldProblem(prefix + p.field(), p.code(), p.args())));
		return (problem.isPresent() || value.isEmpty()) ? null : value;
	}

	/**
	 * A text field of {@code parent}: trimmed, at most {@code max} characters, line
	 * breaks and tabs the only control characters; problems named {@code prefix + field}.
	 */
	static String text(JsonNode parent, String name, String prefix, int max, boolean required,
			List<FieldProblem> problems) {
		String field = prefix + name;
		JsonNode node = parent.get(name);
		if (node == null || node.isNull()) {
			if (required) {
				problems.add(new FieldProblem(field, "required", List.of()));
			}
			return null;
		}
		if (!node.isString()) {
			problems.add(new FieldProblem(field, "wrongType", List.of()));
			return null;
		}
		String value = node.asString().strip();
		if (value.isEmpty()) {
			if (required) {
				problems.add(new FieldProblem(field, "required", List.of()));
			}
			return null;
		}
		if (value.length() > max) {
			problems.add(new FieldProblem(field, "tooLong", List.of(max)));
			return null;
		}
		if (value.chars().anyMatch((c) -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
			problems.add(new FieldProblem(field, "controlCharacters", List.of()));
			return null;
		}
		return value;
	}

	/**
	 * Answers checked against the catalogue; problems named {@code prefix + answers…}.
	 */
	static Answers answers(Catalogue catalogue, JsonNode node, String prefix, List<FieldProblem> problems) {
		if (node == null || node.isNull()) {
			return Answers.empty();
		}
		if (!node.isObject()) {
			problems.add(new FieldProblem(prefix + "answers", "wrongType", List.of()));
			return Answers.empty();
		}
		Map<String, Object> raw = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> entry : node.properties()) {
			JsonNode value = entry.getValue();
			if (value.isString()) {
				raw.put(entry.getKey(), value.asString());
			}
			else if (value.isNumber()) {
				raw.put(entry.getKey(), value.decimalValue());
			}
			else if (!value.isNull()) {
				problems.add(new FieldProblem(prefix + "answers." + entry.getKey(), "wrongType", List.of()));
			}
		}
		try {
			return VALIDATOR.parse(catalogue, raw);
		}
		catch (InvalidAnswersException ex) {
			ex.problems().forEach((p) -> problems.add(new FieldProblem(prefix + p.field(), p.code(), p.args())));
			return Answers.empty();
		}
	}

	/** Priorities checked against the catalogue; problems named {@code prefix + …}. */
	static List<String> priorities(Catalogue catalogue, JsonNode node, String prefix, List<FieldProblem> problems) {
		if (node == null || node.isNull()) {
			return List.of();
		}
		if (!node.isArray()) {
			problems.add(new FieldProblem(prefix + "priorities", "wrongType", List.of()));
			return List.of();
		}
		if (node.size() > 14) {
			problems.add(new FieldProblem(prefix + "priorities", "tooMany", List.of(AnswerValidator.MAX_PRIORITIES)));
			return List.of();
		}
		List<Object> raw = new ArrayList<>();
		node.forEach((item) -> raw.add(item.isString() ? item.asString() : item.toString()));
		try {
			return VALIDATOR.validatePriorities(catalogue, raw);
		}
		catch (InvalidAnswersException ex) {
			ex.problems().forEach((p) -> problems.add(new FieldProblem(prefix + p.field(), p.code(), p.args())));
			return List.of();
		}
	}

	/**
	 * Cost assumptions, those that differ from the defaults; problems named
	 * {@code prefix + assumptions…}.
	 */
	static Map<String, Object> assumptions(JsonNode node, String prefix, List<FieldProblem> problems) {
		if (node == null || node.isNull()) {
			return Map.of();
		}
		if (!node.isObject()) {
			problems.add(new FieldProblem(prefix + "assumptions", "wrongType", List.of()));
			return Map.of();
		}
		Map<String, Object> raw = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> entry : node.properties()) {
			JsonNode value = entry.getValue();
			raw.put(entry.getKey(), value.isNumber() ? value.decimalValue()
					: value.isString() ? value.asString() : value.isNull() ? null : value.toString());
		}
		try {
			CostAssumptions parsed = CostAssumptions.fromMap(raw);
			Map<String, Object> changed = new LinkedHashMap<>();
			Map<String, Object> all = parsed.toFullMap();
			parsed.changedFromDefaults().forEach((name) -> changed.put(name, all.get(name)));
			return changed;
		}
		catch (InvalidAssumptionsException ex) {
			ex.getProblems().forEach((p) -> problems.add(new FieldProblem(prefix + p.field(), p.code(), p.args())));
			return Map.of();
		}
	}

}
