package io.archfit.evidence;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.archfit.catalogue.Catalogue;
import io.archfit.evaluation.ConfidenceLevel;
import io.archfit.evaluation.Evaluation;
import io.archfit.evaluation.Evaluator;

import org.springframework.stereotype.Component;

/**
 * The corpus of public cases, read once at start-up, the search for the cases nearest to
 * an assessment's answers, and how each built-in catalogue version fares on the corpus at
 * each confidence level (its track record, measured once per version).
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
		this.corpus = CaseCorpus.load();
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
			Evaluation evaluation = evaluator.evaluate(evidence.answersFor(catalogue));
			boolean right = evaluation.recommended().equals(evidence.concluded());
			byLevel.merge(evaluation.confidenceLevel(), new TrackRecord(1, right ? 1 : 0, corpus),
					(a, b) -> new TrackRecord(a.cases() + b.cases(), a.right() + b.right(), corpus));
		}
		return byLevel;
	}

}
