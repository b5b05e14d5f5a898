package io.archfit.export;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.archfit.evaluation.FieldProblem;
import io.archfit.review.ReviewInput;
import io.archfit.review.ReviewProblem;
import tools.jackson.databind.JsonNode;

/**
 * The fields of an archive read one by one: arrays, whole numbers, times and texts of the
 * expected type and size, unknown fields, each problem collected under its JSON path
 * instead of stopping at the first.
 */
final class ArchiveFields {

	private final List<FieldProblem> problems = new ArrayList<>();

	/** Every problem named so far, in the order found. */
	List<FieldProblem> problems() {
		return this.problems;
	}

	List<JsonNode> array(JsonNode parent, String name, String at, int max, boolean required) {
		JsonNode node = parent.get(name);
		if (node == null || node.isNull()) {
			if (required) {
				problem(at + name, "required");
			}
			return List.of();
		}
		if (!node.isArray()) {
			problem(at + name, "wrongType");
			return List.of();
		}
		if (node.size() > max) {
			problem(at + name, "tooManyItems", max);
			return List.of();
		}
		List<JsonNode> items = new ArrayList<>();
		node.forEach(items::add);
		return items;
	}

	int integer(JsonNode parent, String name, String at, int absent, int min, int max) {
		JsonNode node = parent.get(name);
		if (node == null || node.isNull()) {
			if (absent < 0) {
				problem(at + name, "required");
			}
			return absent;
		}
		if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < min || node.intValue() > max) {
			problem(at + name, "outOfRange", min, max);
			return -1;
		}
		return node.intValue();
	}

	Instant time(JsonNode parent, String name, String at, Instant absent) {
		JsonNode node = parent.get(name);
		if (node == null || node.isNull()) {
			return absent;
		}
		if (node.isString() && node.asString().length() <= 40) {
			try {
				return Instant.parse(node.asString());
			}
			catch (DateTimeParseException ex) {
				// named below
			}
		}
		problem(at + name, "notATime");
		return absent;
	}

	/** A text a review rule checks; wrong types named here, null as absent. */
	String string(JsonNode parent, String name, String at) {
		JsonNode node = parent.get(name);
		if (node == null || node.isNull()) {
			return null;
		}
		if (!node.isString()) {
			problem(at + name, "wrongType");
			return "";
		}
		return node.asString();
	}

	void review(ReviewInput input) {
		for (ReviewProblem problem : input.problems()) {
			this.problems.add(new FieldProblem(problem.field(), problem.code(), problem.args()));
		}
	}

	void unknownFields(JsonNode node, Set<String> known, String at) {
		for (String name : node.propertyNames()) {
			if (!known.contains(name)) {
				problem(at + name, "unknownField");
			}
		}
	}

	void problem(String field, String code, Object... args) {
		this.problems.add(new FieldProblem(field, code, List.of(args)));
	}

}
