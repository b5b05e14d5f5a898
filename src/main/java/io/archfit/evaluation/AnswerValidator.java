package io.archfit.evaluation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.archfit.catalogue.Catalogue;
import io.archfit.catalogue.Trait;
import io.archfit.catalogue.TraitType;

/**
 * Turns submitted answers and priorities (as they come from JSON or a form) into
 * canonical {@link Answers}, or reports every problem at once.
 * <p>
 * Choice traits take an option id. Numeric traits take a number or a numeric string; the
 * canonical form is plain decimal ({@code "5000000"}, {@code "2.5"}), integers without a
 * fraction. {@code null}, an empty or a blank string mean "not sure". The validator is
 * stateless and thread-safe.
 */
public final class AnswerValidator {

	/** At most this many priorities may be picked. */
	public static final int MAX_PRIORITIES = 3;

	/** Decimal places kept for {@code number} traits. */
	static final int DECIMALS = 6;

	private static final int MAX_TEXT = 40;

	private static final int MAX_ECHO = 60;

	/**
	 * Checks the answers against the catalogue.
	 * @param catalogue the catalogue the answers are for
	 * @param raw trait id to value; may be null (no answers)
	 * @return the canonical answers, unanswered traits left out
	 * @throws InvalidAnswersException listing every problem, field
	 * {@code answers.<trait>}
	 */
	public Answers parse(Catalogue catalogue, Map<String, ?> raw) {
		if (raw == null || raw.isEmpty()) {
			return Answers.empty();
		}
		List<FieldProblem> problems = new ArrayList<>();
		Map<String, String> values = new LinkedHashMap<>();
		for (Map.Entry<String, ?> entry : raw.entrySet()) {
			String key = entry.getKey();
			String field = "answers." + echo(String.valueOf(key));
			Trait trait = (key != null) ? catalogue.trait(key).orElse(null) : null;
			if (trait == null) {
				problems.add(new FieldProblem(field, "unknownTrait", List.of(echo(String.valueOf(key)))));
				continue;
			}
			Object value = entry.getValue();
			if (value == null || (value instanceof CharSequence text && text.toString().isBlank())) {
				continue;
			}
			String canonical = trait.isChoice() ? choice(trait, value, field, problems)
					: number(trait, value, field, problems);
			if (canonical != null) {
				values.put(trait.id(), canonical);
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidAnswersException(problems);
		}
		return Answers.of(values);
	}

	/**
	 * Checks the priorities: known criterion ids, at most {@value #MAX_PRIORITIES}, no
	 * duplicates.
	 * @param catalogue the catalogue the priorities are for
	 * @param raw the picked criterion ids; may be null (none)
	 * @return the priorities, in the order given
	 * @throws InvalidAnswersException listing every problem, fields {@code priorities}
	 * and {@code priorities[i]}
	 */
	public List<String> validatePriorities(Catalogue catalogue, List<?> raw) {
		if (raw == null || raw.isEmpty()) {
			return List.of();
		}
		List<FieldProblem> problems = new ArrayList<>();
		List<String> priorities = new ArrayList<>();
		if (raw.size() > MAX_PRIORITIES) {
			problems.add(new FieldProblem("priorities", "tooMany", List.of(MAX_PRIORITIES, raw.size())));
		}
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < raw.size(); i++) {
			String field = "priorities[" + i + "]";
			Object value = raw.get(i);
			if (!(value instanceof CharSequence)) {
				problems.add(new FieldProblem(field, "wrongType", List.of("criterion", typeName(value))));
				continue;
			}
			String id = value.toString().trim();
			if (catalogue.criterion(id).isEmpty()) {
				problems.add(new FieldProblem(field, "unknownCriterion", List.of(echo(id))));
			}
			else if (!seen.add(id)) {
				problems.add(new FieldProblem(field, "duplicate", List.of(id)));
			}
			else {
				priorities.add(id);
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidAnswersException(problems);
		}
		return List.copyOf(priorities);
	}

	private static String choice(Trait trait, Object value, String field, List<FieldProblem> problems) {
		if (!(value instanceof CharSequence)) {
			problems.add(new FieldProblem(field, "wrongType", List.of("option", typeName(value))));
			return null;
		}
		String option = value.toString().trim();
		if (!trait.options().contains(option)) {
			problems.add(new FieldProblem(field, "unknownOption", List.of(echo(option), trait.options())));
			return null;
		}
		return option;
	}

	private static String number(Trait trait, Object value, String field, List<FieldProblem> problems) {
		BigDecimal number = toDecimal(value);
		if (number == null) {
			String code = (value instanceof Number || value instanceof CharSequence) ? "notANumber" : "wrongType";
			List<Object> args = code.equals("wrongType") ? List.of("number", typeName(value))
					: List.of(echo(String.valueOf(value)));
			problems.add(new FieldProblem(field, code, args));
			return null;
		}
		BigDecimal min = BigDecimal.valueOf(trait.min());
		BigDecimal max = BigDecimal.valueOf(trait.max());
		boolean integer = trait.type() == TraitType.INTEGER;
		if (integer && !isWhole(number)) {
			problems.add(new FieldProblem(field, "notAnInteger", List.of(echo(String.valueOf(value)))));
			return null;
		}
		if (number.compareTo(min) < 0 || number.compareTo(max) > 0) {
			problems.add(new FieldProblem(field, "outOfRange", List.of(plain(min), plain(max))));
			return null;
		}
		if (integer) {
			return number.toBigInteger().toString();
		}
		return plain(number.setScale(DECIMALS, RoundingMode.HALF_UP));
	}

	/** The number a value stands for, or null when it is none (NaN, text, …). */
	private static BigDecimal toDecimal(Object value) {
		if (value instanceof BigDecimal decimal) {
			return absurd(decimal) ? null : decimal;
		}
		if (value instanceof BigInteger integer) {
			return new BigDecimal(integer);
		}
		if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
			return BigDecimal.valueOf(((Number) value).longValue());
		}
		if (value instanceof Double || value instanceof Float) {
			double number = ((Number) value).doubleValue();
			return Double.isFinite(number) ? BigDecimal.valueOf(number) : null;
		}
		if (value instanceof Number || value instanceof CharSequence) {
			String text = value.toString().trim();
			if (text.isEmpty() || text.length() > MAX_TEXT) {
				return null;
			}
			try {
				BigDecimal number = new BigDecimal(text);
				return absurd(number) ? null : number;
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}
		return null;
	}

	/** An exponent (1e999999999) to keep away from later arithmetic. */
	private static boolean absurd(BigDecimal number) {
		return Math.abs((long) number.scale()) > 1000;
	}

	private static boolean isWhole(BigDecimal number) {
		return number.signum() == 0 || number.stripTrailingZeros().scale() <= 0;
	}

	static String plain(BigDecimal number) {
		BigDecimal stripped = number.stripTrailingZeros();
		return (stripped.signum() == 0) ? "0" : stripped.toPlainString();
	}

	private static String typeName(Object value) {
		if (value == null) {
			return "null";
		}
		if (value instanceof Boolean) {
			return "boolean";
		}
		if (value instanceof Number) {
			return "number";
		}
		if (value instanceof CharSequence) {
			return "string";
		}
		if (value instanceof Map) {
			return "object";
		}
		if (value instanceof Iterable || value.getClass().isArray()) {
			return "array";
		}
		return "value";
	}

	private static String echo(String text) {
		return (text.length() <= MAX_ECHO) ? text : text.substring(0, MAX_ECHO) + "…";
	}

}
