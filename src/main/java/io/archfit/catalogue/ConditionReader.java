package io.archfit.catalogue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * Reads conditions and the quantities they may test:
 * <ul>
 * <li>{@code {"trait": id, "anyOf": [options]}} for a choice trait;</li>
 * <li>{@code {"trait": id, "atLeast": n, "below": m}} for a numeric trait (either
 * bound);</li>
 * <li>{@code {"quantity": id, "atLeast": n, "below": m}} for a derived quantity;</li>
 * <li>{@code {"all": [conditions]}} and {@code {"any": [conditions]}}, nested at most
 * {@value CatalogueLimits#CONDITION_DEPTH} deep.</li>
 * </ul>
 * A quantity is {@code {"id", "factor"?, "terms": [{"trait", "power"?: 1 | -1, "values"?:
 * {option: number}}]}}.
 */
final class ConditionReader {

	private final DocumentReader in;

	private final Map<String, Trait> traits;

	private final Map<String, Quantity> quantities = new LinkedHashMap<>();

	ConditionReader(DocumentReader in, Map<String, Trait> traits) {
		this.in = in;
		this.traits = traits;
	}

	List<Quantity> readQuantities(JsonNode root) {
		if (!DocumentReader.has(root, "quantities")) {
			return List.of();
		}
		JsonNode array = this.in.array(root, "quantities", Where.DOCUMENT);
		this.in.atMost(array, CatalogueLimits.QUANTITIES, Where.DOCUMENT.field("quantities"), "quantities");
		for (int i = 0; i < array.size(); i++) {
			JsonNode node = array.get(i);
			Where where = Where.DOCUMENT.element("quantities", i, node);
			if (!node.isObject()) {
				this.in.problem(where, "must be an object");
				continue;
			}
			this.in.allowOnly(node, where, "id", "factor", "terms");
			String id = this.in.id(node, where);
			Double factor = this.in.optionalNumber(node, "factor", where);
			if (factor != null && !(factor > 0)) {
				this.in.problem(where, "factor must be above 0");
			}
			List<Quantity.Term> terms = readTerms(node, where);
			if (id != null && this.traits.containsKey(id)) {
				this.in.problem(where, "quantity id '" + id + "' is already a trait id");
			}
			if (id != null && this.quantities.putIfAbsent(id,
					new Quantity(id, (factor != null && factor > 0) ? factor : 1.0, terms)) != null) {
				this.in.problem(where, "duplicate quantity id '" + id + "'");
			}
		}
		return List.copyOf(this.quantities.values());
	}

	private List<Quantity.Term> readTerms(JsonNode node, Where where) {
		List<Quantity.Term> terms = new ArrayList<>();
		JsonNode array = this.in.array(node, "terms", where);
		if (array.isEmpty() && node.has("terms")) {
			this.in.problem(where, "a quantity needs at least one term");
		}
		this.in.atMost(array, 4, where.field("terms"), "terms");
		Set<String> seen = new HashSet<>();
		for (int j = 0; j < array.size(); j++) {
			JsonNode term = array.get(j);
			Where at = where.field("terms").index(j);
			if (!term.isObject()) {
				this.in.problem(at, "must be an object");
				continue;
			}
			this.in.allowOnly(term, at, "trait", "power", "values");
			String traitId = this.in.text(term, "trait", at);
			Trait trait = (traitId != null) ? this.traits.get(traitId) : null;
			if (traitId != null && trait == null) {
				this.in.problem(at, "unknown trait '" + traitId + "'");
			}
			if (traitId != null && !seen.add(traitId)) {
				this.in.problem(at, "trait '" + traitId + "' is used twice");
			}
			Double power = this.in.optionalNumber(term, "power", at);
			if (power != null && power != 1 && power != -1) {
				this.in.problem(at, "power must be 1 or -1");
			}
			Map<String, Double> values = (trait != null) ? termValues(term, at, trait) : Map.of();
			if (trait != null) {
				terms.add(new Quantity.Term(traitId, (power != null && power == -1) ? -1 : 1, values));
			}
		}
		return terms;
	}

	private Map<String, Double> termValues(JsonNode term, Where at, Trait trait) {
		Map<String, Double> values = new LinkedHashMap<>();
		if (!trait.isChoice()) {
			if (term.has("values")) {
				this.in.problem(at, "a numeric trait enters with its own number: leave 'values' out");
			}
			if (trait.min() <= 0 && term.has("power") && term.get("power").asDouble() == -1) {
				this.in.problem(at, "trait '" + trait.id() + "' can be 0 and cannot divide");
			}
			return values;
		}
		JsonNode node = this.in.object(term, "values", at);
		for (Map.Entry<String, JsonNode> entry : node.properties()) {
			if (!trait.options().contains(entry.getKey())) {
				this.in.problem(at.field("values"),
						"unknown option '" + entry.getKey() + "' of trait '" + trait.id() + "'");
			}
			else if (!entry.getValue().isNumber() || !(entry.getValue().asDouble() > 0)
					|| !Double.isFinite(entry.getValue().asDouble())) {
				this.in.problem(at.field("values").field(entry.getKey()), "must be a number above 0");
			}
			else {
				values.put(entry.getKey(), entry.getValue().asDouble());
			}
		}
		if (node.isObject() && values.size() < trait.options().size() && !node.isEmpty()) {
			List<String> missing = trait.options().stream().filter((o) -> !node.has(o)).toList();
			if (!missing.isEmpty()) {
				this.in.problem(at.field("values"), "missing a number for " + missing);
			}
		}
		return values;
	}

	/** A condition, or null (with problems noted) when it cannot be read. */
	Condition condition(JsonNode node, Where where) {
		return condition(node, where, 1);
	}

	private Condition condition(JsonNode node, Where where, int depth) {
		if (node == null || !node.isObject()) {
			this.in.problem(where, "a condition object {trait, anyOf | atLeast/below} is required");
			return null;
		}
		if (depth > CatalogueLimits.CONDITION_DEPTH) {
			this.in.problem(where, "conditions are nested more than " + CatalogueLimits.CONDITION_DEPTH + " deep");
			return null;
		}
		if (node.has("all") || node.has("any")) {
			return group(node, where, depth);
		}
		if (node.has("quantity")) {
			return onQuantity(node, where);
		}
		return onTrait(node, where);
	}

	private Condition group(JsonNode node, Where where, int depth) {
		boolean all = node.has("all");
		String name = all ? "all" : "any";
		this.in.allowOnly(node, where, name);
		JsonNode array = this.in.array(node, name, where);
		if (array.size() < 2 && array.isArray()) {
			this.in.problem(where, "'" + name + "' needs at least two conditions");
		}
		this.in.atMost(array, CatalogueLimits.CONDITIONS_PER_GROUP, where.field(name), "conditions");
		List<Condition> conditions = new ArrayList<>();
		for (int i = 0; i < array.size() && i < CatalogueLimits.CONDITIONS_PER_GROUP; i++) {
			Condition condition = condition(array.get(i), where.field(name).index(i), depth + 1);
			if (condition != null) {
				conditions.add(condition);
			}
		}
		if (conditions.size() != array.size() || conditions.size() < 2) {
			return null;
		}
		return all ? new Condition.All(conditions) : new Condition.Any(conditions);
	}

	private Condition onQuantity(JsonNode node, Where where) {
		this.in.allowOnly(node, where, "quantity", "atLeast", "below");
		String id = this.in.text(node, "quantity", where);
		if (id == null) {
			return null;
		}
		if (!this.quantities.containsKey(id)) {
			this.in.problem(where, "unknown quantity '" + id + "'");
			return null;
		}
		Double[] bounds = bounds(node, where);
		if (bounds == null) {
			return null;
		}
		double[] range = range(this.quantities.get(id));
		for (Double bound : bounds) {
			if (range != null && bound != null && (bound <= range[0] || bound > range[1])) {
				this.in.problem(where, "threshold " + bound + " lies outside the range of quantity '" + id + "' ("
						+ range[0] + " … " + range[1] + ")");
			}
		}
		return new Condition.OnQuantity(id, bounds[0], bounds[1]);
	}

	/**
	 * The smallest and largest value a quantity can take, from the ranges of its traits
	 * (and the numbers of their options); null when a term has no number to go by.
	 */
	private double[] range(Quantity quantity) {
		double low = quantity.factor();
		double high = quantity.factor();
		for (Quantity.Term term : quantity.terms()) {
			Trait trait = this.traits.get(term.trait());
			double min;
			double max;
			if (trait.isChoice()) {
				if (term.values().isEmpty()) {
					return null;
				}
				min = term.values().values().stream().mapToDouble(Double::doubleValue).min().orElseThrow();
				max = term.values().values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
			}
			else {
				min = trait.min();
				max = trait.max();
			}
			if (term.power() == -1) {
				if (min <= 0) {
					return null;
				}
				double inverse = 1 / min;
				min = 1 / max;
				max = inverse;
			}
			low *= min;
			high *= max;
		}
		return new double[] { low, high };
	}

	private Condition onTrait(JsonNode node, Where where) {
		this.in.allowOnly(node, where, "trait", "anyOf", "atLeast", "below");
		String traitId = this.in.text(node, "trait", where);
		if (traitId == null) {
			return null;
		}
		Trait trait = this.traits.get(traitId);
		if (trait == null) {
			this.in.problem(where, "unknown trait '" + traitId + "'");
			return null;
		}
		if (trait.costInput()) {
			this.in.problem(where, "trait '" + traitId + "' is a cost input and cannot drive rules");
		}
		if (trait.isChoice()) {
			if (node.has("atLeast") || node.has("below")) {
				this.in.problem(where, "trait '" + traitId + "' is a choice: use anyOf, not atLeast/below");
			}
			List<String> anyOf = this.in.strings(node, "anyOf", where);
			if (anyOf.isEmpty() && node.has("anyOf")) {
				this.in.problem(where, "anyOf must name at least one option");
			}
			for (String option : anyOf) {
				if (!trait.options().contains(option)) {
					this.in.problem(where, "unknown option '" + option + "' of trait '" + traitId + "' (known: "
							+ trait.options() + ")");
				}
			}
			return new Condition.OnTrait(traitId, anyOf, null, null);
		}
		if (node.has("anyOf")) {
			this.in.problem(where, "trait '" + traitId + "' is numeric: use atLeast/below, not anyOf");
		}
		Double[] bounds = bounds(node, where);
		if (bounds == null) {
			return null;
		}
		for (Double bound : bounds) {
			if (bound != null && (bound <= trait.min() || bound > trait.max())) {
				this.in.problem(where, "threshold " + bound + " lies outside the range of '" + traitId + "' ("
						+ trait.min() + " … " + trait.max() + ")");
			}
		}
		return new Condition.OnTrait(traitId, List.of(), bounds[0], bounds[1]);
	}

	private Double[] bounds(JsonNode node, Where where) {
		Double atLeast = this.in.optionalNumber(node, "atLeast", where);
		Double below = this.in.optionalNumber(node, "below", where);
		if (atLeast == null && below == null) {
			this.in.problem(where, "a numeric condition needs atLeast, below or both");
			return null;
		}
		if (atLeast != null && below != null && atLeast >= below) {
			this.in.problem(where, "atLeast " + atLeast + " must be below 'below' " + below);
		}
		return new Double[] { atLeast, below };
	}

}
