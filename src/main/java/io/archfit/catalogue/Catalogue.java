package io.archfit.catalogue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One version of a catalogue of ArchFit's knowledge: the architectures, criteria, wizard
 * steps and traits, the rules that move scores, the knock-outs, the risks, the cost
 * model's wiring and its dated price defaults, and the references all of these rest on.
 * Immutable; built and validated by {@link CatalogueLoader}.
 */
public final class Catalogue {

	/** The id of the catalogue that ships with ArchFit. */
	public static final String BUILT_IN = "archfit";

	private final String id;

	private final String version;

	private final List<String> architectures;

	private final List<Criterion> criteria;

	private final Map<String, Double> groupWeights;

	private final List<Step> steps;

	private final Map<String, Trait> traits;

	private final List<Quantity> quantities;

	private final List<Rule> rules;

	private final List<KnockOut> knockOuts;

	private final List<RiskRule> risks;

	private final Spillover spillover;

	private final CostModelSpec costModel;

	private final Map<String, Double> pricingDefaults;

	private final String pricingDate;

	private final Map<String, List<String>> pricingSources;

	private final Map<String, Reference> references;

	private final CatalogueTexts texts;

	private final ConfidenceSpec confidence;

	private Catalogue(Builder b) {
		this.texts = b.texts;
		this.confidence = b.confidence;
		this.id = b.id;
		this.version = b.version;
		this.architectures = List.copyOf(b.architectures);
		this.criteria = List.copyOf(b.criteria);
		this.groupWeights = Collections.unmodifiableMap(new LinkedHashMap<>(b.groupWeights));
		this.steps = List.copyOf(b.steps);
		Map<String, Trait> byId = new LinkedHashMap<>();
		b.traits.forEach((trait) -> byId.put(trait.id(), trait));
		this.traits = Collections.unmodifiableMap(byId);
		this.quantities = List.copyOf(b.quantities);
		this.rules = List.copyOf(b.rules);
		this.knockOuts = List.copyOf(b.knockOuts);
		this.risks = List.copyOf(b.risks);
		this.spillover = b.spillover;
		this.costModel = b.costModel;
		this.pricingDefaults = Collections.unmodifiableMap(new LinkedHashMap<>(b.pricingDefaults));
		this.pricingDate = b.pricingDate;
		Map<String, List<String>> sources = new LinkedHashMap<>();
		b.pricingSources.forEach((name, ids) -> sources.put(name, List.copyOf(ids)));
		this.pricingSources = Collections.unmodifiableMap(sources);
		Map<String, Reference> references = new LinkedHashMap<>();
		b.references.forEach((reference) -> references.put(reference.id(), reference));
		this.references = Collections.unmodifiableMap(references);
	}

	public static Builder builder(String id, String version) {
		return new Builder(id, version);
	}

	/** The same catalogue with texts of its own. */
	public Catalogue withTexts(CatalogueTexts texts) {
		Builder b = builder(this.id, this.version).architectures(this.architectures)
			.criteria(this.criteria, this.groupWeights)
			.questions(this.steps, traits(), this.quantities)
			.rules(this.rules, this.knockOuts, this.spillover)
			.risks(this.risks)
			.cost(this.costModel, this.pricingDefaults, this.pricingDate, this.pricingSources)
			.references(references())
			.confidence(this.confidence)
			.texts(texts);
		return b.build();
	}

	/**
	 * Which catalogue this is: {@value #BUILT_IN} for the one that ships with ArchFit.
	 */
	public String id() {
		return this.id;
	}

	public String version() {
		return this.version;
	}

	/** Architecture ids in display order. */
	public List<String> architectures() {
		return this.architectures;
	}

	public List<Criterion> criteria() {
		return this.criteria;
	}

	public Optional<Criterion> criterion(String id) {
		return this.criteria.stream().filter((criterion) -> criterion.id().equals(id)).findFirst();
	}

	/** Criterion group id to its share of the overall score (the shares add up to 1). */
	public Map<String, Double> groupWeights() {
		return this.groupWeights;
	}

	/** The wizard's steps in order. */
	public List<Step> steps() {
		return this.steps;
	}

	/** Every trait, in wizard order. */
	public List<Trait> traits() {
		return List.copyOf(this.traits.values());
	}

	public Optional<Trait> trait(String id) {
		return Optional.ofNullable(this.traits.get(id));
	}

	public List<Trait> traitsOf(Step step) {
		return step.traitIds().stream().map(this.traits::get).toList();
	}

	/** Numbers derived from several answers, for rules about combinations. */
	public List<Quantity> quantities() {
		return this.quantities;
	}

	public Optional<Quantity> quantity(String id) {
		return this.quantities.stream().filter((quantity) -> quantity.id().equals(id)).findFirst();
	}

