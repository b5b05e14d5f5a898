package io.archfit.export;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.archfit.assessment.Assessment;
import io.archfit.catalogue.Catalogue;
import io.archfit.catalogue.CatalogueSources;
import io.archfit.catalogue.Reference;
import io.archfit.catalogue.Trait;
import io.archfit.evaluation.ArchitectureCost;
import io.archfit.evaluation.CriterionResult;
import io.archfit.evaluation.Evaluation;
import io.archfit.evaluation.Precedents;
import io.archfit.evaluation.RankedArchitecture;
import io.archfit.evaluation.Reason;
import io.archfit.evaluation.Risk;
import io.archfit.evidence.SimilarCase;

import org.springframework.context.MessageSource;

/**
 * Writes an assessment as an Architecture Decision Record in the MADR 4 structure: front
 * matter, context, decision drivers, considered options, decision outcome with
 * consequences, pros and cons of each option from the engine's reasons, and more
 * information.
 */
final class MadrWriter {

	private final MessageSource messages;

	private final Locale locale;

	MadrWriter(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	/** The decision as recorded by the team, where there is one. */
	record Decision(String status, String architecture, String rationale, String deciders, LocalDate date) {

	}

	String write(Assessment assessment, Evaluation evaluation, Catalogue catalogue, Decision decision, String viewUrl,
			List<SimilarCase> similar) {
		StringBuilder md = new StringBuilder(8192);
		String chosen = (decision != null && decision.architecture() != null) ? decision.architecture()
				: evaluation.recommended();
		LocalDate date = (decision != null && decision.date() != null) ? decision.date()
				: assessment.updatedAt().atOffset(ZoneOffset.UTC).toLocalDate();
		md.append("---\n");
		md.append("status: ")
			.append(madrStatus((decision != null) ? decision.status() : assessment.status().id()))
			.append('\n');
		md.append("date: ").append(date).append('\n');
		if (decision != null && decision.deciders() != null && !decision.deciders().isBlank()) {
			md.append("deciders: ").append(yaml(decision.deciders())).append('\n');
		}
		md.append("---\n\n");
		md.append("# ").append(line(assessment.title())).append("\n\n");

		md.append("## ").append(t("adr.context")).append("\n\n");
		if (assessment.description() != null) {
			md.append(escape(assessment.description())).append("\n\n");
		}
		md.append(t("adr.context.intro")).append("\n\n");
		for (Trait trait : catalogue.traits()) {
			String value = assessment.answers().get(trait.id());
			md.append("* ").append(t("trait." + trait.id() + ".label")).append(' ');
			md.append((value == null) ? "_" + t("wizard.unsure") + "_" : "**" + answer(trait, value) + "**");
			md.append('\n');
		}
		md.append('\n');

		md.append("## ").append(t("adr.drivers")).append("\n\n");
		for (String priority : assessment.priorities()) {
			md.append("* ")
				.append(t("criterion." + priority + ".name"))
				.append(" (")
				.append(t("adr.drivers.priority"))
				.append(")\n");
		}
		evaluation.criteria()
			.stream()
			.filter((c) -> !c.priority())
			.sorted(Comparator.comparingDouble((CriterionResult c) -> -spread(c)))
			.limit(3)
			.filter((c) -> spread(c) > 0)
			.forEach((c) -> md.append("* ").append(t("criterion." + c.criterion() + ".name")).append('\n'));
		md.append('\n');

		md.append("## ").append(t("adr.options")).append("\n\n");
		for (String architecture : catalogue.architectures()) {
			md.append("* ").append(name(architecture)).append('\n');
		}
		md.append('\n');

		md.append("## ").append(t("adr.outcome")).append("\n\n");
		md.append(t("adr.outcome.chosen", name(chosen), score(evaluation, chosen))).append(' ');
		if (!chosen.equals(evaluation.recommended())) {
			md.append(t("adr.outcome.differs", name(evaluation.recommended()))).append(' ');
		}
		if (decision != null && decision.rationale() != null && !decision.rationale().isBlank()) {
			md.append(escape(decision.rationale())).append(' ');
		}
		md.append(t("adr.outcome.confidence", Math.round(evaluation.confidence() * 100)));
		Precedents precedents = evaluation.precedents();
		if (precedents != null && precedents.weighed() != null) {
			Precedents.Weighing weighed = precedents.weighed();
			md.append(' ');
			if (weighed.partly()) {
				md.append(t("adr.outcome.confidenceWeighedPartly", percent(weighed.byLead()),
						percent(weighed.byCases()), percent(weighed.rightWhenAgreeing()), precedents.agreeing(),
						precedents.nearest(), percent(weighed.answeredShare())));
			}
			else {
				md.append(t("adr.outcome.confidenceWeighed", percent(weighed.byLead()),
						percent(weighed.rightWhenAgreeing()), precedents.agreeing(), precedents.nearest()));
			}
		}
		if (precedents != null && precedents.heldBelow() != null) {
			md.append(' ')
				.append(t("adr.outcome.confidenceHeld", t("report.confidence." + precedents.heldBelow().id()),
						precedents.agreeing(), precedents.nearest(), name(evaluation.recommended())));
		}
		md.append("\n\n");
		List<String> reasons = strengths(evaluation, chosen);
		if (!reasons.isEmpty()) {
			md.append(t("adr.outcome.because")).append("\n\n");
			reasons.forEach((reason) -> md.append("* ").append(reason).append('\n'));
			md.append('\n');
		}
		md.append("### ").append(t("adr.consequences")).append("\n\n");
		reasons.stream()
			.limit(3)
			.forEach((reason) -> md.append("* ").append(t("adr.good", lower(reason))).append('\n'));
		List<Risk> risks = evaluation.risks().stream().filter((r) -> r.architectures().contains(chosen)).toList();
		for (Risk risk : risks) {
			md.append("* ")
				.append(t("adr.risk", lower(t("risk." + risk.id() + ".title")), t("risk." + risk.id() + ".mitigation")))
				.append('\n');
		}
		if (reasons.isEmpty() && risks.isEmpty()) {
			md.append("* ").append(t("adr.consequences.none")).append('\n');
		}
		md.append('\n');

		md.append("## ").append(t("adr.prosCons")).append("\n\n");
		for (String architecture : catalogue.architectures()) {
			md.append("### ").append(name(architecture)).append("\n\n");
			md.append(t("architecture." + architecture + ".summary")).append("\n\n");
			RankedArchitecture ranked = evaluation.ranking()
				.stream()
				.filter((r) -> r.architecture().equals(architecture))
				.findFirst()
				.orElseThrow();
			ranked.blockers()
				.forEach((blocker) -> md.append("* ").append(t("adr.bad", t("knockout." + blocker.id()))).append('\n'));
			prosAndCons(evaluation, architecture).forEach((line) -> md.append("* ").append(line).append('\n'));
			md.append('\n');
		}

		md.append("## ").append(t("adr.more")).append("\n\n");
		if (viewUrl != null) {
			md.append("* ").append(t("adr.more.link")).append(' ').append(viewUrl).append('\n');
		}
		md.append("* ")
			.append(Catalogue.BUILT_IN.equals(evaluation.catalogueId())
					? t("adr.more.catalogue", evaluation.catalogueVersion())
					: t("adr.more.teamCatalogue", evaluation.catalogueVersion(), evaluation.catalogueId()))
			.append('\n');
		md.append("* ").append(t("adr.more.revision", assessment.revision())).append('\n');
		md.append("* ").append(t("adr.more.ranking")).append(' ');
		List<String> ranking = new ArrayList<>();
		evaluation.ranking()
			.forEach((r) -> ranking.add(name(r.architecture()) + " " + Math.round(r.score())
					+ (r.viable() ? "" : " (" + t("report.notViable") + ")")));
		md.append(String.join(", ", ranking)).append('\n');
		if (evaluation.cost() != null) {
			List<String> costs = new ArrayList<>();
			for (ArchitectureCost cost : evaluation.cost().estimates()) {
				costs.add(name(cost.architecture()) + " $" + String.format(Locale.ROOT, "%,.2f", cost.monthlyUsd()));
			}
			md.append("* ").append(t("adr.more.cost")).append(' ').append(String.join(", ", costs)).append('\n');
			if (evaluation.cost().breakEvenRequestsPerMonth() != null) {
				md.append("* ")
					.append(t("adr.more.breakEven",
							String.format(Locale.ROOT, "%,.0f", evaluation.cost().breakEvenRequestsPerMonth())))
					.append('\n');
			}
		}
		evidence(md, similar);
		sources(md, evaluation, catalogue);
		return md.toString();
	}

	/** The public cases nearest to the answers, as considered evidence. */
	private void evidence(StringBuilder md, List<SimilarCase> similar) {
		if (similar.isEmpty()) {
			return;
		}
		md.append("\n### ").append(t("adr.evidence")).append("\n\n");
		for (SimilarCase c : similar) {
			md.append("* ")
				.append(t("adr.evidence.case", line(c.title()), name(c.concluded()), line(c.why()), line(c.publisher()),
						String.valueOf(c.year()), c.sourceUrl()))
				.append('\n');
		}
	}

	/** Every reference behind the reasons, hard limits and risks of this evaluation. */
	private void sources(StringBuilder md, Evaluation evaluation, Catalogue catalogue) {
		Set<String> ids = new LinkedHashSet<>();
		evaluation.criteria()
			.forEach((c) -> c.reasons().forEach((r) -> ids.addAll(CatalogueSources.of(catalogue, r.ruleId()))));
		evaluation.ranking()
			.forEach((r) -> r.blockers().forEach((b) -> ids.addAll(CatalogueSources.ofKnockOut(catalogue, b.id()))));
		evaluation.risks().forEach((r) -> ids.addAll(CatalogueSources.ofRisk(catalogue, r.id())));
		List<Reference> references = catalogue.references(List.copyOf(ids));
		if (references.isEmpty()) {
			return;
		}
		md.append("\n### ").append(t("adr.sources")).append("\n\n");
		for (Reference reference : references) {
			md.append("* ")
				.append(t("adr.source", line(reference.author()), line(reference.title()),
						String.valueOf(reference.year()), reference.url()))
				.append('\n');
		}
	}

	/**
	 * One line per rule that moves this architecture, good ones first: the reason and the
	 * criteria it touches.
	 */
	private List<String> prosAndCons(Evaluation evaluation, String architecture) {
		Map<String, Integer> effects = new LinkedHashMap<>();
		Map<String, List<String>> criteria = new LinkedHashMap<>();
		for (CriterionResult criterion : evaluation.criteria()) {
			for (Reason reason : criterion.reasons()) {
				Integer effect = reason.effects().get(architecture);
				if (effect != null) {
					effects.merge(reason.ruleId(), effect, (a, b) -> (Math.abs(b) > Math.abs(a)) ? b : a);
					criteria.computeIfAbsent(reason.ruleId(), (id) -> new ArrayList<>())
						.add(lower(t("criterion." + criterion.criterion() + ".name")));
				}
			}
		}
		List<String> lines = new ArrayList<>();
		for (String kind : List.of("adr.good", "adr.neutral", "adr.bad")) {
			effects.forEach((rule, effect) -> {
				String key = (effect > 0) ? "adr.good" : (effect < 0) ? "adr.bad" : "adr.neutral";
				if (key.equals(kind)) {
					lines.add(t(kind, lower(t("rule." + rule))) + " (" + String.join(", ", criteria.get(rule)) + ")");
				}
			});
		}
		return lines;
	}

	/**
	 * Starts a sentence fragment in lower case ("Bursty traffic…" → "bursty traffic…"),
	 * keeping acronyms.
	 */
	static String lower(String text) {
		if (text.length() > 1 && Character.isUpperCase(text.charAt(0)) && !Character.isUpperCase(text.charAt(1))) {
			return Character.toLowerCase(text.charAt(0)) + text.substring(1);
		}
		return text;
	}

	/** The top reasons in favour of an architecture: the rules that raise it most. */
	private List<String> strengths(Evaluation evaluation, String architecture) {
		List<String> strengths = new ArrayList<>();
		for (CriterionResult criterion : evaluation.criteria()) {
			for (Reason reason : criterion.reasons()) {
				Integer effect = reason.effects().get(architecture);
				if (effect != null && effect > 0) {
					String text = t("rule." + reason.ruleId());
					if (!strengths.contains(text)) {
						strengths.add(text);
					}
				}
			}
		}
		return strengths.subList(0, Math.min(5, strengths.size()));
	}

	private static double spread(CriterionResult criterion) {
		Map<String, Double> scores = criterion.scores();
		return scores.values().stream().mapToDouble(Double::doubleValue).max().orElse(50)
				- scores.values().stream().mapToDouble(Double::doubleValue).min().orElse(50);
	}

	private static long score(Evaluation evaluation, String architecture) {
		return evaluation.ranking()
			.stream()
			.filter((r) -> r.architecture().equals(architecture))
			.mapToLong((r) -> Math.round(r.score()))
			.findFirst()
			.orElse(0);
	}

	private String answer(Trait trait, String value) {
		if (trait.isChoice()) {
			return t("trait." + trait.id() + ".option." + value);
		}
		String number = value;
		try {
			number = new DecimalFormat("#,##0.######", DecimalFormatSymbols.getInstance(Locale.ROOT))
				.format(new java.math.BigDecimal(value));
		}
		catch (NumberFormatException ex) {
			// shown as stored
		}
		return number + " " + t("trait." + trait.id() + ".unit");
	}

	private static String madrStatus(String status) {
		return switch (status) {
			case "accepted", "rejected", "superseded" -> status;
			default -> "proposed";
		};
	}

	private String name(String architecture) {
		return t("architecture." + architecture + ".name");
	}

	private String t(String key, Object... args) {
		return this.messages.getMessage(key, args, key, this.locale);
	}

	/**
	 * One line of Markdown text: no line breaks, leading characters that start blocks
	 * escaped.
	 */
	private static String line(String text) {
		return escape(text.replace('\r', ' ').replace('\n', ' '));
	}

	/** Markdown-escapes user text so it cannot inject HTML or markup into the record. */
	static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length() + 16);
		for (char c : text.toCharArray()) {
			switch (c) {
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '&' -> out.append("&amp;");
				case '\\', '`', '*', '_', '[', ']', '#', '|' -> out.append('\\').append(c);
				default -> out.append(c);
			}
		}
		return out.toString();
	}

	private static String yaml(String text) {
		String safe = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
		return "\"" + safe.replace("\\", "\\\\").replace("\"", "\\\"").replace('\n', ' ').replace('\r', ' ') + "\"";
	}

	private static long percent(double share) {
		return Math.round(share * 100);
	}

}
