package io.archfit.evaluation;

import java.util.Map;

import io.archfit.catalogue.Catalogue;

/**
 * A catalogue compiled into arrays for scoring: everything indexed (architecture a,
 * criterion c, trait t; per-architecture-and-criterion arrays are indexed
 * {@code a * criterionCount + c}), each trait's slots with their effects, the rules by
 * criterion, the rules and knock-outs that combine answers by the traits they test, the
 * spill-over, the cost bands and the risks. Immutable; made by {@link CatalogueCompiler}.
 */
final class CompiledCatalogue {

	final Catalogue catalogue;

	final String[] architectures;

	final Map<String, Integer> architectureIndex;

	final int architectureCount;

	final String[] criteria;

	final Map<String, Integer> criterionIndex;

	final int criterionCount;

	/** Each criterion's share of the overall score before priorities. */
	final double[] groupShare;

	final CompiledTrait[] traits;

	final Map<String, Integer> traitIndex;

	/** Trait indexes in wizard order. */
	final int[] wizardOrder;

	/** The traits that count towards the confidence (cost inputs do not). */
	final int scoredTraitCount;

	/** Every rule, in catalogue order. */
	final CompiledRule[] rules;

	/** Per criterion: the rules that move it, in catalogue order. */
	final int[][] rulesOfCriterion;

	/** The rules that combine answers. */
	final int[] combinedRules;

	/** Per trait: the combined rules that test it (directly or through a quantity). */
	final int[][] combinedRulesOfTrait;

	final CompiledKnockOut[] knockOuts;

	/** The knock-outs that combine answers. */
	final int[] combinedKnockOuts;

	/** Per trait: the combined knock-outs that test it. */
	final int[][] combinedKnockOutsOfTrait;

	/**
	 * Per trait: the quantity tests of combined rules and knock-outs whose quantity it
	 * enters.
	 */
	final CompiledCondition.QuantityTest[][] quantityTestsOfTrait;

	final SpillPlan spill;

	final CostBands cost;

	/** Per trait: the criteria it moves, plus the cost criterion. */
	final int[][] touchedWithCost;

	final CompiledRisk[] risks;

	final ConfidenceModel confidence;

	CompiledCatalogue(CatalogueCompiler.Parts parts) {
		this.catalogue = parts.catalogue();
		this.architectures = parts.architectures();
		this.architectureIndex = parts.architectureIndex();
		this.architectureCount = this.architectures.length;
		this.criteria = parts.criteria();
		this.criterionIndex = parts.criterionIndex();
		this.criterionCount = this.criteria.length;
		this.groupShare = parts.groupShare();
		this.traits = parts.traits();
		this.traitIndex = parts.traitIndex();
		this.wizardOrder = parts.wizardOrder();
		this.scoredTraitCount = parts.scoredTraitCount();
		this.rules = parts.rules().rules();
		this.rulesOfCriterion = parts.rules().rulesOfCriterion();
		this.combinedRules = parts.rules().combined();
		this.combinedRulesOfTrait = parts.rules().combinedOfTrait();
		this.knockOuts = parts.knockOuts().knockOuts();
		this.combinedKnockOuts = parts.knockOuts().combined();
		this.combinedKnockOutsOfTrait = parts.knockOuts().combinedOfTrait();
		this.quantityTestsOfTrait = parts.quantityTestsOfTrait();
		this.spill = parts.spill();
		this.cost = parts.cost();
		this.touchedWithCost = parts.touchedWithCost();
		this.risks = parts.risks();
		this.confidence = new ConfidenceModel(this.catalogue.confidence().orElse(null));
	}

	/** Whether no combined rule or knock-out tests the trait. */
	boolean simple(int trait) {
		return this.combinedRulesOfTrait[trait].length == 0 && this.combinedKnockOutsOfTrait[trait].length == 0;
	}

}
