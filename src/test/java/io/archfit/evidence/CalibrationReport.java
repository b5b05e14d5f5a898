package io.archfit.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.archfit.catalogue.Catalogue;
import io.archfit.evaluation.ConfidenceLevel;
import io.archfit.evaluation.Evaluation;
import io.archfit.evaluation.Evaluator;
import io.archfit.evaluation.RankedArchitecture;

/**
 * How a catalogue answers the corpus of public cases: accuracy on the tuning part and on
 * the held-out part, every miss with its scores, and a reliability table (for each
 * confidence level and confidence band: how many cases, how many right). Written as
 * Markdown to {@code target/calibration.md} by {@link CalibrationTests}.
 */
final class CalibrationReport {

	/** One case as the catalogue answers it. */
	record Answered(EvidenceCase evidence, boolean heldOut, Evaluation evaluation) {

		boolean right() {
			return this.evaluation.recommended().equals(this.evidence.concluded());
		}

	}

	/** How many and how many right. */
	record Count(int cases, int right) {

		double share() {
			return (this.cases > 0) ? (double) this.right / this.cases : Double.NaN;
		}

		Count add(boolean hit) {
			return new Count(this.cases + 1, this.right + (hit ? 1 : 0));
		}

	}

	private final Catalogue catalogue;

	private final List<Answered> answered = new ArrayList<>();

	CalibrationReport(Catalogue catalogue, CaseCorpus corpus) {
		this(catalogue, corpus.cases());
	}

	/** A report over some of the corpus's cases only (e.g. the tuning part). */
	CalibrationReport(Catalogue catalogue, List<EvidenceCase> cases) {
		this.catalogue = catalogue;
		Evaluator evaluator = new Evaluator(catalogue);
		for (EvidenceCase evidence : cases) {
			this.answered.add(new Answered(evidence, CaseCorpus.isHeldOut(evidence.id()),
					evaluator.evaluate(evidence.answersFor(catalogue))));
		}
	}

	List<Answered> answered() {
		return this.answered;
	}

	Count overall() {
		return count(this.answered);
	}

	Count tuning() {
		return count(this.answered.stream().filter((a) -> !a.heldOut()).toList());
	}

	Count heldOut() {
		return count(this.answered.stream().filter(Answered::heldOut).toList());
	}

	Count level(ConfidenceLevel level) {
		return count(this.answered.stream().filter((a) -> a.evaluation().confidenceLevel() == level).toList());
	}

	/** The cases answered wrongly with high confidence. */
	List<Answered> confidentlyWrong() {
		return this.answered.stream()
			.filter((a) -> !a.right() && a.evaluation().confidenceLevel() == ConfidenceLevel.HIGH)
			.toList();
	}

	/** The cases whose recommendation a hard limit rules out (there must be none). */
	List<Answered> limitsBroken() {
		return this.answered.stream()
			.filter((a) -> a.evaluation()
				.ranking()
				.stream()
				.anyMatch((r) -> r.architecture().equals(a.evaluation().recommended()) && !r.viable()))
			.toList();
	}

	private static Count count(List<Answered> list) {
		Count count = new Count(0, 0);
		for (Answered answered : list) {
			count = count.add(answered.right());
		}
		return count;
	}

	String markdown() {
		StringBuilder md = new StringBuilder();
		md.append("# Calibration of catalogue ").append(this.catalogue.version()).append("\n\n");
		md.append("Cases answered as their authors concluded (held-out rule: docs/calibration.md).\n\n");
		md.append("| part | cases | right | share |\n|---|---:|---:|---:|\n");
		row(md, "tuning", tuning());
		row(md, "held out", heldOut());
		row(md, "all", overall());
		md.append("\n## Reliability by confidence level\n\n| level | cases | right | share |\n|---|---:|---:|---:|\n");
		for (ConfidenceLevel level : ConfidenceLevel.values()) {
			row(md, level.id(), level(level));
		}
		md.append(
				"\n## Reliability by confidence band\n\n| confidence | cases | right | share |\n|---|---:|---:|---:|\n");
		for (int band = 0; band < 10; band++) {
			double low = band / 10.0;
			double high = (band + 1) / 10.0;
			Count count = count(this.answered.stream()
				.filter((a) -> a.evaluation().confidence() >= low
						&& (a.evaluation().confidence() < high || high == 1.0 && a.evaluation().confidence() <= 1.0))
				.toList());
			if (count.cases() > 0) {
				row(md, String.format(Locale.ROOT, "%.1f–%.1f", low, high), count);
			}
		}
		md.append("\nCases answered wrongly with high confidence: ").append(confidentlyWrong().size()).append(".\n");
		md.append("Recommendations a hard limit rules out: ").append(limitsBroken().size()).append(".\n");
		misses(md, "Misses in the tuning part", false);
		misses(md, "Misses in the held-out part", true);
		return md.toString();
	}

	private void misses(StringBuilder md, String title, boolean heldOut) {
		md.append("\n## ").append(title).append("\n\n| case | concluded | recommended | confidence | scores |\n");
		md.append("|---|---|---|---:|---|\n");
		for (Answered a : this.answered) {
			if (a.heldOut() != heldOut || a.right()) {
				continue;
			}
			StringBuilder scores = new StringBuilder();
			for (RankedArchitecture ranked : a.evaluation().ranking()) {
				scores.append(String.format(Locale.ROOT, "%s %.1f%s; ", ranked.architecture(), ranked.score(),
						ranked.viable() ? "" : " (ruled out)"));
			}
			md.append(String.format(Locale.ROOT, "| %s | %s | %s | %.2f %s | %s |%n", a.evidence().id(),
					a.evidence().concluded(), a.evaluation().recommended(), a.evaluation().confidence(),
					a.evaluation().confidenceLevel().id(), scores.toString().trim()));
		}
	}

	private static void row(StringBuilder md, String name, Count count) {
		md.append(String.format(Locale.ROOT, "| %s | %d | %d | %s |%n", name, count.cases(), count.right(),
				(count.cases() > 0) ? String.format(Locale.ROOT, "%.1f %%", 100 * count.share()) : "–"));
	}

	void write(Path file) {
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, markdown());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
