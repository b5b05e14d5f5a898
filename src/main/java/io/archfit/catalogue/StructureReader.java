package io.archfit.catalogue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * Reads the frame of a catalogue: its architectures, criteria and their weight groups,
 * traits and wizard steps, checking that ids are unique and that steps and traits agree.
 */
final class StructureReader {

	private static final Set<String> KINDS = Set.of("similarity", "difference", "combined");

	private final DocumentReader in;

	final Set<String> architectures = new HashSet<>();

	final Set<String> criteria = new HashSet<>();

	final Set<String> groups = new HashSet<>();

	final Map<String, Trait> traits = new LinkedHashMap<>();

	StructureReader(DocumentReader in) {
		this.in = in;
	}

	List<String> readArchitectures(JsonNode root) {
		List<String> ids = new ArrayList<>();
		Where where = Where.DOCUMENT.field("architectures");
		JsonNode array = this.in.array(root, "architectures", Where.DOCUMENT);
		this.in.atMost(array, CatalogueLimits.ARCHITECTURES, where, "architectures");
		for (int i = 0; i < array.size(); i++) {
			JsonNode node = array.get(i);
			if (!node.isString() || !DocumentReader.ID.matcher(node.asString()).matches()) {
				this.in.problem(where.index(i), "must be an id (letters, digits, '-')");
				continue;
			}
			if (!this.architectures.add(node.asString())) {
				this.in.problem(where.index(i), "duplicate architecture id '" + node.asString() + "'");
			}
			ids.add(node.asString());
		}
		if (array.isEmpty() && DocumentReader.has(root, "architectures")) {
			this.in.problem(where, "must list at least one architecture");
		}
		return ids;
	}

	Map<String, Double> readGroups(JsonNode root) {
		Map<String, Double> weights = new LinkedHashMap<>();
		Where where = Where.DOCUMENT.field("groups");
		JsonNode node = this.in.object(root, "groups", Where.DOCUMENT);
		double sum = 0;
		for (Map.Entry<String, JsonNode> entry : node.properties()) {
			if (!entry.getValue().isNumber() || !(entry.getValue().asDouble() > 0)) {
				this.in.problem(where.field(entry.getKey()), "weight must be a number above 0");
				continue;
			}
			weights.put(entry.getKey(), entry.getValue().asDouble());
			this.groups.add(entry.getKey());
			sum += entry.getValue().asDouble();
		}
		if (!weights.isEmpty() && Math.abs(sum - 1.0) > 0.001) {
			this.in.problem(where, "weights must add up to 1, not " + sum);
		}
		return weights;
	}

	List<Criterion> readCriteria(JsonNode root, Map<String, Double> groupWeights) {
		List<Criterion> list = new ArrayList<>();
		JsonNode array = this.in.array(root, "criteria", Where.DOCUMENT);
		this.in.atMost(array, CatalogueLimits.CRITERIA, Where.DOCUMENT.field("criteria"), "criteria");
		for (int i = 0; i < array.size(); i++) {
			JsonNode node = array.get(i);
			Where where = Where.DOCUMENT.element("criteria", i, node);
			if (!node.isObject()) {
				this.in.problem(where, "must be an object");
				continue;
			}
			this.in.allowOnly(node, where, "id", "group", "kind", "weight");
			String id = this.in.id(node, where);
			String group = this.in.text(node, "group", where);
			String kind = this.in.text(node, "kind", where);
			Double weight = this.in.optionalNumber(node, "weight", where);
			if (weight != null && !(weight > 0 && weight <= CatalogueLimits.CRITERION_WEIGHT)) {
				this.in.problem(where.field("weight"),
						"weight must be a number above 0 and at most " + CatalogueLimits.CRITERION_WEIGHT);
				weight = null;
			}
			if (id != null && !this.criteria.add(id)) {
				this.in.problem(where, "duplicate criterion id '" + id + "'");
			}
			if (group != null && !groupWeights.containsKey(group)) {
				this.in.problem(where, "unknown group '" + group + "' (known: " + groupWeights.keySet() + ")");
			}
			if (kind != null && !KINDS.contains(kind)) {
				this.in.problem(where, "unknown kind '" + kind + "' (known: similarity, difference, combined)");
			}
			list.add(new Criterion(id, group, kind, (weight != null) ? weight : Criterion.EVEN));
		}
		for (String group : groupWeights.keySet()) {
			if (list.stream().noneMatch((criterion) -> group.equals(criterion.group()))) {
				this.in.problem(Where.DOCUMENT.field("groups").field(group), "no criterion belongs to this group");
			}
		}
		return list;
	}

	List<Trait> readTraits(JsonNode root) {
		List<Trait> list = new ArrayList<>();
		JsonNode array = this.in.array(root, "traits", Where.DOCUMENT);
		this.in.atMost(array, CatalogueLimits.TRAITS, Where.DOCUMENT.field("traits"), "traits");
		for (int i = 0; i < array.size(); i++) {
			JsonNode node = array.get(i);
			Where where = Where.DOCUMENT.element("traits", i, node);
			if (!node.isObject()) {
				this.in.problem(where, "must be an object");
				continue;
			}
			Trait trait = readTrait(node, where);
			if (trait != null) {
				if (this.traits.containsKey(trait.id())) {
					this.in.problem(where, "duplicate trait id '" + trait.id() + "'");
				}
				this.traits.putIfAbsent(trait.id(), trait);
				list.add(trait);
			}
		}
		return list;
	}

