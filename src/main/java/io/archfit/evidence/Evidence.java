package io.archfit.evidence;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.archfit.catalogue.Catalogue;
import io.archfit.evaluation.Answers;
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
		Map<ConfidenceLevel, int[]> counts = new EnumMap<>(ConfidenceLevel.class);
		for (EvidenceCase evidence : this.corpus.cases()) {
			Map<String, String> answers = new LinkedHashMap<>();
			evidence.answers().forEach((trait, value) -> {
				if (catalogue.trait(trait).isPresent()) {
					answers.put(trait, value);
				}
			});
			Evaluation evaluation = evaluator.evaluate(Answers.of(answers));
			int[] count = counts.computeIfAbsent(evaluation.confidenceLevel(), (level) -> new int[2]);
			count[0]++;
			if (evaluation.recommended().equals(evidence.concluded())) {
				count[1]++;
			}
		}
		Map<ConfidenceLevel, TrackRecord> byLevel = new EnumMap<>(ConfidenceLevel.class);
		counts.forEach(
				(level, count) -> byLevel.put(level, new TrackRecord(count[0], count[1], this.corpus.cases().size())));
		return byLevel;
	}

}
