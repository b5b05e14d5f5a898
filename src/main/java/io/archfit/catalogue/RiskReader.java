package io.archfit.catalogue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/** Reads the risks: which architectures each concerns, and when it applies. */
final class RiskReader {

	private final DocumentReader in;

	private final StructureReader structure;

	private final ConditionReader conditions;

	private final Set<String> references;

	RiskReader(DocumentReader in, StructureReader structure, ConditionReader conditions, Set<String> references) {
		this.in = in;
		this.structure = structure;
		this.conditions = conditions;
		this.references = references;
	}

	List<RiskRule> readRisks(JsonNode root) {
		List<RiskRule> risks = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		JsonNode array = this.in.array(root, "risks", Where.DOCUMENT);
		this.in.atMost(array, CatalogueLimits.RISKS, Where.DOCUMENT.field("risks"), "risks");
		for (int i = 0; i < array.size(); i++) {
			JsonNode node = array.get(i);
			Where where = Where.DOCUMENT.element("risks", i, node);
			if (!node.isObject()) {
				this.in.problem(where, "must be an object");
				continue;
			}
			this.in.allowOnly(node, where, "id", "architectures", "when", "sources");
			String id = this.in.id(node, where);
			if (id != null && !ids.add(id)) {
				this.in.problem(where, "duplicate risk id '" + id + "'");
			}
			List<String> concerned = this.in.strings(node, "architectures", where);
			for (String architecture : concerned) {
				if (!this.structure.architectures.contains(architecture)) {
					this.in.problem(where.field("architectures"), "unknown architecture '" + architecture + "'");
				}
			}
			if (concerned.isEmpty() && node.has("architectures")) {
				this.in.problem(where, "a risk concerns at least one architecture");
			}
			List<String> sources = this.in.sources(node, where, this.references);
			risks.add(new RiskRule(id, concerned, when(node, where), sources));
		}
		return risks;
	}

	private List<Condition> when(JsonNode node, Where where) {
		List<Condition> when = new ArrayList<>();
		if (!node.has("when")) {
			return when;
		}
		JsonNode whenNodes = node.get("when");
		if (!whenNodes.isArray()) {
			this.in.problem(where.field("when"), "must be a list of conditions");
			return when;
		}
		for (int j = 0; j < whenNodes.size(); j++) {
			Condition condition = this.conditions.condition(whenNodes.get(j), where.field("when").index(j));
			if (condition != null) {
				when.add(condition);
			}
		}
		return when;
	}

}
