package io.archfit.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a catalogue from its JSON document and checks that it holds together: every id is
 * unique, every rule, knock-out and risk names known traits, options, quantities,
 * architectures and criteria and cites known references, effects stay within −2 … +2,
 * steps and traits agree, lists stay within {@link CatalogueLimits}, and the cost model's
 * wiring and price defaults are complete. Anything wrong stops loading with a
 * {@link CatalogueException} that names every element at fault and what is wrong (all
 * problems at once). Each part of the document has a reader of its own
 * ({@link StructureReader}, {@link ConditionReader}, {@link RuleReader},
 * {@link RiskReader}, {@link CostReader}, {@link ReferenceReader}).
 */
public final class CatalogueLoader {

	/** Names of the price defaults the cost model needs. */
	public static final List<String> PRICING_NAMES = List.of("faasRequestPerMillionUsd", "faasGbSecondUsd",
			"faasFreeRequests", "faasFreeGbSeconds", "gatewayPerMillionUsd", "vcpuHourUsd", "gbHourUsd", "taskVcpu",
			"taskMemoryGb", "targetUtilization", "minTasks", "loadBalancerMonthlyUsd", "cpuShare");

	/** Effects run from this value … */
	public static final int MIN_EFFECT = RuleReader.MIN_EFFECT;

	/** … to this one. */
	public static final int MAX_EFFECT = RuleReader.MAX_EFFECT;

	/** The largest catalogue document read, in characters. */
	public static final int MAX_DOCUMENT_CHARS = 1_000_000;

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
				throw CatalogueException.of(resource, "(document)", "no such resource on the class path");
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
		if (json.length() > MAX_DOCUMENT_CHARS) {
			throw CatalogueException.of(source, "(document)",
					"is " + json.length() + " characters long; at most " + MAX_DOCUMENT_CHARS + " are read");
		}
		JsonNode root;
		try {
			root = MAPPER.readTree(json);
		}
		catch (JacksonException ex) {
			throw new CatalogueException(source, "is not valid JSON: " + ex.getOriginalMessage(), ex);
		}
		if (root == null || !root.isObject()) {
			throw CatalogueException.of(source, "(document)", "the document must be a JSON object");
		}
		DocumentReader in = new DocumentReader();
		Catalogue catalogue = read(in, root);
		if (!in.problems().isEmpty()) {
			throw new CatalogueException(source, in.problems());
		}
		return catalogue;
	}

	private static Catalogue read(DocumentReader in, JsonNode root) {
		in.allowOnly(root, Where.DOCUMENT, "id", "version", "architectures", "groups", "criteria", "steps", "traits",
				"quantities", "rules", "knockOuts", "spillover", "risks", "costModel", "pricing", "confidence",
				"references", "texts");
		String id = DocumentReader.has(root, "id") ? in.id(root, Where.DOCUMENT) : Catalogue.BUILT_IN;
		String version = in.text(root, "version", Where.DOCUMENT);
		ReferenceReader references = new ReferenceReader(in);
		List<Reference> referenceList = references.readReferences(root);
		StructureReader structure = new StructureReader(in);
		List<String> architectures = structure.readArchitectures(root);
		Map<String, Double> groupWeights = structure.readGroups(root);
		List<Criterion> criteria = structure.readCriteria(root, groupWeights);
		List<Trait> traits = structure.readTraits(root);
		List<Step> steps = structure.readSteps(root, traits);
		ConditionReader conditions = new ConditionReader(in, structure.traits);
		List<Quantity> quantities = conditions.readQuantities(root);
		RuleReader rules = new RuleReader(in, structure, conditions, references.ids());
		List<Rule> ruleList = rules.readRules(root);
		List<KnockOut> knockOuts = rules.readKnockOuts(root);
		Spillover spillover = rules.readSpillover(root, knockOuts);
		List<RiskRule> risks = new RiskReader(in, structure, conditions, references.ids()).readRisks(root);
		CostReader cost = new CostReader(in, structure, references.ids());
		Map<String, Double> pricing = new LinkedHashMap<>();
		Map<String, List<String>> pricingSources = new LinkedHashMap<>();
		String pricingDate = cost.readPricing(root, pricing, pricingSources);
		CostModelSpec costModel = cost.readCostModel(root);
		ConfidenceSpec confidence = new ScoringReader(in, references.ids()).readConfidence(root);
		TextReader textReader = new TextReader(in);
		Map<String, Map<String, String>> texts = textReader.readTexts(root);
		// built even when parts are broken, so that texts are checked against what could
		// be read
		Catalogue catalogue = Catalogue.builder(id, version)
			.architectures(architectures)
			.criteria(criteria, groupWeights)
			.questions(steps, traits, quantities)
			.rules(ruleList, knockOuts, spillover)
			.risks(risks)
			.cost(costModel, pricing, pricingDate, pricingSources)
			.references(referenceList)
			.confidence(confidence)
			.texts(texts.isEmpty() ? CatalogueTexts.NONE : new DocumentTexts(texts))
			.build();
		textReader.checkKeys(texts, CatalogueMessages.requiredKeys(catalogue));
		return in.problems().isEmpty() ? catalogue : null;
	}

}
