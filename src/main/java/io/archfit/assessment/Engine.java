package io.archfit.assessment;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import io.archfit.catalogue.Catalogue;
import io.archfit.catalogue.CatalogueSource;
import io.archfit.catalogue.Catalogues;
import io.archfit.evaluation.Answers;
import io.archfit.evaluation.CostAssumptions;
import io.archfit.evaluation.Evaluation;
import io.archfit.evaluation.Evaluator;
import io.archfit.evidence.Evidence;
import io.archfit.system.KeptCaches;
import io.archfit.system.Measured;
import io.archfit.system.NotFoundException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.stereotype.Component;

/**
 * The catalogues and their evaluators. The built-in versions are loaded and validated
 * once at start-up (a broken one stops the application with the loader's message); a
 * workspace's own catalogue versions come from the {@link CatalogueSource} the workspace
 * module provides, and their evaluators are kept once compiled (published versions never
 * change). Each evaluation's confidence is checked against the published cases nearest to
 * its answers ({@link Evidence#checked}). Evaluations are immutable and a pure function
 * of their inputs, so the last {@value #EVALUATIONS_KEPT} are kept: a report, its
 * comparison and its export read by a team are scored once.
 */
@Component
public class Engine {

	static final int EVALUATIONS_KEPT = 500;

	static final int TEAM_CATALOGUES_KEPT = 100;

	private record Inputs(String catalogueId, String catalogueVersion, Answers answers, List<String> priorities,
			CostAssumptions assumptions) {

	}

	private record Version(String id, String version) {

	}

	private final Catalogues catalogues;

	private final Map<String, Evaluator> evaluators;

	private final ObjectProvider<CatalogueSource> teamCatalogues;

	private final Evidence evidence;

	private final Cache<Version, Evaluator> teamEvaluators = KeptCaches.recentlyUsed("team-catalogues",
			TEAM_CATALOGUES_KEPT);

	private final Cache<Inputs, Evaluation> kept = KeptCaches.recentlyUsed("evaluations", EVALUATIONS_KEPT);

	/** The built-in catalogues only (no workspace's own). */
	public static Engine builtInOnly() {
		return new Engine(new StaticListableBeanFactory().getBeanProvider(CatalogueSource.class), new Evidence());
	}

	public Engine(ObjectProvider<CatalogueSource> teamCatalogues, Evidence evidence) {
		this.teamCatalogues = teamCatalogues;
		this.evidence = evidence;
		this.catalogues = Catalogues.loadBuiltIn();
		this.evaluators = this.catalogues.versions()
			.stream()
			.map((version) -> this.catalogues.version(version).orElseThrow())
			.collect(Collectors.toUnmodifiableMap(Catalogue::version, Evaluator::new));
	}

	/**
	 * The current built-in catalogue: what new answers are validated and scored with
	 * outside a workspace with a catalogue of its own.
	 */
	public Catalogue catalogue() {
		return this.catalogues.current();
	}

	/** Every built-in catalogue version, oldest first. */
	public List<Catalogue> builtIns() {
		return this.catalogues.versions()
			.stream()
			.map((version) -> this.catalogues.version(version).orElseThrow())
			.toList();
	}

	/** A built-in catalogue by version; an unknown version is a 404. */
	public Catalogue catalogue(String version) {
		return this.catalogues.version(version).orElseThrow(NotFoundException::new);
	}

	/** A catalogue by id and version; an unknown one is a 404. */
	public Catalogue catalogue(String id, String version) {
		return evaluator(id, version).catalogue();
	}

	/** The catalogue an assessment was scored with. */
	public Catalogue catalogueOf(Assessment assessment) {
		return catalogue(assessment.catalogueId(), assessment.catalogueVersion());
	}

	/** The catalogue a revision was scored with. */
	public Catalogue catalogueOf(Revision revision) {
		return catalogue(revision.catalogueId(), revision.catalogueVersion());
	}

	/** Scores with the current built-in catalogue. */
	public Evaluation evaluate(Answers answers, List<String> priorities, CostAssumptions assumptions) {
		return evaluate(catalogue(), answers, priorities, assumptions);
	}

	/** Scores with a catalogue found by id and version; an unknown one is a 404. */
	public Evaluation evaluate(String catalogueId, String catalogueVersion, Answers answers, List<String> priorities,
			CostAssumptions assumptions) {
		return evaluate(evaluator(catalogueId, catalogueVersion), answers, priorities, assumptions);
	}

	/** Scores with the given catalogue (built-in or a published team version). */
	public Evaluation evaluate(Catalogue catalogue, Answers answers, List<String> priorities,
			CostAssumptions assumptions) {
		Evaluator evaluator = Catalogue.BUILT_IN.equals(catalogue.id()) ? evaluator(catalogue.id(), catalogue.version())
				: this.teamEvaluators.get(new Version(catalogue.id(), catalogue.version()),
						(key) -> new Evaluator(catalogue));
		return evaluate(evaluator, answers, priorities, assumptions);
	}

	private Evaluation evaluate(Evaluator evaluator, Answers answers, List<String> priorities,
			CostAssumptions assumptions) {
		Catalogue catalogue = evaluator.catalogue();
		Inputs inputs = new Inputs(catalogue.id(), catalogue.version(), answers,
				(priorities != null) ? List.copyOf(priorities) : null, assumptions);
		return this.kept.get(inputs, (key) -> Measured.evaluation(() -> this.evidence.checked(evaluator,
				evaluator.evaluate(answers, priorities, assumptions), answers.asMap())));
	}

	private Evaluator evaluator(String id, String version) {
		if (id == null || Catalogue.BUILT_IN.equals(id)) {
			Evaluator evaluator = this.evaluators.get(version);
			if (evaluator == null) {
				throw new NotFoundException();
			}
			return evaluator;
		}
		Version key = new Version(id, version);
		Evaluator evaluator = this.teamEvaluators.getIfPresent(key);
		if (evaluator == null) {
			CatalogueSource source = this.teamCatalogues.getIfAvailable();
			Optional<Catalogue> found = (source != null) ? source.find(id, version) : Optional.empty();
			evaluator = this.teamEvaluators.get(key, (k) -> new Evaluator(found.orElseThrow(NotFoundException::new)));
		}
		return evaluator;
	}

}