	private Trait readTrait(JsonNode node, Where where) {
		this.in.allowOnly(node, where, "id", "step", "type", "options", "min", "max", "costInput");
		String id = this.in.id(node, where);
		String step = this.in.text(node, "step", where);
		String typeName = this.in.text(node, "type", where);
		TraitType type = null;
		if (typeName != null) {
			switch (typeName) {
				case "choice" -> type = TraitType.CHOICE;
				case "integer" -> type = TraitType.INTEGER;
				case "number" -> type = TraitType.NUMBER;
				default -> this.in.problem(where, "unknown type '" + typeName + "' (known: choice, integer, number)");
			}
		}
		boolean costInput = node.has("costInput") && node.get("costInput").asBoolean();
		if (node.has("costInput") && !node.get("costInput").isBoolean()) {
			this.in.problem(where, "costInput must be true or false");
		}
		List<String> options = new ArrayList<>();
		double min = 0;
		double max = 0;
		if (type == TraitType.CHOICE) {
			if (node.has("min") || node.has("max")) {
				this.in.problem(where, "a choice trait has options, not min/max");
			}
			readOptions(node, where, options);
		}
		else if (type != null) {
			if (node.has("options")) {
				this.in.problem(where, "a numeric trait has min/max, not options");
			}
			min = this.in.number(node, "min", where);
			max = this.in.number(node, "max", where);
			if (min >= max) {
				this.in.problem(where, "min " + min + " must be below max " + max);
			}
			if (type == TraitType.INTEGER && (min != Math.rint(min) || max != Math.rint(max))) {
				this.in.problem(where, "an integer trait needs whole-number bounds");
			}
		}
		return (id != null && type != null) ? new Trait(id, step, type, options, min, max, costInput) : null;
	}

	private void readOptions(JsonNode node, Where where, List<String> options) {
		JsonNode optionNodes = this.in.array(node, "options", where);
		this.in.atMost(optionNodes, CatalogueLimits.OPTIONS, where.field("options"), "options");
		Set<String> seen = new HashSet<>();
		for (int j = 0; j < optionNodes.size(); j++) {
			JsonNode option = optionNodes.get(j);
			Where at = where.field("options").index(j);
			if (!option.isString() || !DocumentReader.ID.matcher(option.asString()).matches()) {
				this.in.problem(at, "must be an id (letters, digits, '-')");
				continue;
			}
			if (!seen.add(option.asString())) {
				this.in.problem(at, "duplicate option '" + option.asString() + "'");
			}
			options.add(option.asString());
		}
		if (optionNodes.size() < 2 && node.has("options")) {
			this.in.problem(where, "a choice trait needs at least two options");
		}
	}

	List<Step> readSteps(JsonNode root, List<Trait> traitList) {
		List<Step> steps = new ArrayList<>();
		Set<String> stepIds = new HashSet<>();
		Map<String, String> stepOfTrait = new HashMap<>();
		JsonNode array = this.in.array(root, "steps", Where.DOCUMENT);
		for (int i = 0; i < array.size(); i++) {
			JsonNode node = array.get(i);
			Where where = Where.DOCUMENT.element("steps", i, node);
			if (!node.isObject()) {
				this.in.problem(where, "must be an object");
				continue;
			}
			this.in.allowOnly(node, where, "id", "traits");
			String id = this.in.id(node, where);
			if (id != null && !stepIds.add(id)) {
				this.in.problem(where, "duplicate step id '" + id + "'");
			}
			List<String> traitIds = new ArrayList<>();
			JsonNode traitNodes = this.in.array(node, "traits", where);
			for (int j = 0; j < traitNodes.size(); j++) {
				Where at = where.field("traits").index(j);
				String traitId = stepTrait(traitNodes.get(j), at, id, stepOfTrait);
				if (traitId != null) {
					traitIds.add(traitId);
				}
			}
			steps.add(new Step(id, traitIds));
		}
		for (Trait trait : traitList) {
			if (!stepOfTrait.containsKey(trait.id())) {
				this.in.problem(Where.DOCUMENT.field("traits").about(trait.id()), "no step asks this trait");
			}
		}
		return steps;
	}

	private String stepTrait(JsonNode traitNode, Where at, String stepId, Map<String, String> stepOfTrait) {
		if (!traitNode.isString()) {
			this.in.problem(at, "must be a trait id");
			return null;
		}
		String traitId = traitNode.asString();
		Trait trait = this.traits.get(traitId);
		if (trait == null) {
			this.in.problem(at, "unknown trait '" + traitId + "'");
			return null;
		}
		String previous = stepOfTrait.putIfAbsent(traitId, stepId);
		if (previous != null) {
			this.in.problem(at, "trait '" + traitId + "' is already asked in step '" + previous + "'");
		}
		else if (stepId != null && !stepId.equals(trait.step())) {
			this.in.problem(at, "trait '" + traitId + "' says it belongs to step '" + trait.step() + "'");
		}
		return traitId;
	}

}
