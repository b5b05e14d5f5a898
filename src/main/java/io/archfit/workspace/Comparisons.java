package io.archfit.workspace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.archfit.assessment.Assessment;
import io.archfit.assessment.Assessments;
import io.archfit.assessment.Engine;
import io.archfit.catalogue.Catalogue;
import io.archfit.catalogue.CatalogueTexts;
import io.archfit.catalogue.Trait;
import io.archfit.evaluation.Evaluation;
import io.archfit.evaluation.RankedArchitecture;
import io.archfit.system.AccessKeys;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two to four assessments side by side: their answers (marking those that differ), the
 * score of every architecture, recommendations and statuses.
 */
@Service
@Transactional(readOnly = true)
public class Comparisons {

	/** The fewest assessments to compare. */
	public static final int MIN = 2;

	/** The most assessments to compare. */
	public static final int MAX = 4;

	private static final Pattern VIEW_LINK = Pattern.compile("/a/([A-Za-z0-9_-]{32})(?:[/?#].*)?$");

	private static final Pattern SEPARATORS = Pattern.compile("[\\s,]+");

	private final Assessments assessments;

	private final Engine engine;

	Comparisons(Assessments assessments, Engine engine) {
		this.assessments = assessments;
		this.engine = engine;
	}

	/**
	 * The view keys named by request values: keys or view links, one or several per value
	 * (separated by commas or white space), in order, each once.
	 *
	 * @param problem null, or why the keys cannot be compared: {@code tooFew},
	 * {@code tooMany} or {@code duplicate}
	 * @param malformed whether a value is neither a key nor a view link (it cannot name
	 * an assessment)
	 */
	public record Keys(List<String> keys, String problem, boolean malformed) {

	}

	public static Keys read(List<String> values) {
		List<String> keys = new ArrayList<>();
		if (values != null) {
			for (String value : values) {
				for (String token : SEPARATORS.split(value.strip())) {
					if (!token.isEmpty()) {
						Matcher link = VIEW_LINK.matcher(token);
						keys.add(link.find() ? link.group(1) : token);
					}
				}
			}
		}
		Set<String> distinct = new LinkedHashSet<>(keys);
		String problem = null;
		if (distinct.size() < MIN) {
			problem = (keys.size() > distinct.size()) ? "duplicate" : "tooFew";
		}
		else if (distinct.size() > MAX) {
			problem = "tooMany";
		}
		else if (distinct.size() < keys.size()) {
			problem = "duplicate";
		}
		boolean malformed = !distinct.stream().allMatch(AccessKeys::isWellFormed);
		return new Keys(List.copyOf(distinct), problem, malformed);
	}

	/** One compared assessment. */
	public record Column(String viewKey, String title, String status, boolean complete, String catalogueVersion,
			String recommended, double confidence, Map<String, Double> scores, Map<String, Boolean> viable,
			Map<String, String> monthlyCost) {

	}

	/**
	 * One question and each assessment's answer (null: not answered); {@code differs}
	 * when they are not all the same.
	 */
	public record AnswerLine(String trait, boolean choice, List<String> values, boolean differs) {

	}

	/** The compared assessments, in the order asked, and their answers per question. */
	public record SideBySide(List<String> architectures, List<Column> columns, List<AnswerLine> answers,
			CatalogueTexts texts) {

		public long differingAnswers() {
			return this.answers.stream().filter(AnswerLine::differs).count();
		}

	}

	/** Compares the assessments behind the view keys; an unknown key is a 404. */
	public SideBySide compare(List<String> viewKeys) {
		List<Assessment> compared = viewKeys.stream().map(this.assessments::byViewKey).toList();
		Catalogue current = this.engine.catalogue();
		Set<String> architectures = new LinkedHashSet<>(current.architectures());
		List<Column> columns = new ArrayList<>();
		for (Assessment assessment : compared) {
			Evaluation evaluation = this.assessments.evaluationOf(assessment);
			Map<String, Double> scores = new LinkedHashMap<>();
			Map<String, Boolean> viable = new LinkedHashMap<>();
			for (RankedArchitecture ranked : evaluation.ranking()) {
				architectures.add(ranked.architecture());
				scores.put(ranked.architecture(), ranked.score());
				viable.put(ranked.architecture(), ranked.viable());
			}
			Map<String, String> costs = new LinkedHashMap<>();
			if (evaluation.cost() != null) {
				evaluation.cost()
					.estimates()
					.forEach((estimate) -> costs.put(estimate.architecture(),
							String.format(Locale.ROOT, "$%,.2f", estimate.monthlyUsd())));
			}
			columns.add(new Column(assessment.viewKey(), assessment.title(), assessment.status().id(),
					assessment.isComplete(), assessment.catalogueVersion(), evaluation.recommended(),
					evaluation.confidence(), scores, viable, costs));
		}
		Map<String, Boolean> traits = new LinkedHashMap<>();
		current.traits().forEach((trait) -> traits.put(trait.id(), trait.isChoice()));
		List<CatalogueTexts> texts = new ArrayList<>();
		for (Assessment assessment : compared) {
			Catalogue own = this.engine.catalogueOf(assessment);
			texts.add(own.texts());
			for (String trait : assessment.answers().asMap().keySet()) {
				traits.putIfAbsent(trait, own.trait(trait).map(Trait::isChoice).orElse(true));
			}
		}
		List<AnswerLine> answers = new ArrayList<>();
		traits.forEach((trait, choice) -> {
			List<String> values = compared.stream().map((a) -> a.answers().get(trait)).toList();
			boolean differs = values.stream().distinct().count() > 1;
			answers.add(new AnswerLine(trait, choice, values, differs));
		});
		CatalogueTexts firstFound = (key, locale) -> texts.stream()
			.map((own) -> own.text(key, locale))
			.filter(Objects::nonNull)
			.findFirst()
			.orElse(null);
		return new SideBySide(List.copyOf(architectures), columns, answers, firstFound);
	}

}