	public List<Rule> rules() {
		return this.rules;
	}

	public List<KnockOut> knockOuts() {
		return this.knockOuts;
	}

	/** The risks, most serious first. */
	public List<RiskRule> risks() {
		return this.risks;
	}

	/** How a knocked-out architecture's strengths carry over to another, if at all. */
	public Optional<Spillover> spillover() {
		return Optional.ofNullable(this.spillover);
	}

	/** How the cost model is wired to this catalogue, if it has one. */
	public Optional<CostModelSpec> costModel() {
		return Optional.ofNullable(this.costModel);
	}

	/** Cost model defaults by assumption name (see the API's {@code assumptions}). */
	public Map<String, Double> pricingDefaults() {
		return this.pricingDefaults;
	}

	/** The date the price defaults were taken, ISO format. */
	public String pricingDate() {
		return this.pricingDate;
	}

	/** The reference ids each price default rests on, by assumption name. */
	public Map<String, List<String>> pricingSources() {
		return this.pricingSources;
	}

	/** Every reference, in catalogue order. */
	public List<Reference> references() {
		return List.copyOf(this.references.values());
	}

	public Optional<Reference> reference(String id) {
		return Optional.ofNullable(this.references.get(id));
	}

	/**
	 * The references with the given ids, in the order given (unknown ids are skipped).
	 */
	public List<Reference> references(List<String> ids) {
		List<Reference> found = new ArrayList<>(ids.size());
		for (String referenceId : ids) {
			Reference reference = this.references.get(referenceId);
			if (reference != null) {
				found.add(reference);
			}
		}
		return found;
	}

	/** How the catalogue states its confidence, if it calibrates it. */
	public Optional<ConfidenceSpec> confidence() {
		return Optional.ofNullable(this.confidence);
	}

	/** The catalogue's own texts (names, questions, reasons …) where it has any. */
	public CatalogueTexts texts() {
		return this.texts;
	}

	/** Criteria of one group, in catalogue order. */
	public List<Criterion> criteriaOf(String group) {
		return this.criteria.stream().filter((criterion) -> criterion.group().equals(group)).toList();
	}

	/**
	 * Collects the parts of a catalogue; {@link CatalogueLoader} validates them first.
	 */
	public static final class Builder {

		private final String id;

		private final String version;

		private List<String> architectures = List.of();

		private List<Criterion> criteria = List.of();

		private Map<String, Double> groupWeights = Map.of();

		private List<Step> steps = List.of();

		private List<Trait> traits = List.of();

		private List<Quantity> quantities = List.of();

		private List<Rule> rules = List.of();

		private List<KnockOut> knockOuts = List.of();

		private List<RiskRule> risks = List.of();

		private Spillover spillover;

		private CostModelSpec costModel;

		private Map<String, Double> pricingDefaults = Map.of();

		private String pricingDate;

		private Map<String, List<String>> pricingSources = Map.of();

		private List<Reference> references = List.of();

		private CatalogueTexts texts = CatalogueTexts.NONE;

		private ConfidenceSpec confidence;

		private Builder(String id, String version) {
			this.id = id;
			this.version = version;
		}

		public Builder architectures(List<String> architectures) {
			this.architectures = architectures;
			return this;
		}

		public Builder criteria(List<Criterion> criteria, Map<String, Double> groupWeights) {
			this.criteria = criteria;
			this.groupWeights = groupWeights;
			return this;
		}

		public Builder questions(List<Step> steps, List<Trait> traits, List<Quantity> quantities) {
			this.steps = steps;
			this.traits = traits;
			this.quantities = quantities;
			return this;
		}

		public Builder rules(List<Rule> rules, List<KnockOut> knockOuts, Spillover spillover) {
			this.rules = rules;
			this.knockOuts = knockOuts;
			this.spillover = spillover;
			return this;
		}

		public Builder risks(List<RiskRule> risks) {
			this.risks = risks;
			return this;
		}

		public Builder cost(CostModelSpec costModel, Map<String, Double> pricingDefaults, String pricingDate,
				Map<String, List<String>> pricingSources) {
			this.costModel = costModel;
			this.pricingDefaults = pricingDefaults;
			this.pricingDate = pricingDate;
			this.pricingSources = pricingSources;
			return this;
		}

		public Builder references(List<Reference> references) {
			this.references = references;
			return this;
		}

		public Builder confidence(ConfidenceSpec confidence) {
			this.confidence = confidence;
			return this;
		}

		public Builder texts(CatalogueTexts texts) {
			this.texts = texts;
			return this;
		}

		public Catalogue build() {
			return new Catalogue(this);
		}

	}

}
