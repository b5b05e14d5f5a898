package io.archfit.catalogue;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * Reads the cost side of a catalogue: the dated price defaults with their sources, and
 * the wiring of the cost model (how each architecture is hosted, which answers give the
 * workload figures, the bands of the volume around the break-even).
 */
final class CostReader {

	private final DocumentReader in;

	private final StructureReader structure;

	private final Set<String> references;

	/** The price defaults {@code pricing} gives, by name (read before the cost model). */
	private final Set<String> priced = new HashSet<>();

	CostReader(DocumentReader in, StructureReader structure, Set<String> references) {
		this.in = in;
		this.structure = structure;
		this.references = references;
	}

	/** Reads {@code pricing}: fills the defaults and sources, returns the date. */
	String readPricing(JsonNode root, Map<String, Double> defaults, Map<String, List<String>> sources) {
		Where where = Where.DOCUMENT.field("pricing");
		JsonNode node = this.in.object(root, "pricing", Where.DOCUMENT);
		if (node.isMissingNode()) {
			return null;
		}
		this.in.allowOnly(node, where, "date", "defaults", "sources");
		String date = this.in.text(node, "date", where);
		if (date != null) {
			try {
				LocalDate.parse(date);
			}
			catch (DateTimeParseException ex) {
				this.in.problem(where.field("date"), "'" + date + "' is not an ISO date (yyyy-mm-dd)");
			}
		}
		JsonNode values = this.in.object(node, "defaults", where);
		for (Map.Entry<String, JsonNode> entry : values.properties()) {
			Where at = where.field("defaults").field(entry.getKey());
			if (!KNOWN_PRICES.contains(entry.getKey())) {
				this.in.problem(at, "unknown price assumption (known: " + KNOWN_PRICES + ")");
			}
			else if (!entry.getValue().isNumber() || !(entry.getValue().asDouble() >= 0)) {
				this.in.problem(at, "must be a number of 0 or more");
			}
			else {
				defaults.put(entry.getKey(), entry.getValue().asDouble());
				this.priced.add(entry.getKey());
			}
		}
		JsonNode cited = this.in.object(node, "sources", where);
		for (String name : KNOWN_PRICES) {
			boolean required = CatalogueLoader.PRICING_NAMES.contains(name);
			if (required && values.isObject() && !values.has(name)) {
				this.in.problem(where.field("defaults"), "missing '" + name + "'");
			}
			if ((required || values.has(name)) && cited.isObject() && !cited.has(name)) {
				this.in.problem(where.field("sources"), "no source for '" + name + "'");
			}
		}
		for (Map.Entry<String, JsonNode> entry : cited.properties()) {
			if (!KNOWN_PRICES.contains(entry.getKey())) {
				this.in.problem(where.field("sources"), "unknown price assumption '" + entry.getKey() + "'");
				continue;
			}
			sources.put(entry.getKey(),
					this.in.citations(cited, entry.getKey(), where.field("sources"), this.references));
		}
		return date;
	}

