package io.archfit.evidence;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.archfit.catalogue.Catalogues;
import io.archfit.evaluation.Evaluation;
import io.archfit.evaluation.Evaluator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What checking an evaluation against the published cases adds to every evaluation the
 * application makes: the search for the three cases nearest to the answers among the
 * whole corpus, and the confidence they allow. Measured on the corpus's own answer sets
 * under the current catalogue. Not a test; run it on one core with
 * {@code bench/jmh ConfidenceCheck} (see {@code bench/README-jmh.md}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ConfidenceCheckBenchmark {

	private Evidence evidence;

	private Evaluator evaluator;

	private List<Map<String, String>> answerSets;

	private List<Evaluation> evaluations;

	private int next;

	@Setup
	public void setUp() {
		this.evidence = new Evidence();
		this.evaluator = new Evaluator(Catalogues.loadBuiltIn().current());
		this.answerSets = this.evidence.corpus()
			.cases()
			.stream()
			.map((c) -> c.answersFor(this.evaluator.catalogue()).asMap())
			.toList();
		this.evaluations = this.evidence.corpus()
			.cases()
			.stream()
			.map((c) -> this.evaluator.evaluate(c.answersFor(this.evaluator.catalogue())))
			.toList();
	}

	@Benchmark
	public Evaluation check() {
		int i = this.next;
		this.next = (i + 1) % this.answerSets.size();
		return this.evidence.checked(this.evaluator, this.evaluations.get(i), this.answerSets.get(i));
	}

}
