package io.archfit.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a catalogue as the document {@link CatalogueLoader} reads: plain maps and lists
 * in the loader's field order, ready for any JSON or YAML writer. Reading what it writes
 * gives the same catalogue.
 */
public final class CatalogueWriter {

	private final Catalogue catalogue;

	private CatalogueWriter(Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	public static Map<String, Object> document(Catalogue catalogue) {
		return new CatalogueWriter(catalogue).write();
	}

	private Map<String, Object> write() {
		Catalogue catalogue = this.catalogue;
		Map<String, Object> doc = new LinkedHashMap<>();
		doc.put("id", catalogue.id());
		doc.put("version", catalogue.version());
		doc.put("architectures", catalogue.architectures());
		doc.put("groups", catalogue.groupWeights());
		doc.put("criteria", catalogue.criteria().stream().map(CatalogueWriter::criterion).toList());
		doc.put("steps", catalogue.steps().stream().map(CatalogueWriter::step).toList());
		doc.put("traits", catalogue.traits().stream().map(CatalogueWriter::trait).toList());
		if (!catalogue.quantities().isEmpty()) {
			doc.put("quantities", catalogue.quantities().stream().map(this::quantity).toList());
		}
		doc.put("rules", catalogue.rules().stream().map(this::rule).toList());
		doc.put("knockOuts", catalogue.knockOuts().stream().map(this::knockOut).toList());
		catalogue.spillover().ifPresent((spillover) -> doc.put("spillover", spillover(spillover)));
		doc.put("risks", catalogue.risks().stream().map(this::risk).toList());
		catalogue.costModel().ifPresent((model) -> doc.put("costModel", costModel(model)));
		Map<String, Object> pricing = new LinkedHashMap<>();
		pricing.put("date", catalogue.pricingDate());
		pricing.put("defaults", catalogue.pricingDefaults());
		pricing.put("sources", catalogue.pricingSources());
		doc.put("pricing", pricing);
		catalogue.confidence().ifPresent((confidence) -> doc.put("confidence", confidence(confidence)));
		doc.put("references", catalogue.references().stream().map(CatalogueWriter::reference).toList());
		if (catalogue.texts() instanceof DocumentTexts texts && !texts.isEmpty()) {
			doc.put("texts", texts.byLanguage());
		}
		return doc;
	}

	/** A condition as the loader reads it. */
	public static Map<String, Object> condition(Condition condition) {
		Map<String, Object> node = new LinkedHashMap<>();
		if (condition instanceof Condition.OnTrait test) {
			node.put("trait", test.trait());
			if (!test.anyOf().isEmpty()) {
				node.put("anyOf", test.anyOf());
			}
			putRange(node, test.atLeast(), test.below());
		}
		else if (condition instanceof Condition.OnQuantity test) {
			node.put("quantity", test.quantity());
			putRange(node, test.atLeast(), test.below());
		}
		else if (condition instanceof Condition.All all) {
			node.put("all", all.conditions().stream().map(CatalogueWriter::condition).toList());
		}
		else {
			node.put("any", ((Condition.Any) condition).conditions().stream().map(CatalogueWriter::condition).toList());
		}
		return node;
	}

	private static void putRange(Map<String, Object> node, Double atLeast, Double below) {
		if (atLeast != null) {
			node.put("atLeast", atLeast);
		}
		if (below != null) {
			node.put("below", below);
		}
	}

	private static Map<String, Object> criterion(Criterion criterion) {
		Map<String, Object> node = ordered("id", criterion.id(), "group", criterion.group(), "kind", criterion.kind());
		if (criterion.weight() != Criterion.EVEN) {
			node.put("weight", criterion.weight());
		}
		return node;
	}

	private static Map<String, Object> step(Step step) {
		return ordered("id", step.id(), "traits", step.traitIds());
	}

	private static Map<String, Object> trait(Trait trait) {
		Map<String, Object> node = ordered("id", trait.id(), "step", trait.step(), "type",
				trait.type().name().toLowerCase(java.util.Locale.ROOT));
		if (trait.isChoice()) {
			node.put("options", trait.options());
		}
		else {
			node.put("min", trait.min());
			node.put("max", trait.max());
		}
		if (trait.costInput()) {
			node.put("costInput", true);
		}
		return node;
	}

	private Map<String, Object> quantity(Quantity quantity) {
		List<Map<String, Object>> terms = new ArrayList<>();
		for (Quantity.Term term : quantity.terms()) {
			Map<String, Object> node = ordered("trait", term.trait(), "power", term.power());
			if (!term.values().isEmpty()) {
				node.put("values", orderedBy(term.values(), options(term.trait())));
			}
			terms.add(node);
		}
		return ordered("id", quantity.id(), "factor", quantity.factor(), "terms", terms);
	}

	private Map<String, Object> rule(Rule rule) {
		return ordered("id", rule.id(), "when", condition(rule.when()), "effects",
				orderedBy(rule.effects(), this.catalogue.architectures()), "criteria", rule.criteria(), "sources",
				rule.sources());
	}

	private Map<String, Object> knockOut(KnockOut knockOut) {
		return ordered("id", knockOut.id(), "architecture", knockOut.architecture(), "when", condition(knockOut.when()),
				"sources", knockOut.sources());
	}

	private Map<String, Object> spillover(Spillover spillover) {
		Map<String, Object> node = ordered("id", spillover.id(), "from", spillover.from(), "to", spillover.to(),
				"groups", spillover.groups(), "knockOuts", spillover.knockOuts());
		if (spillover.lift() != Spillover.Lift.STEP) {
			node.put("lift", spillover.lift().id());
		}
		node.put("sources", spillover.sources());
		return node;
	}

	private Map<String, Object> risk(RiskRule risk) {
		return ordered("id", risk.id(), "architectures", risk.architectures(), "when",
				risk.when().stream().map(CatalogueWriter::condition).toList(), "sources", risk.sources());
	}

	private Map<String, Object> costModel(CostModelSpec model) {
		Map<String, Object> hosting = new LinkedHashMap<>();
		model.hosting().forEach((architecture, kind) -> hosting.put(architecture, kind.id()));
		Map<String, Object> inputs = ordered("requests", input(model.requests()), "duration", input(model.duration()),
				"memory", input(model.memory()), "peakToAverage", input(model.peakToAverage()), "services",
				input(model.services()));
		List<Map<String, Object>> bands = new ArrayList<>();
		for (CostModelSpec.CostBand band : model.bands()) {
			Map<String, Object> node = new LinkedHashMap<>();
			if (band.below() != null) {
				node.put("below", band.below());
			}
			node.put("effects", orderedBy(band.effects(), this.catalogue.architectures()));
			bands.add(node);
		}
		Map<String, Object> node = ordered("criterion", model.criterion(), "hosting", hosting, "inputs", inputs,
				"bands", bands, "sources", model.sources());
		if (model.platform() != null) {
			node.put("platform", ordered("taken", model.platform().taken(), "sources", model.platform().sources()));
		}
		if (model.internalCalls() != null) {
			CostModelSpec.InternalCalls calls = model.internalCalls();
			node.put("internalCalls", ordered("perRequest", input(calls.perRequest()), "taken", calls.taken(),
					"sources", calls.sources()));
		}
		if (model.people() != null) {
			CostModelSpec.People people = model.people();
			node.put("people", ordered("maturity", input(people.maturity()), "taken", people.taken(), "sources",
					people.sources()));
		}
		if (model.bandsFigure() != CostModelSpec.Figure.INFRASTRUCTURE) {
			node.put("bandsFigure", model.bandsFigure().id());
		}
		return node;
	}

	private Map<String, Object> input(CostModelSpec.CostInput input) {
		Map<String, Object> node = new LinkedHashMap<>();
		if (input.trait() != null) {
			node.put("trait", input.trait());
		}
		if (input.from() != null) {
			node.put("from", input.from());
			node.put("values", orderedBy(input.fromValues(), options(input.from())));
		}
		node.put("default", input.defaultValue());
		return node;
	}

	private static Map<String, Object> confidence(ConfidenceSpec confidence) {
		List<List<Double>> knots = confidence.knots().stream().map((k) -> List.of(k.lead(), k.right())).toList();
		Map<String, Object> node = ordered("knots", knots, "tippingPenalty", confidence.tippingPenalty(), "tippingCap",
				confidence.tippingCap(), "high", confidence.high(), "medium", confidence.medium(), "closeCall",
				confidence.closeCall());
		if (!confidence.precedents().isEmpty()) {
			node.put("precedents", confidence.precedents());
		}
		node.put("sources", confidence.sources());
		return node;
	}

	private static Map<String, Object> reference(Reference reference) {
		return ordered("id", reference.id(), "author", reference.author(), "title", reference.title(), "year",
				reference.year(), "url", reference.url());
	}

	private List<String> options(String trait) {
		return this.catalogue.trait(trait).map(Trait::options).orElse(List.of());
	}

	/** The map's entries in the given order of keys, then any others. */
	private static <V> Map<String, V> orderedBy(Map<String, V> map, List<String> order) {
		Map<String, V> sorted = new LinkedHashMap<>();
		for (String key : order) {
			if (map.containsKey(key)) {
				sorted.put(key, map.get(key));
			}
		}
		map.keySet().stream().sorted().forEach((key) -> sorted.putIfAbsent(key, map.get(key)));
		return sorted;
	}

	private static Map<String, Object> ordered(Object... keysAndValues) {
		Map<String, Object> node = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			node.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return node;
	}

}
