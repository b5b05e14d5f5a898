package io.archfit.catalogue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * Reads what moves the scores: the rules with their effects, the knock-outs, and the
 * spill-over of a knocked-out architecture's strengths. Every element cites its sources.
 */
final class RuleReader {

	/** Effects run from this value … */
	static final int MIN_EFFECT = -2;

	/** … to this one. */
	static final int MAX_EFFECT = 2;

	private final DocumentReader in;

	private final StructureReader structure;

	private final ConditionReader conditions;

	private final Set<String> references;

	RuleReader(DocumentReader in, StructureReader structure, ConditionReader conditions, Set<String> references) {
		this.in = in;
		this.structure = structure;
		this.conditions = conditions;
		this.references = references;
	}

	List<Rule> readRules(JsonNode root) {
		List<Rule> rules = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		JsonNode array = this.in.array(root, "rules", Where.DOCUMENT);
		this.in.atMost(array, CatalogueLimits.RULES, Where.DOCUMENT.field("rules"), "rules");
		for (int i = 0; i < array.size(); i++) {
			JsonNode node = array.get(i);
			Where where = Where.DOCUMENT.element("rules", i, node);
			if (!node.isObject()) {
				this.in.problem(where, "must be an object");
				continue;
			}
			this.in.allowOnly(node, where, "id", "when", "effects", "criteria", "sources");
			String id = this.in.id(node, where);
			if (id != null && !ids.add(id)) {
				this.in.problem(where, "duplicate rule id '" + id + "'");
			}
			Condition when = this.conditions.condition(node.get("when"), where.field("when"));
			Map<String, Integer> effects = effects(node, where);
			List<String> ruleCriteria = criteria(node, where);
			List<String> sources = this.in.sources(node, where, this.references);
			if (when != null) {
				rules.add(new Rule(id, when, effects, ruleCriteria, sources));
			}
		}
		return rules;
	}

	private Map<String, Integer> effects(JsonNode node, Where where) {
		Map<String, Integer> effects = new LinkedHashMap<>();
		JsonNode effectNodes = this.in.object(node, "effects", where);
		Where at = where.field("effects");
		for (Map.Entry<String, JsonNode> entry : effectNodes.properties()) {
			String architecture = entry.getKey();
			JsonNode value = entry.getValue();
			if (!this.structure.architectures.contains(architecture)) {
				this.in.problem(at, "unknown architecture '" + architecture + "'");
				continue;
			}
			if (!value.isIntegralNumber() || value.asLong() < MIN_EFFECT || value.asLong() > MAX_EFFECT) {
				this.in.problem(at, "effect for '" + architecture + "' is " + value + ", must be a whole number from "
						+ MIN_EFFECT + " to " + MAX_EFFECT);
				continue;
			}
			effects.put(architecture, value.asInt());
		}
		if (effects.values().stream().allMatch((effect) -> effect == 0) && !effectNodes.isEmpty()
				&& effects.size() == effectNodes.size()) {
			this.in.problem(at, "every effect is 0, so the rule does nothing");
		}
		return effects;
	}

	private List<String> criteria(JsonNode node, Where where) {
		List<String> ruleCriteria = new ArrayList<>();
		JsonNode criterionNodes = this.in.array(node, "criteria", where);
		for (int j = 0; j < criterionNodes.size(); j++) {
			JsonNode criterion = criterionNodes.get(j);
			String criterionId = criterion.isString() ? criterion.asString() : String.valueOf(criterion);
			Where at = where.field("criteria").index(j);
			if (!this.structure.criteria.contains(criterionId)) {
				this.in.problem(at, "unknown criterion '" + criterionId + "'");
			}
			else if (ruleCriteria.contains(criterionId)) {
				this.in.problem(at, "criterion '" + criterionId + "' listed twice");
			}
			else {
				ruleCriteria.add(criterionId);
			}
		}
		if (criterionNodes.isEmpty() && node.has("criteria")) {
			this.in.problem(where, "a rule belongs to at least one criterion");
		}
		return ruleCriteria;
	}

