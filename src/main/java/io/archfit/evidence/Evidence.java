package io.archfit.evidence;

import java.util.List;
import java.util.Map;

import io.archfit.catalogue.Catalogue;

import org.springframework.stereotype.Component;

/**
 * The corpus of public cases, read once at start-up, and the search for the cases nearest
 * to an assessment's answers.
 */
@Component
public class Evidence {

	/** How many nearby cases a report, the API and the ADR show. */
	public static final int SHOWN = 3;

	private final CaseCorpus corpus;

	private final SimilarCases similar;

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

}
