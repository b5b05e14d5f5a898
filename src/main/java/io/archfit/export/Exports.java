package io.archfit.export;

import java.text.Normalizer;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.archfit.assessment.Assessment;
import io.archfit.assessment.Assessments;
import io.archfit.assessment.Decision;
import io.archfit.assessment.Engine;
import io.archfit.catalogue.Catalogue;
import io.archfit.evaluation.CostAssumptions;
import io.archfit.evaluation.CriterionResult;
import io.archfit.evaluation.Evaluation;
import io.archfit.evidence.Evidence;
import io.archfit.review.Comments;
import io.archfit.review.Votes;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Turns an assessment into its downloadable forms (Markdown ADR, JSON, CSV) and creates
 * new assessments from imported JSON.
 */
@Service
public class Exports {

	static final int MAX_EXPORTED_COMMENTS = 1000;

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private final Assessments assessments;

	private final Engine engine;

	private final MessageSource messages;

	private final Comments comments;

	private final Votes votes;

	private final Clock clock;

	private final Evidence evidence;

	Exports(Assessments assessments, Engine engine, MessageSource messages, Comments comments, Votes votes, Clock clock,
			Evidence evidence) {
		this.clock = clock;
		this.evidence = evidence;
		this.comments = comments;
		this.votes = votes;
		this.assessments = assessments;
		this.engine = engine;
		this.messages = messages;
	}

	/** A file to download. */
	public record Download(String fileName, String contentType, String body) {

	}

	public Download markdown(Assessment assessment, String viewUrl, Locale locale) {
		Evaluation evaluation = this.assessments.evaluationOf(assessment);
		Catalogue catalogue = this.engine.catalogueOf(assessment);
		String body = new MadrWriter(this.messages, locale).write(assessment, evaluation, catalogue,
				decisionOf(assessment), viewUrl, this.evidence.similarCases(catalogue, assessment.answers().asMap()));
		return new Download(fileName(assessment.title(), "md"), "text/markdown;charset=UTF-8", body);
	}

	public Download json(Assessment assessment) {
		Evaluation evaluation = this.assessments.evaluationOf(assessment);
		List<JsonExport.CommentJson> comments = this.comments.latest(assessment, false, MAX_EXPORTED_COMMENTS)
			.comments()
			.stream()
			.map((c) -> new JsonExport.CommentJson(c.author(), c.body(), c.createdAt()))
			.toList();
		List<JsonExport.VoteJson> votes = new ArrayList<>();
		this.votes.tally(assessment, evaluation)
			.rows()
			.forEach((row) -> row.voters()
				.forEach((voter) -> votes
					.add(new JsonExport.VoteJson(voter.name(), voter.agreed() ? "recommended" : row.architecture()))));
		String body = JSON
			.writeValueAsString(JsonExport.of(assessment, evaluation, comments, votes, this.clock.instant()));
		return new Download(fileName(assessment.title(), "json"), "application/json", body);
	}

	/**
	 * The criterion scores of an assessment: one row per criterion, one column per
	 * architecture.
	 */
	public Download csv(Assessment assessment, Locale locale) {
		Evaluation evaluation = this.assessments.evaluationOf(assessment);
		Catalogue catalogue = this.engine.catalogueOf(assessment);
		StringBuilder csv = new StringBuilder();
		List<Object> header = new ArrayList<>();
		header.add(t("csv.criterion", locale));
		header.add(t("csv.weight", locale));
		catalogue.architectures().forEach((a) -> header.add(t("architecture." + a + ".name", locale)));
		csv.append(Csv.row(header));
		for (CriterionResult criterion : evaluation.criteria()) {
			List<Object> row = new ArrayList<>();
			row.add(t("criterion." + criterion.criterion() + ".name", locale));
			row.add(Math.round(criterion.weight() * 1000) / 10.0);
			catalogue.architectures().forEach((a) -> row.add(Math.round(criterion.scores().getOrDefault(a, 50.0))));
			csv.append(Csv.row(row));
		}
		List<Object> overall = new ArrayList<>();
		overall.add(t("csv.overall", locale));
		overall.add(100);
		catalogue.architectures()
			.forEach((a) -> overall.add(evaluation.ranking()
				.stream()
				.filter((r) -> r.architecture().equals(a))
				.mapToLong((r) -> Math.round(r.score()))
				.findFirst()
				.orElse(0)));
		csv.append(Csv.row(overall));
		return new Download(fileName(assessment.title(), "csv"), "text/csv;charset=UTF-8", csv.toString());
	}

	private static MadrWriter.Decision decisionOf(Assessment assessment) {
		Decision decision = assessment.decision();
		if (decision == null || !decision.isRecorded()) {
			return new MadrWriter.Decision(assessment.status().id(), null, null, null, null);
		}
		return new MadrWriter.Decision(assessment.status().id(), decision.architecture(), decision.rationale(),
				decision.deciders(),
				(decision.decidedAt() != null) ? decision.decidedAt().atOffset(ZoneOffset.UTC).toLocalDate() : null);
	}

	/**
	 * Creates a new assessment, with new links, from an exported document, with the
	 * document's cost assumptions.
	 */
	public Assessments.Owned importJson(String json) {
		ImportParser.Imported imported = ImportParser.parse(this.engine.catalogue(), json);
		return this.assessments.create(imported.title(), imported.description(), imported.answers(),
				imported.priorities(), CostAssumptions.fromMap(imported.assumptions()), null);
	}

	/** A file name from the title: letters, digits and dashes only. */
	static String fileName(String title, String extension) {
		String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
		if (slug.length() > 60) {
			slug = slug.substring(0, 60).replaceAll("-+$", "");
		}
		return (slug.isEmpty() ? "assessment" : slug) + ("md".equals(extension) ? "-adr." : ".") + extension;
	}

	private String t(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