	/**
	 * Reads {@code costModel}; call after {@link #readPricing}, whose defaults the parts
	 * the model declares ({@code platform}, {@code internalCalls}, {@code people}) need.
	 */
	CostModelSpec readCostModel(JsonNode root) {
		if (!DocumentReader.has(root, "costModel")) {
			return null;
		}
		Where where = Where.DOCUMENT.field("costModel");
		JsonNode node = this.in.object(root, "costModel", Where.DOCUMENT);
		this.in.allowOnly(node, where, "criterion", "hosting", "inputs", "bands", "sources", "platform",
				"internalCalls", "people", "bandsFigure");
		String criterion = this.in.text(node, "criterion", where);
		if (criterion != null && !this.structure.criteria.contains(criterion)) {
			this.in.problem(where, "unknown criterion '" + criterion + "'");
		}
		Map<String, CostModelSpec.Hosting> hosting = hosting(node, where);
		JsonNode inputs = this.in.object(node, "inputs", where);
		Where at = where.field("inputs");
		this.in.allowOnly(inputs, at, "requests", "duration", "memory", "peakToAverage", "services");
		CostModelSpec.CostInput requests = input(inputs, "requests", at);
		CostModelSpec.CostInput duration = input(inputs, "duration", at);
		CostModelSpec.CostInput memory = input(inputs, "memory", at);
		CostModelSpec.CostInput peak = input(inputs, "peakToAverage", at);
		CostModelSpec.CostInput services = input(inputs, "services", at);
		List<CostModelSpec.CostBand> bands = bands(node, where);
		List<String> sources = this.in.sources(node, where, this.references);
		if (!bands.isEmpty() && (!hosting.containsValue(CostModelSpec.Hosting.FUNCTIONS)
				|| !hosting.containsValue(CostModelSpec.Hosting.ONE_SERVICE))) {
			this.in.problem(where.field("bands"),
					"bands need one architecture hosted as functions and one as one service");
		}
		CostModelSpec.Platform platform = null;
		if (DocumentReader.has(node, "platform")) {
			Where partAt = where.field("platform");
			JsonNode part = this.in.object(node, "platform", where);
			this.in.allowOnly(part, partAt, "taken", "sources");
			platform = new CostModelSpec.Platform(taken(part, partAt), this.in.sources(part, partAt, this.references));
			priced(CostModelSpec.Platform.ASSUMPTIONS, partAt);
		}
		CostModelSpec.InternalCalls calls = null;
		if (DocumentReader.has(node, "internalCalls")) {
			Where partAt = where.field("internalCalls");
			JsonNode part = this.in.object(node, "internalCalls", where);
			this.in.allowOnly(part, partAt, "perRequest", "taken", "sources");
			calls = new CostModelSpec.InternalCalls(input(part, "perRequest", partAt), taken(part, partAt),
					this.in.sources(part, partAt, this.references));
			priced(CostModelSpec.InternalCalls.ASSUMPTIONS, partAt);
		}
		CostModelSpec.People people = null;
		if (DocumentReader.has(node, "people")) {
			Where partAt = where.field("people");
			JsonNode part = this.in.object(node, "people", where);
			this.in.allowOnly(part, partAt, "maturity", "taken", "sources");
			people = new CostModelSpec.People(input(part, "maturity", partAt), taken(part, partAt),
					this.in.sources(part, partAt, this.references));
			priced(CostModelSpec.People.ASSUMPTIONS, partAt);
		}
		CostModelSpec.Figure figure = CostModelSpec.Figure.INFRASTRUCTURE;
		if (DocumentReader.has(node, "bandsFigure")) {
			String id = this.in.text(node, "bandsFigure", where);
			figure = (id != null) ? CostModelSpec.Figure.of(id).orElse(null) : null;
			if (figure == null) {
				this.in.problem(where.field("bandsFigure"), "must be infrastructure or total");
			}
		}
		return new CostModelSpec(criterion, hosting, requests, duration, memory, peak, services, bands, sources,
				platform, calls, people, figure);
	}

	/** Every price default of the cost model and of the parts it may declare. */
	private static final List<String> KNOWN_PRICES = knownPrices();

	private static List<String> knownPrices() {
		List<String> names = new ArrayList<>(CatalogueLoader.PRICING_NAMES);
		names.addAll(CostModelSpec.Platform.ASSUMPTIONS);
		names.addAll(CostModelSpec.InternalCalls.ASSUMPTIONS);
		names.addAll(CostModelSpec.People.ASSUMPTIONS);
		return List.copyOf(names);
	}

	private String taken(JsonNode part, Where where) {
		String date = this.in.text(part, "taken", where);
		if (date != null) {
			try {
				LocalDate.parse(date);
			}
			catch (DateTimeParseException ex) {
				this.in.problem(where.field("taken"), "'" + date + "' is not an ISO date (yyyy-mm-dd)");
			}
		}
		return date;
	}

	/**
	 * A declared part needs its price defaults in {@code pricing}, each with a source.
	 */
	private void priced(List<String> names, Where where) {
		for (String name : names) {
			if (!this.priced.contains(name)) {
				this.in.problem(where, "needs the price default '" + name + "' in pricing.defaults, with its sources");
			}
		}
	}

