package io.archfit.assessment;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import io.archfit.catalogue.Catalogue;
import io.archfit.catalogue.Catalogues;
import io.archfit.evaluation.Answers;
import io.archfit.evaluation.CostAssumptions;
import io.archfit.evaluation.Evaluation;
import io.archfit.evaluation.Evaluator;
import io.archfit.system.KeptCaches;
import io.archfit.system.Measured;
import io.archfit.system.NotFoundException;

import org.springframework.stereotype.Component;

/**
 * The catalogues and their evaluators, loaded and validated once at start-up. A broken
 * catalogue stops the application with the loader's message. Evaluations are immutable
 * and a pure function of their inputs, so the last {@value #EVALUATIONS_KEPT} are kept: a
 * report, its comparison and its export read by a team are scored once.
 */
@Component
public class Engine {

	private final Catalogues catalogues;

	static final int EVALUATIONS_KEPT = 500;

	private record Inputs(String catalogueVersion, Answers answers, List<String> priorities,
			CostAssumptions assumptions) {

	}

	private final Map<String, Evaluator> evaluators;

	private final Cache<Inputs, Evaluation> kept = KeptCaches.recentlyUsed("evaluations", EVALUATIONS_KEPT);

	public Engine() {
		this.catalogues = Catalogues.loadBuiltIn();
		this.evaluators = this.catalogues.versions()
			.stream()
			.map((version) -> this.catalogues.version(version).orElseThrow())
			.collect(Collectors.toUnmodifiableMap(Catalogue::version, Evaluator::new));
	}

	/** The current catalogue: what new answers are validated and scored with. */
	public Catalogue catalogue() {
		return this.catalogues.current();
	}

	/** A catalogue by version; an unknown version is a 404. */
	public Catalogue catalogue(String version) {
		return this.catalogues.version(version).orElseThrow(NotFoundException::new);
	}

	public Evaluation evaluate(Answers answers, List<String> priorities, CostAssumptions assumptions) {
		return evaluate(catalogue().version(), answers, priorities, assumptions);
	}

	public Evaluation evaluate(String catalogueVersion, Answers answers, List<String> priorities,
			CostAssumptions assumptions) {
		Evaluator evaluator = this.evaluators.get(catalogueVersion);
		if (evaluator == null) {
			throw new NotFoundException();
		}
		Inputs inputs = new Inputs(catalogueVersion, answers, (priorities != null) ? List.copyOf(priorities) : null,
				assumptions);
		return this.kept.get(inputs,
				(key) -> Measured.evaluation(() -> evaluator.evaluate(answers, priorities, assumptions)));
	}

}
