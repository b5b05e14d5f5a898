package io.archfit.evidence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.archfit.catalogue.Catalogue;
import io.archfit.evaluation.Answers;

/**
 * A public account of a real system: the wizard's answers for it as its authors describe
 * it, which of those were inferred, the architecture they concluded and why.
 *
 * @param id stable case id
 * @param title the system and decision in a few words
 * @param source where the account was published
 * @param answers trait id to answer, as answer text
 * @param inferred the trait ids whose answer the source does not state
 * @param concluded the architecture id the authors concluded
 * @param why one sentence on why
 * @param trap the kind of case a naive rule would get wrong, or null
 */
public record EvidenceCase(String id, String title, Source source, Map<String, String> answers, List<String> inferred,
		String concluded, String why, String trap) {

	public EvidenceCase {
		answers = Map.copyOf(answers);
		inferred = List.copyOf(inferred);
	}

	/**
	 * The case's answers to the questions a catalogue asks; answers to questions it does
	 * not ask (added by a later version) are left out.
	 */
	public Answers answersFor(Catalogue catalogue) {
		Map<String, String> asked = new LinkedHashMap<>();
		this.answers.forEach((trait, value) -> {
			if (catalogue.trait(trait).isPresent()) {
				asked.put(trait, value);
			}
		});
		return Answers.of(asked);
	}

	/**
	 * Where a case was published.
	 *
	 * @param author author or speaker (may be the publisher when unnamed)
	 * @param publisher blog, event or publisher
	 * @param title title of the piece
	 * @param year year of publication
	 * @param url where to read it
	 */
	public record Source(String author, String publisher, String title, int year, String url) {

	}

}