	private Map<String, CostModelSpec.Hosting> hosting(JsonNode parent, Where parentWhere) {
		Map<String, CostModelSpec.Hosting> hosting = new LinkedHashMap<>();
		Where where = parentWhere.field("hosting");
		JsonNode node = this.in.object(parent, "hosting", parentWhere);
		Set<CostModelSpec.Hosting> single = EnumSet.noneOf(CostModelSpec.Hosting.class);
		for (Map.Entry<String, JsonNode> entry : node.properties()) {
			if (!this.structure.architectures.contains(entry.getKey())) {
				this.in.problem(where, "unknown architecture '" + entry.getKey() + "'");
				continue;
			}
			CostModelSpec.Hosting kind = entry.getValue().isString()
					? CostModelSpec.Hosting.of(entry.getValue().asString()).orElse(null) : null;
			if (kind == null) {
				this.in.problem(where.field(entry.getKey()),
						"must be one of one-service, services, functions, services-and-functions");
				continue;
			}
			if ((kind == CostModelSpec.Hosting.FUNCTIONS || kind == CostModelSpec.Hosting.ONE_SERVICE)
					&& !single.add(kind)) {
				this.in.problem(where.field(entry.getKey()), "only one architecture may be hosted as " + kind.id());
			}
			hosting.put(entry.getKey(), kind);
		}
		for (String architecture : this.structure.architectures) {
			if (node.isObject() && !node.has(architecture)) {
				this.in.problem(where, "no hosting for '" + architecture + "'");
			}
		}
		return hosting;
	}

	private CostModelSpec.CostInput input(JsonNode inputs, String name, Where parent) {
		Where where = parent.field(name);
		JsonNode node = this.in.object(inputs, name, parent);
		this.in.allowOnly(node, where, "trait", "from", "values", "default");
		String trait = DocumentReader.has(node, "trait") ? this.in.text(node, "trait", where) : null;
		if (trait != null) {
			Trait known = this.structure.traits.get(trait);
			if (known == null || known.isChoice()) {
				this.in.problem(where, "'" + trait + "' is not a numeric trait");
			}
		}
		String from = DocumentReader.has(node, "from") ? this.in.text(node, "from", where) : null;
		Map<String, Double> values = new LinkedHashMap<>();
		if (from != null) {
			Trait known = this.structure.traits.get(from);
			if (known == null || !known.isChoice()) {
				this.in.problem(where, "'" + from + "' is not a choice trait");
			}
			else {
				JsonNode valueNodes = this.in.object(node, "values", where);
				for (String option : known.options()) {
					JsonNode value = valueNodes.get(option);
					if (value == null || !value.isNumber() || !(value.asDouble() >= 0)) {
						this.in.problem(where.field("values"), "needs a number of 0 or more for '" + option + "'");
					}
					else {
						values.put(option, value.asDouble());
					}
				}
			}
		}
		else if (node.has("values")) {
			this.in.problem(where, "'values' needs 'from'");
		}
		double fallback = this.in.number(node, "default", where);
		if (!(fallback >= 0)) {
			this.in.problem(where, "default must be 0 or more");
		}
		return new CostModelSpec.CostInput(trait, from, values, fallback);
	}

	private List<CostModelSpec.CostBand> bands(JsonNode node, Where where) {
		List<CostModelSpec.CostBand> bands = new ArrayList<>();
		JsonNode array = this.in.array(node, "bands", where);
		this.in.atMost(array, 9, where.field("bands"), "bands");
		double previous = 0;
		for (int i = 0; i < array.size(); i++) {
			JsonNode band = array.get(i);
			Where at = where.field("bands").index(i);
			if (!band.isObject()) {
				this.in.problem(at, "must be an object");
				continue;
			}
			this.in.allowOnly(band, at, "below", "effects");
			Double below = this.in.optionalNumber(band, "below", at);
			boolean last = i == array.size() - 1;
			if (last && below != null) {
				this.in.problem(at, "the last band is open: leave 'below' out");
			}
			if (!last && (below == null || !(below > previous))) {
				this.in.problem(at, "'below' must be a multiple of the break-even above the previous band's");
			}
			previous = (below != null) ? below : previous;
			Map<String, Integer> effects = new LinkedHashMap<>();
			for (Map.Entry<String, JsonNode> entry : this.in.object(band, "effects", at).properties()) {
				JsonNode value = entry.getValue();
				if (!this.structure.architectures.contains(entry.getKey())) {
					this.in.problem(at.field("effects"), "unknown architecture '" + entry.getKey() + "'");
				}
				else if (!value.isIntegralNumber() || value.asLong() < RuleReader.MIN_EFFECT
						|| value.asLong() > RuleReader.MAX_EFFECT) {
					this.in.problem(at.field("effects"),
							"effect for '" + entry.getKey() + "' is " + value + ", must be a whole number from "
									+ RuleReader.MIN_EFFECT + " to " + RuleReader.MAX_EFFECT);
				}
				else {
					effects.put(entry.getKey(), value.asInt());
				}
			}
			bands.add(new CostModelSpec.CostBand(last ? null : below, effects));
		}
		return bands;
	}

}
