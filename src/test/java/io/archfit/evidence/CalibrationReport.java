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
 * the held-out part, every miss with its scores, a reliability table (for each confidence
 * level and confidence band: how many cases, how many right, and for each level the 95 %
 * Wilson interval of the share right, as few cases call for), and how well the stated
 * confidence matches the outcomes (Brier score, expected calibration error; evidence D4).
 * Written as Markdown to {@code target/calibration.md} by {@link CalibrationTests}.
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
		this(catalogue, new Evidence(corpus));
	}

	/**
	 * A report over the evidence's cases, each scored as an assessment with its answers
	 * would be and checked against the other cases of the same evidence (give it the
	 * tuning part alone to keep the held-out part out of sight).
	 */
	CalibrationReport(Catalogue catalogue, Evidence evidence) {
		this.catalogue = catalogue;
		Evaluator evaluator = new Evaluator(catalogue);
		for (EvidenceCase scored : evidence.corpus().cases()) {
			this.answered
				.add(new Answered(scored, CaseCorpus.isHeldOut(scored.id()), evidence.evaluateCase(evaluator, scored)));
		}
	}

	List<Answered> answered() {
		return this.answered;
	}

	Count overall() {
		return count(this.answered);
	}

	Count tuning() {
		return count(tuningPart());
	}

	Count heldOut() {
		return count(heldOutPart());
	}

	private List<Answered> tuningPart() {
		return this.answered.stream().filter((a) -> !a.heldOut()).toList();
	}

	private List<Answered> heldOutPart() {
		return this.answered.stream().filter(Answered::heldOut).toList();
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

	/**
	 * The Brier score: the mean squared gap between the confidence and the outcome (1
	 * right, 0 wrong); NaN for no case.
	 */
	static double brier(List<Answered> list) {
		return list.stream().mapToDouble((a) -> {
			double gap = a.evaluation().confidence() - (a.right() ? 1 : 0);
			return gap * gap;
		}).average().orElse(Double.NaN);
	}

	/**
	 * The expected calibration error: per confidence band of 0.1, the gap between the
	 * mean confidence and the share right, weighted by the band's share of the cases; NaN
	 * for no case.
	 */
	static double expectedCalibrationError(List<Answered> list) {
		double[] confidence = new double[10];
		double[] right = new double[10];
		for (Answered a : list) {
			int band = Math.min(9, (int) (a.evaluation().confidence() * 10));
			confidence[band] += a.evaluation().confidence();
			right[band] += a.right() ? 1 : 0;
		}
		double error = 0;
		for (int band = 0; band < 10; band++) {
			error += Math.abs(confidence[band] - right[band]);
		}
		return list.isEmpty() ? Double.NaN : error / list.size();
	}

	/** The 95 % Wilson score interval of a share right, as [low, high]. */
	static double[] wilson(Count count) {
		if (count.cases() == 0) {
			return new double[] { Double.NaN, Double.NaN };
		}
		double z = 1.96;
		double n = count.cases();
		double p = count.share();
		double centre = (p + z * z / (2 * n)) / (1 + z * z / n);
		double half = z * Math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n);
		return new double[] { Math.max(0, centre - half), Math.min(1, centre + half) };
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
		md.append("\n## Reliability by confidence level\n\n| level | cases | right | share | 95 % interval |\n"
				+ "|---|---:|---:|---:|---|\n");
		for (ConfidenceLevel level : ConfidenceLevel.values()) {
			Count count = level(level);
			double[] interval = wilson(count);
			md.append(String.format(Locale.ROOT, "| %s | %d | %d | %s | %s |%n", level.id(), count.cases(),
					count.right(), share(count), (count.cases() > 0)
							? String.format(Locale.ROOT, "%.0f–%.0f %%", 100 * interval[0], 100 * interval[1]) : "–"));
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
		md.append("\n## Confidence against outcomes\n\nBrier score: the mean squared gap between the confidence and "
				+ "the outcome (1 right, 0 wrong), 0 at best, 0.25 for a constant 50 %. Expected calibration error: "
				+ "the gap between the confidence and the share right per band of 0.1, weighted by the band's "
				+ "cases.\n\n| part | Brier score | expected calibration error |\n|---|---:|---:|\n");
		scoresRow(md, "tuning", tuningPart());
		scoresRow(md, "held out", heldOutPart());
		scoresRow(md, "all", this.answered);
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

	private static void scoresRow(StringBuilder md, String name, List<Answered> part) {
		md.append(String.format(Locale.ROOT, "| %s | %s | %s |%n", name, decimal(brier(part)),
				decimal(expectedCalibrationError(part))));
	}

	private static void row(StringBuilder md, String name, Count count) {
		md.append(String.format(Locale.ROOT, "| %s | %d | %d | %s |%n", name, count.cases(), count.right(),
				share(count)));
	}

	private static String share(Count count) {
		return (count.cases() > 0) ? String.format(Locale.ROOT, "%.1f %%", 100 * count.share()) : "–";
	}

	private static String decimal(double value) {
		return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.3f", value);
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
