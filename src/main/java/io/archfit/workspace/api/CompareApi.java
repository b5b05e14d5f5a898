package io.archfit.workspace.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.archfit.assessment.ProblemMessages;
import io.archfit.system.ApiProblem;
import io.archfit.system.InvalidRequestException;
import io.archfit.system.NotFoundException;
import io.archfit.workspace.Comparisons;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Two to four assessments side by side over JSON.
 */
@RestController
@Tag(name = "Comparison", description = "Saved assessments side by side")
class CompareApi {

	private final Comparisons comparisons;

	private final ProblemMessages messages;

	CompareApi(Comparisons comparisons, ProblemMessages messages) {
		this.comparisons = comparisons;
		this.messages = messages;
	}

	/** One compared assessment; scores are rounded to one decimal. */
	record Column(String viewKey, String title, String status, boolean complete, String catalogueVersion,
			String recommended, double confidence, Map<String, Double> scores, Map<String, Boolean> viable,
			Map<String, String> monthlyCost) {

	}

	/** A question with each assessment's answer (null: not answered), in column order. */
	record Answer(String trait, List<String> values, boolean differs) {

	}

	record SideBySideJson(List<String> architectures, List<Column> assessments, List<Answer> answers,
			long differingAnswers) {

	}

	@Operation(summary = "Compare 2 to 4 assessments",
			description = "keys: their view keys (or view links), comma-separated. An unknown key answers 404.")
	@GetMapping(path = "/api/v1/compare", produces = MediaType.APPLICATION_JSON_VALUE)
	SideBySideJson compare(@Parameter(description = "2 to 4 view keys, comma-separated") @RequestParam(
			required = false) List<String> keys, Locale locale) {
		Comparisons.Keys read = Comparisons.read(keys);
		if (read.problem() != null) {
			String code = "compare." + read.problem();
			throw new InvalidRequestException(List.of(new ApiProblem.FieldError("keys", read.problem(),
					this.messages.message(code, locale, Comparisons.MIN, Comparisons.MAX))));
		}
		if (read.malformed()) {
			throw new NotFoundException();
		}
		Comparisons.SideBySide sides = this.comparisons.compare(read.keys());
		List<Column> columns = sides.columns()
			.stream()
			.map((c) -> new Column(c.viewKey(), c.title(), c.status(), c.complete(), c.catalogueVersion(),
					c.recommended(), c.confidence(), rounded(c.scores()), c.viable(), c.monthlyCost()))
			.toList();
		List<Answer> answers = sides.answers()
			.stream()
			.map((a) -> new Answer(a.trait(), a.values(), a.differs()))
			.toList();
		return new SideBySideJson(sides.architectures(), columns, answers, sides.differingAnswers());
	}

	private static Map<String, Double> rounded(Map<String, Double> scores) {
		Map<String, Double> rounded = new LinkedHashMap<>();
		scores.forEach((architecture, score) -> rounded.put(architecture, Math.round(score * 10) / 10.0));
		return rounded;
	}

}
