package io.archfit.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One version of ArchFit's knowledge: the architectures, criteria, wizard steps and
 * traits, the rules that move scores, the knock-outs, the risks, and the dated price
 * defaults of the cost model. Immutable; built and validated by {@link CatalogueLoader}.
 */
public final class Catalogue {

	private final String version;

	private final List<String> architectures;

	private final List<Criterion> criteria;

	private final Map<String, Double> groupWeights;

	private final List<Step> steps;

	private final Map<String, Trait> traits;

	private final List<Rule> rules;

	private final List<KnockOut> knockOuts;

	private final List<RiskRule> risks;

	private final Map<String, Double> pricingDefaults;

	private final String pricingDate;

	private final Spillover spillover;

	public Catalogue(String version, List<String> architectures, List<Criterion> criteria,
			Map<String, Double> groupWeights, List<Step> steps, List<Trait> traits, List<Rule> rules,
			List<KnockOut> knockOuts, List<RiskRule> risks, Map<String, Double> pricingDefaults, String pricingDate) {
		this(version, architectures, criteria, groupWeights, steps, traits, rules, knockOuts, risks, pricingDefaults,
				pricingDate, null);
	}

	/**
	 * Creates a catalogue that also says how a knocked-out architecture's workload
	 * strengths carry over to another one (see {@link Spillover}).
	 */
	public Catalogue(String version, List<String> architectures, List<Criterion> criteria,
			Map<String, Double> groupWeights, List<Step> steps, List<Trait> traits, List<Rule> rules,
			List<KnockOut> knockOuts, List<RiskRule> risks, Map<String, Double> pricingDefaults, String pricingDate,
			Spillover spillover) {
		this.version = version;
		this.architectures = List.copyOf(architectures);
		this.criteria = List.copyOf(criteria);
		this.groupWeights = Map.copyOf(groupWeights);
		this.steps = List.copyOf(steps);
		Map<String, Trait> byId = new LinkedHashMap<>();
		traits.forEach((trait) -> byId.put(trait.id(), trait));
		this.traits = java.util.Collections.unmodifiableMap(byId);
		this.rules = List.copyOf(rules);
		this.knockOuts = List.copyOf(knockOuts);
		this.risks = List.copyOf(risks);
		this.pricingDefaults = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(pricingDefaults));
		this.pricingDate = pricingDate;
		this.spillover = spillover;
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

	public List<Rule> rules() {
		return this.rules;
	}

	public List<KnockOut> knockOuts() {
		return this.knockOuts;
	}

	public List<RiskRule> risks() {
		return this.risks;
	}

	/** Cost model defaults by assumption name (see the API's {@code assumptions}). */
	public Map<String, Double> pricingDefaults() {
		return this.pricingDefaults;
	}

	/** The date the price defaults were taken, ISO format. */
	public String pricingDate() {
		return this.pricingDate;
	}

	/** How a knocked-out architecture's strengths carry over to another, if at all. */
	public Optional<Spillover> spillover() {
		return Optional.ofNullable(this.spillover);
	}

	/** Criteria of one group, in catalogue order. */
	public List<Criterion> criteriaOf(String group) {
		return this.criteria.stream().filter((criterion) -> criterion.group().equals(group)).toList();
	}

}