	List<KnockOut> readKnockOuts(JsonNode root) {
		List<KnockOut> knockOuts = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		JsonNode array = this.in.array(root, "knockOuts", Where.DOCUMENT);
		this.in.atMost(array, CatalogueLimits.KNOCK_OUTS, Where.DOCUMENT.field("knockOuts"), "knock-outs");
		Set<String> blocked = new HashSet<>();
		for (int i = 0; i < array.size(); i++) {
			JsonNode node = array.get(i);
			Where where = Where.DOCUMENT.element("knockOuts", i, node);
			if (!node.isObject()) {
				this.in.problem(where, "must be an object");
				continue;
			}
			this.in.allowOnly(node, where, "id", "architecture", "when", "sources");
			String id = this.in.id(node, where);
			if (id != null && !ids.add(id)) {
				this.in.problem(where, "duplicate knock-out id '" + id + "'");
			}
			String architecture = this.in.text(node, "architecture", where);
			if (architecture != null && !this.structure.architectures.contains(architecture)) {
				this.in.problem(where, "unknown architecture '" + architecture + "'");
			}
			Condition when = this.conditions.condition(node.get("when"), where.field("when"));
			List<String> sources = this.in.sources(node, where, this.references);
			if (when != null) {
				knockOuts.add(new KnockOut(id, when, architecture, sources));
				blocked.add(architecture);
			}
		}
		if (!this.structure.architectures.isEmpty() && blocked.containsAll(this.structure.architectures)) {
			this.in.problem(Where.DOCUMENT.field("knockOuts"),
					"every architecture can be knocked out; at least one must always stay viable");
		}
		return knockOuts;
	}

	Spillover readSpillover(JsonNode root, List<KnockOut> knockOuts) {
		if (!DocumentReader.has(root, "spillover")) {
			return null;
		}
		Where where = Where.DOCUMENT.field("spillover");
		JsonNode node = root.get("spillover");
		if (!node.isObject()) {
			this.in.problem(where, "must be an object");
			return null;
		}
		this.in.allowOnly(node, where, "id", "from", "to", "groups", "knockOuts", "lift", "sources");
		String id = this.in.id(node, where);
		String from = this.in.text(node, "from", where);
		String to = this.in.text(node, "to", where);
		for (String architecture : new String[] { from, to }) {
			if (architecture != null && !this.structure.architectures.contains(architecture)) {
				this.in.problem(where, "unknown architecture '" + architecture + "'");
			}
		}
		if (from != null && from.equals(to)) {
			this.in.problem(where, "'from' and 'to' must differ");
		}
		List<String> groups = this.in.strings(node, "groups", where);
		for (String group : groups) {
			if (!this.structure.groups.contains(group)) {
				this.in.problem(where, "unknown group '" + group + "'");
			}
		}
		List<String> koIds = this.in.strings(node, "knockOuts", where);
		for (String koId : koIds) {
			KnockOut knockOut = knockOuts.stream().filter((ko) -> koId.equals(ko.id())).findFirst().orElse(null);
			if (knockOut == null) {
				this.in.problem(where, "unknown knock-out '" + koId + "'");
			}
			else if (!knockOut.architecture().equals(from)) {
				this.in.problem(where, "knock-out '" + koId + "' does not rule out '" + from + "'");
			}
		}
		Spillover.Lift lift = Spillover.Lift.STEP;
		if (node.has("lift")) {
			String liftId = this.in.text(node, "lift", where);
			lift = Spillover.Lift.of(liftId);
			if (lift == null) {
				if (liftId != null) {
					this.in.problem(where.field("lift"), "must be 'step' or 'gap'");
				}
				lift = Spillover.Lift.STEP;
			}
		}
		List<String> sources = this.in.sources(node, where, this.references);
		return new Spillover(id, from, to, groups, koIds, lift, sources);
	}

}
