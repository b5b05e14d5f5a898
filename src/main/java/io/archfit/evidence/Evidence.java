package io.archfit.evidence;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.archfit.catalogue.Catalogue;
import io.archfit.evaluation.Answers;
import io.archfit.evaluation.ConfidenceLevel;
import io.archfit.evaluation.Evaluation;
import io.archfit.evaluation.Evaluator;
import io.archfit.evaluation.Precedents;

import org.springframework.stereotype.Component;

/**
 * The corpus of public cases, read once at start-up, the search for the cases nearest to
 * an assessment's answers, what those cases chose as a check on the confidence
 * ({@link Precedents}), and how each built-in catalogue version fares on the corpus at
 * each confidence level (its track record, measured once per version, each case checked
 * against the others).
 */
@Component
public class Evidence {

	/** How many nearby cases a report, the API and the ADR show. */
	public static final int SHOWN = 3;

	private final CaseCorpus corpus;

	private final SimilarCases similar;

	/**
	 * Per built-in catalogue version: the track record at each level any case reaches.
	 */
	private final Map<String, Map<ConfidenceLevel, TrackRecord>> records = new ConcurrentHashMap<>();

	public Evidence() {
		this(CaseCorpus.load());
	}

	/** The evidence of some cases only (the tuning part, for the person tuning rules). */
	public Evidence(CaseCorpus corpus) {
		this.corpus = corpus;
		this.similar = new SimilarCases(this.corpus);
	}

	public CaseCorpus corpus() {
		return this.corpus;
	}

	/** The {@value #SHOWN} cases nearest to the answers, nearest first. */
	public List<SimilarCase> similarCases(Catalogue catalogue, Map<String, String> answers) {
		return this.similar.nearest(catalogue, answers, SHOWN);
	}

	/**
	 * An evaluation checked against the {@value #SHOWN} cases nearest to its answers (the
	 * ones a report shows): its confidence held below high unless all of them chose the
	 * recommended architecture, below medium unless most of them did.
	 * @param evaluator the evaluator that produced it
	 * @param evaluation the engine's evaluation
	 * @param answers the answers it was scored from
	 */
	public Evaluation checked(Evaluator evaluator, Evaluation evaluation, Map<String, String> answers) {
		return checked(evaluator, evaluation, answers, null);
	}

	private Evaluation checked(Evaluator evaluator, Evaluation evaluation, Map<String, String> answers,
			String leftOut) {
		List<SimilarCase> nearest = this.similar.nearest(evaluator.catalogue(), answers, SHOWN, leftOut);
		int agreeing = (int) nearest.stream().filter((c) -> c.concluded().equals(evaluation.recommended())).count();
		return evaluator.withPrecedents(evaluation, Precedents.of(nearest.size(), agreeing));
	}

	/**
	 * A corpus case scored as an assessment with its answers would be, checked against
	 * the other cases (never against itself, whose choice is what is being measured).
	 */
	public Evaluation evaluateCase(Evaluator evaluator, EvidenceCase evidence) {
		Answers answers = evidence.answersFor(evaluator.catalogue());
		return checked(evaluator, evaluator.evaluate(answers), answers.asMap(), evidence.id());
	}

	/**
	 * Of the corpus's cases a built-in catalogue version answers with this confidence
	 * level, how many it answers as their authors concluded; empty for a team's
	 * catalogue, which was not measured on the corpus, and for a level no case reaches.
	 */
	public Optional<TrackRecord> trackRecord(Catalogue catalogue, ConfidenceLevel level) {
		if (!Catalogue.BUILT_IN.equals(catalogue.id())) {
			return Optional.empty();
		}
		return Optional
			.ofNullable(this.records.computeIfAbsent(catalogue.version(), (version) -> measure(catalogue)).get(level));
	}

	private Map<ConfidenceLevel, TrackRecord> measure(Catalogue catalogue) {
		Evaluator evaluator = new Evaluator(catalogue);
		int corpus = this.corpus.cases().size();
		Map<ConfidenceLevel, TrackRecord> byLevel = new EnumMap<>(ConfidenceLevel.class);
		for (EvidenceCase evidence : this.corpus.cases()) {
			Evaluation evaluation = evaluateCase(evaluator, evidence);
			boolean right = evaluation.recommended().equals(evidence.concluded());
			byLevel.merge(evaluation.confidenceLevel(), new TrackRecord(1, right ? 1 : 0, corpus),
					(a, b) -> new TrackRecord(a.cases() + b.cases(), a.right() + b.right(), corpus));
		}
		return byLevel;
	}

}
