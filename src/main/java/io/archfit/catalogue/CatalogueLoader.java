package io.archfit.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a catalogue from its JSON file and checks that it holds together: every id is
 * unique, every rule, knock-out and risk names a known trait, option, architecture and
 * criterion, effects stay within −2 … +2, steps and traits agree, and the price defaults
 * are complete. Anything wrong stops loading with a {@link CatalogueException} that names
 * the file, the element and the problem (all problems at once).
 */
public final class CatalogueLoader {

	/** Names of the price defaults the cost model needs. */
	public static final List<String> PRICING_NAMES = List.of("faasRequestPerMillionUsd", "faasGbSecondUsd",
			"faasFreeRequests", "faasFreeGbSeconds", "gatewayPerMillionUsd", "vcpuHourUsd", "gbHourUsd", "taskVcpu",
			"taskMemoryGb", "targetUtilization", "minTasks", "loadBalancerMonthlyUsd", "cpuShare");

	/** Effects run from this value … */
	public static final int MIN_EFFECT = -2;

	/** … to this one. */
	public static final int MAX_EFFECT = 2;

	private static final Set<String> KINDS = Set.of("similarity", "difference", "combined");

	private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]*");

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private CatalogueLoader() {
	}

	/**
	 * Loads a catalogue from the class path.
	 * @param resource class path location, e.g. {@code catalogue/v1.json}
	 * @return the validated catalogue
	 * @throws CatalogueException when the file is missing, unreadable or invalid
	 */
	public static Catalogue load(String resource) {
		ClassLoader loader = CatalogueLoader.class.getClassLoader();
		try (InputStream in = loader.getResourceAsStream(resource)) {
			if (in == null) {
				throw new CatalogueException(resource, List.of("no such resource on the class path"));
			}
			return parse(resource, in);
		}
		catch (IOException ex) {
			throw new CatalogueException(resource, "cannot be read: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Parses and validates a catalogue.
	 * @param source name of the file, used in error messages
	 * @param in the JSON document
	 * @return the validated catalogue
	 */
	public static Catalogue parse(String source, InputStream in) {
		try {
			return parse(source, new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Parses and validates a catalogue.
	 * @param source name of the file, used in error messages
	 * @param json the JSON document
	 * @return the validated catalogue
	 */
	public static Catalogue parse(String source, String json) {
		JsonNode root;
		try {
			root = MAPPER.readTree(json);
		}
		catch (JacksonException ex) {
			throw new CatalogueException(source, "is not valid JSON: " + ex.getOriginalMessage(), ex);
		}
		if (root == null || !root.isObject()) {
			throw new CatalogueException(source, List.of("the document must be a JSON object"));
		}
		Reader reader = new Reader();
		Catalogue catalogue = reader.read(root);
		if (!reader.problems.isEmpty()) {
			throw new CatalogueException(source, reader.problems);
		}
		return catalogue;
	}

	/** Reads one document, collecting problems instead of stopping at the first. */
	private static final class Reader {

		private final List<String> problems = new ArrayList<>();

		private final Set<String> architectures = new HashSet<>();

		private final Set<String> criteria = new HashSet<>();

		private final Set<String> groups = new HashSet<>();

		private final Map<String, Trait> traits = new LinkedHashMap<>();

		Catalogue read(JsonNode root) {
			allowOnly(root, "(document)", "version", "architectures", "groups", "criteria", "steps", "traits", "rules",
					"knockOuts", "spillover", "risks", "pricing");
			String version = text(root, "version", "(document)");
			List<String> architectureIds = readArchitectures(root);
			Map<String, Double> groupWeights = readGroups(root);
			List<Criterion> criteriaList = readCriteria(root, groupWeights);
			List<Trait> traitList = readTraits(root);
			List<Step> steps = readSteps(root, traitList);
			List<Rule> rules = readRules(root);
			List<KnockOut> knockOuts = readKnockOuts(root);
			Spillover spillover = readSpillover(root, knockOuts);
			List<RiskRule> risks = readRisks(root);
			Map<String, Double> pricing = new LinkedHashMap<>();
			String pricingDate = readPricing(root, pricing);
			if (!this.problems.isEmpty()) {
				return null;
			}
			return new Catalogue(version, architectureIds, criteriaList, groupWeights, steps, traitList, rules,
					knockOuts, risks, pricing, pricingDate, spillover);
		}

		private List<String> readArchitectures(JsonNode root) {
			List<String> ids = new ArrayList<>();
			JsonNode array = array(root, "architectures", "(document)");
			for (int i = 0; i < array.size(); i++) {
				String where = "architectures[" + i + "]";
				JsonNode node = array.get(i);
				if (!node.isString() || !ID.matcher(node.asString()).matches()) {
					problem(where, "must be an id (letters, digits, '-')");
					continue;
				}
				if (!this.architectures.add(node.asString())) {
					problem(where, "duplicate architecture id '" + node.asString() + "'");
				}
				ids.add(node.asString());
			}
			if (array.size() == 0 && has(root, "architectures")) {
				problem("architectures", "must list at least one architecture");
			}
			return ids;
		}

		private Map<String, Double> readGroups(JsonNode root) {
			Map<String, Double> groups = new LinkedHashMap<>();
			JsonNode node = object(root, "groups", "(document)");
			double sum = 0;
			for (Map.Entry<String, JsonNode> entry : node.properties()) {
				String where = "groups." + entry.getKey();
				if (!entry.getValue().isNumber() || entry.getValue().asDouble() <= 0) {
					problem(where, "weight must be a number above 0");
					continue;
				}
				groups.put(entry.getKey(), entry.getValue().asDouble());
				this.groups.add(entry.getKey());
				sum += entry.getValue().asDouble();
			}
			if (!groups.isEmpty() && Math.abs(sum - 1.0) > 0.001) {
				problem("groups", "weights must add up to 1, not " + sum);
			}
			return groups;
		}

		private List<Criterion> readCriteria(JsonNode root, Map<String, Double> groups) {
			List<Criterion> list = new ArrayList<>();
			JsonNode array = array(root, "criteria", "(document)");
			for (int i = 0; i < array.size(); i++) {
				JsonNode node = array.get(i);
				String where = element("criteria", i, node);
				if (!node.isObject()) {
					problem(where, "must be an object");
					continue;
				}
				allowOnly(node, where, "id", "group", "kind");
				String id = id(node, where);
				String group = text(node, "group", where);
				String kind = text(node, "kind", where);
				if (id != null && !this.criteria.add(id)) {
					problem(where, "duplicate criterion id '" + id + "'");
				}
				if (group != null && !groups.containsKey(group)) {
					problem(where, "unknown group '" + group + "' (known: " + groups.keySet() + ")");
				}
				if (kind != null && !KINDS.contains(kind)) {
					problem(where, "unknown kind '" + kind + "' (known: similarity, difference, combined)");
				}
				list.add(new Criterion(id, group, kind));
			}
			for (String group : groups.keySet()) {
				if (list.stream().noneMatch((criterion) -> group.equals(criterion.group()))) {
					problem("groups." + group, "no criterion belongs to this group");
				}
			}
			return list;
		}

		private List<Trait> readTraits(JsonNode root) {
			List<Trait> list = new ArrayList<>();
			JsonNode array = array(root, "traits", "(document)");
			for (int i = 0; i < array.size(); i++) {
				JsonNode node = array.get(i);
				String where = element("traits", i, node);
				if (!node.isObject()) {
					problem(where, "must be an object");
					continue;
				}
				allowOnly(node, where, "id", "step", "type", "options", "min", "max", "costInput");
				String id = id(node, where);
				String step = text(node, "step", where);
				String typeName = text(node, "type", where);
				TraitType type = null;
				if (typeName != null) {
					switch (typeName) {
						case "choice" -> type = TraitType.CHOICE;
						case "integer" -> type = TraitType.INTEGER;
						case "number" -> type = TraitType.NUMBER;
						default -> problem(where, "unknown type '" + typeName + "' (known: choice, integer, number)");
					}
				}
				boolean costInput = node.has("costInput") && node.get("costInput").asBoolean();
				if (node.has("costInput") && !node.get("costInput").isBoolean()) {
					problem(where, "costInput must be true or false");
				}
				List<String> options = new ArrayList<>();
				double min = 0;
				double max = 0;
				if (type == TraitType.CHOICE) {
					if (node.has("min") || node.has("max")) {
						problem(where, "a choice trait has options, not min/max");
					}
					JsonNode optionNodes = array(node, "options", where);
					Set<String> seen = new HashSet<>();
					for (int j = 0; j < optionNodes.size(); j++) {
						JsonNode option = optionNodes.get(j);
						if (!option.isString() || !ID.matcher(option.asString()).matches()) {
							problem(where + ".options[" + j + "]", "must be an id (letters, digits, '-')");
							continue;
						}
						if (!seen.add(option.asString())) {
							problem(where + ".options[" + j + "]", "duplicate option '" + option.asString() + "'");
						}
						options.add(option.asString());
					}
					if (optionNodes.size() < 2 && node.has("options")) {
						problem(where, "a choice trait needs at least two options");
					}
				}
				else if (type != null) {
					if (node.has("options")) {
						problem(where, "a numeric trait has min/max, not options");
					}
					min = number(node, "min", where);
					max = number(node, "max", where);
					if (min >= max) {
						problem(where, "min " + min + " must be below max " + max);
					}
					if (type == TraitType.INTEGER && (min != Math.rint(min) || max != Math.rint(max))) {
						problem(where, "an integer trait needs whole-number bounds");
					}
				}
				if (id != null && this.traits.containsKey(id)) {
					problem(where, "duplicate trait id '" + id + "'");
				}
				if (id != null && type != null) {
					Trait trait = new Trait(id, step, type, options, min, max, costInput);
					this.traits.putIfAbsent(id, trait);
					list.add(trait);
				}
			}
			return list;
		}

		private List<Step> readSteps(JsonNode root, List<Trait> traitList) {
			List<Step> steps = new ArrayList<>();
			Set<String> stepIds = new HashSet<>();
			Map<String, String> stepOfTrait = new HashMap<>();
			JsonNode array = array(root, "steps", "(document)");
			for (int i = 0; i < array.size(); i++) {
				JsonNode node = array.get(i);
				String where = element("steps", i, node);
				if (!node.isObject()) {
					problem(where, "must be an object");
					continue;
				}
				allowOnly(node, where, "id", "traits");
				String id = id(node, where);
				if (id != null && !stepIds.add(id)) {
					problem(where, "duplicate step id '" + id + "'");
				}
				List<String> traitIds = new ArrayList<>();
				JsonNode traitNodes = array(node, "traits", where);
				for (int j = 0; j < traitNodes.size(); j++) {
					String traitWhere = where + ".traits[" + j + "]";
					JsonNode traitNode = traitNodes.get(j);
					if (!traitNode.isString()) {
						problem(traitWhere, "must be a trait id");
						continue;
					}
					String traitId = traitNode.asString();
					Trait trait = this.traits.get(traitId);
					if (trait == null) {
						problem(traitWhere, "unknown trait '" + traitId + "'");
						continue;
					}
					String previous = stepOfTrait.putIfAbsent(traitId, id);
					if (previous != null) {
						problem(traitWhere, "trait '" + traitId + "' is already asked in step '" + previous + "'");
					}
					else if (!traitId.isEmpty() && id != null && !id.equals(trait.step())) {
						problem(traitWhere, "trait '" + traitId + "' says it belongs to step '" + trait.step() + "'");
					}
					traitIds.add(traitId);
				}
				steps.add(new Step(id, traitIds));
			}
			for (Trait trait : traitList) {
				if (!stepOfTrait.containsKey(trait.id())) {
					problem("traits (" + trait.id() + ")", "no step asks this trait");
				}
			}
			return steps;
		}

		private List<Rule> readRules(JsonNode root) {
			List<Rule> rules = new ArrayList<>();
			Set<String> ids = new HashSet<>();
			JsonNode array = array(root, "rules", "(document)");
			for (int i = 0; i < array.size(); i++) {
				JsonNode node = array.get(i);
				String where = element("rules", i, node);
				if (!node.isObject()) {
					problem(where, "must be an object");
					continue;
				}
				allowOnly(node, where, "id", "when", "effects", "criteria");
				String id = id(node, where);
				if (id != null && !ids.add(id)) {
					problem(where, "duplicate rule id '" + id + "'");
				}
				Condition when = condition(node.get("when"), where + ".when");
				Map<String, Integer> effects = new LinkedHashMap<>();
				JsonNode effectNodes = object(node, "effects", where);
				for (Map.Entry<String, JsonNode> entry : effectNodes.properties()) {
					String architecture = entry.getKey();
					JsonNode value = entry.getValue();
					if (!this.architectures.contains(architecture)) {
						problem(where + ".effects", "unknown architecture '" + architecture + "'");
						continue;
					}
					if (!value.isIntegralNumber() || value.asLong() < MIN_EFFECT || value.asLong() > MAX_EFFECT) {
						problem(where + ".effects", "effect for '" + architecture + "' is " + value
								+ ", must be a whole number from " + MIN_EFFECT + " to " + MAX_EFFECT);
						continue;
					}
					effects.put(architecture, value.asInt());
				}
				if (effects.values().stream().allMatch((effect) -> effect == 0) && effectNodes.size() > 0
						&& effects.size() == effectNodes.size()) {
					problem(where + ".effects", "every effect is 0, so the rule does nothing");
				}
				List<String> ruleCriteria = new ArrayList<>();
				JsonNode criterionNodes = array(node, "criteria", where);
				for (int j = 0; j < criterionNodes.size(); j++) {
					JsonNode criterion = criterionNodes.get(j);
					String criterionId = criterion.isString() ? criterion.asString() : String.valueOf(criterion);
					if (!this.criteria.contains(criterionId)) {
						problem(where + ".criteria[" + j + "]", "unknown criterion '" + criterionId + "'");
					}
					else if (ruleCriteria.contains(criterionId)) {
						problem(where + ".criteria[" + j + "]", "criterion '" + criterionId + "' listed twice");
					}
					else {
						ruleCriteria.add(criterionId);
					}
				}
				if (criterionNodes.size() == 0 && node.has("criteria")) {
					problem(where, "a rule belongs to at least one criterion");
				}
				if (when != null) {
					rules.add(new Rule(id, when, effects, ruleCriteria));
				}
			}
			return rules;
		}

		private List<KnockOut> readKnockOuts(JsonNode root) {
			List<KnockOut> knockOuts = new ArrayList<>();
			Set<String> ids = new HashSet<>();
			JsonNode array = array(root, "knockOuts", "(document)");
			Set<String> blocked = new HashSet<>();
			for (int i = 0; i < array.size(); i++) {
				JsonNode node = array.get(i);
				String where = element("knockOuts", i, node);
				if (!node.isObject()) {
					problem(where, "must be an object");
					continue;
				}
				allowOnly(node, where, "id", "architecture", "when");
				String id = id(node, where);
				if (id != null && !ids.add(id)) {
					problem(where, "duplicate knock-out id '" + id + "'");
				}
				String architecture = text(node, "architecture", where);
				if (architecture != null && !this.architectures.contains(architecture)) {
					problem(where, "unknown architecture '" + architecture + "'");
				}
				Condition when = condition(node.get("when"), where + ".when");
				if (when != null) {
					knockOuts.add(new KnockOut(id, when, architecture));
					blocked.add(architecture);
				}
			}
			if (!this.architectures.isEmpty() && blocked.containsAll(this.architectures)) {
				problem("knockOuts", "every architecture can be knocked out; at least one must always stay viable");
			}
			return knockOuts;
		}

		private Spillover readSpillover(JsonNode root, List<KnockOut> knockOuts) {
			if (!has(root, "spillover")) {
				return null;
			}
			String where = "spillover";
			JsonNode node = root.get("spillover");
			if (!node.isObject()) {
				problem(where, "must be an object");
				return null;
			}
			allowOnly(node, where, "id", "from", "to", "groups", "knockOuts");
			String id = id(node, where);
			String from = text(node, "from", where);
			String to = text(node, "to", where);
			for (String architecture : new String[] { from, to }) {
				if (architecture != null && !this.architectures.contains(architecture)) {
					problem(where, "unknown architecture '" + architecture + "'");
				}
			}
			if (from != null && from.equals(to)) {
				problem(where, "'from' and 'to' must differ");
			}
			List<String> groups = strings(node, "groups", where);
			for (String group : groups) {
				if (!this.groups.contains(group)) {
					problem(where, "unknown group '" + group + "'");
				}
			}
			List<String> koIds = strings(node, "knockOuts", where);
			for (String koId : koIds) {
				KnockOut knockOut = knockOuts.stream().filter((ko) -> koId.equals(ko.id())).findFirst().orElse(null);
				if (knockOut == null) {
					problem(where, "unknown knock-out '" + koId + "'");
				}
				else if (!knockOut.architecture().equals(from)) {
					problem(where, "knock-out '" + koId + "' does not rule out '" + from + "'");
				}
			}
			return new Spillover(id, from, to, groups, koIds);
		}

		private List<RiskRule> readRisks(JsonNode root) {
			List<RiskRule> risks = new ArrayList<>();
			Set<String> ids = new HashSet<>();
			JsonNode array = array(root, "risks", "(document)");
			for (int i = 0; i < array.size(); i++) {
				JsonNode node = array.get(i);
				String where = element("risks", i, node);
				if (!node.isObject()) {
					problem(where, "must be an object");
					continue;
				}
				allowOnly(node, where, "id", "architectures", "when");
				String id = id(node, where);
				if (id != null && !ids.add(id)) {
					problem(where, "duplicate risk id '" + id + "'");
				}
				List<String> riskArchitectures = strings(node, "architectures", where);
				for (String architecture : riskArchitectures) {
					if (!this.architectures.contains(architecture)) {
						problem(where + ".architectures", "unknown architecture '" + architecture + "'");
					}
				}
				if (riskArchitectures.isEmpty() && node.has("architectures")) {
					problem(where, "a risk concerns at least one architecture");
				}
				List<Condition> conditions = new ArrayList<>();
				if (node.has("when")) {
					JsonNode whenNodes = node.get("when");
					if (!whenNodes.isArray()) {
						problem(where + ".when", "must be a list of conditions");
					}
					else {
						for (int j = 0; j < whenNodes.size(); j++) {
							Condition condition = condition(whenNodes.get(j), where + ".when[" + j + "]");
							if (condition != null) {
								conditions.add(condition);
							}
						}
					}
				}
				risks.add(new RiskRule(id, riskArchitectures, conditions));
			}
			return risks;
		}

		private String readPricing(JsonNode root, Map<String, Double> pricing) {
			JsonNode node = object(root, "pricing", "(document)");
			if (node.isMissingNode()) {
				return null;
			}
			allowOnly(node, "pricing", "date", "defaults");
			String date = text(node, "date", "pricing");
			if (date != null) {
				try {
					LocalDate.parse(date);
				}
				catch (DateTimeParseException ex) {
					problem("pricing.date", "'" + date + "' is not an ISO date (yyyy-mm-dd)");
				}
			}
			JsonNode defaults = object(node, "defaults", "pricing");
			for (Map.Entry<String, JsonNode> entry : defaults.properties()) {
				String where = "pricing.defaults." + entry.getKey();
				if (!PRICING_NAMES.contains(entry.getKey())) {
					problem(where, "unknown price assumption (known: " + PRICING_NAMES + ")");
				}
				else if (!entry.getValue().isNumber() || entry.getValue().asDouble() < 0) {
					problem(where, "must be a number of 0 or more");
				}
				else {
					pricing.put(entry.getKey(), entry.getValue().asDouble());
				}
			}
			if (defaults.isObject()) {
				for (String name : PRICING_NAMES) {
					if (!defaults.has(name)) {
						problem("pricing.defaults", "missing '" + name + "'");
					}
				}
			}
			return date;
		}

		private Condition condition(JsonNode node, String where) {
			if (node == null || !node.isObject()) {
				problem(where, "a condition object {trait, anyOf | atLeast/below} is required");
				return null;
			}
			allowOnly(node, where, "trait", "anyOf", "atLeast", "below");
			String traitId = text(node, "trait", where);
			if (traitId == null) {
				return null;
			}
			Trait trait = this.traits.get(traitId);
			if (trait == null) {
				problem(where, "unknown trait '" + traitId + "'");
				return null;
			}
			if (trait.costInput()) {
				problem(where, "trait '" + traitId + "' is a cost input and cannot drive rules");
			}
			if (trait.isChoice()) {
				if (node.has("atLeast") || node.has("below")) {
					problem(where, "trait '" + traitId + "' is a choice: use anyOf, not atLeast/below");
				}
				List<String> anyOf = strings(node, "anyOf", where);
				if (anyOf.isEmpty() && node.has("anyOf")) {
					problem(where, "anyOf must name at least one option");
				}
				for (String option : anyOf) {
					if (!trait.options().contains(option)) {
						problem(where, "unknown option '" + option + "' of trait '" + traitId + "' (known: "
								+ trait.options() + ")");
					}
				}
				return new Condition(traitId, anyOf, null, null);
			}
			if (node.has("anyOf")) {
				problem(where, "trait '" + traitId + "' is numeric: use atLeast/below, not anyOf");
			}
			Double atLeast = optionalNumber(node, "atLeast", where);
			Double below = optionalNumber(node, "below", where);
			if (atLeast == null && below == null) {
				problem(where, "a numeric condition needs atLeast, below or both");
			}
			if (atLeast != null && below != null && atLeast >= below) {
				problem(where, "atLeast " + atLeast + " must be below 'below' " + below);
			}
			for (Double bound : new Double[] { atLeast, below }) {
				if (bound != null && (bound <= trait.min() || bound > trait.max())) {
					problem(where, "threshold " + bound + " lies outside the range of '" + traitId + "' (" + trait.min()
							+ " … " + trait.max() + ")");
				}
			}
			return new Condition(traitId, List.of(), atLeast, below);
		}

		private void allowOnly(JsonNode node, String where, String... names) {
			Set<String> allowed = Set.of(names);
			for (String name : node.propertyNames()) {
				if (!allowed.contains(name)) {
					problem(where, "unknown field '" + name + "'");
				}
			}
		}

		private String id(JsonNode node, String where) {
			String id = text(node, "id", where);
			if (id != null && !ID.matcher(id).matches()) {
				problem(where, "id '" + id + "' must use letters, digits and '-' only");
			}
			return id;
		}

		private String text(JsonNode node, String name, String where) {
			JsonNode value = node.get(name);
			if (value == null || value.isNull()) {
				problem(where, "missing '" + name + "'");
				return null;
			}
			if (!value.isString() || value.asString().isBlank()) {
				problem(where, "'" + name + "' must be a non-blank string");
				return null;
			}
			return value.asString();
		}

		private double number(JsonNode node, String name, String where) {
			Double value = optionalNumber(node, name, where);
			if (value == null) {
				problem(where, "missing '" + name + "'");
				return 0;
			}
			return value;
		}

		private Double optionalNumber(JsonNode node, String name, String where) {
			JsonNode value = node.get(name);
			if (value == null || value.isNull()) {
				return null;
			}
			if (!value.isNumber()) {
				problem(where, "'" + name + "' must be a number");
				return null;
			}
			return value.asDouble();
		}

		private List<String> strings(JsonNode node, String name, String where) {
			List<String> values = new ArrayList<>();
			JsonNode array = array(node, name, where);
			for (int i = 0; i < array.size(); i++) {
				if (!array.get(i).isString()) {
					problem(where + "." + name + "[" + i + "]", "must be a string");
					continue;
				}
				values.add(array.get(i).asString());
			}
			return values;
		}

		private JsonNode array(JsonNode node, String name, String where) {
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

		private JsonNode object(JsonNode node, String name, String where) {
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

		private static boolean has(JsonNode node, String name) {
			return node.has(name) && !node.get(name).isNull();
		}

		private static String element(String list, int index, JsonNode node) {
			JsonNode id = node.isObject() ? node.get("id") : null;
			return list + "[" + index + "]" + ((id != null && id.isString()) ? " (" + id.asString() + ")" : "");
		}

		private void problem(String where, String what) {
			this.problems.add(where + ": " + what);
		}

	}

}
