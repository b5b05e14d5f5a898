package io.archfit.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.archfit.catalogue.Catalogues;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Throughput of the engine on realistic answer sets: scoring alone, and scoring with the
 * search for tipping points (what the report and the API do), under each built-in
 * catalogue version. Not a test; run it on one core with {@code bench/jmh Evaluator} (see
 * {@code bench/README-jmh.md}), or with {@link #main(String[])} from the test class path.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EvaluatorBenchmark {

	/** The built-in catalogue scored with; earlier engines are compared on {@code v1}. */
	@Param({ "v1", "v2", "v3", "v4", "v5" })
	public String version;

	private Evaluator evaluator;

	private Answers[] answerSets;

	private List<String> priorities;

	private int next;

	@Setup
	public void setUp() {
		this.evaluator = new Evaluator(Catalogues.loadBuiltIn().version(this.version).orElseThrow());
		List<Answers> sets = new ArrayList<>(AnswerSets.publicCases());
		// the same applications with a few questions left open
		sets.add(AnswerSets.smallTeamMvp().with("monthlyRequests", null).with("peakToAverage", null));
		sets.add(AnswerSets.largeManyTeamPlatform().with("dataConsistency", null).with("trafficPattern", null));
		sets.add(AnswerSets.spikyUploadProcessor().with("latencyBudget", null));
		this.answerSets = sets.toArray(Answers[]::new);
		this.priorities = List.of("cost", "complexity");
	}

	private Answers nextAnswers() {
		Answers answers = this.answerSets[this.next];
		this.next = (this.next + 1) % this.answerSets.length;
		return answers;
	}

	@Benchmark
	public Evaluation evaluate() {
		return this.evaluator.evaluate(nextAnswers(), this.priorities, null, false);
	}

	@Benchmark
	public Evaluation evaluateWithTippingPoints() {
		return this.evaluator.evaluate(nextAnswers(), this.priorities, null);
	}

	/**
	 * Runs both benchmarks in one fork with a few short iterations; JMH command-line
	 * options (e.g. {@code -wi 10}) override the defaults.
	 */
	public static void main(String[] args) throws RunnerException, CommandLineOptionException {
		CommandLineOptions given = new CommandLineOptions(args);
		ChainedOptionsBuilder options = new OptionsBuilder().parent(given)
			.include(EvaluatorBenchmark.class.getName() + ".*");
		if (!given.getForkCount().hasValue()) {
			options.forks(1);
		}
		if (!given.getThreads().hasValue()) {
			options.threads(1);
		}
		if (!given.getWarmupIterations().hasValue()) {
			options.warmupIterations(5).warmupTime(TimeValue.seconds(3));
		}
		if (!given.getMeasurementIterations().hasValue()) {
			options.measurementIterations(5).measurementTime(TimeValue.seconds(2));
		}
		new Runner(options.build()).run();
	}

}
