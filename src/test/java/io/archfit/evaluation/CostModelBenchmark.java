package io.archfit.evaluation;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.archfit.catalogue.Catalogues;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Throughput of the cost model: a full estimate (four architectures and the break-even)
 * and the break-even search alone. Run it on one core with {@code bench/jmh CostModel}
 * (see {@code bench/README-jmh.md}), or with {@link #main(String[])} from the test class
 * path.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class CostModelBenchmark {

	/**
	 * The built-in catalogue whose cost model is measured (v2 prices platform and
	 * people).
	 */
	@Param({ "v1", "v2", "v3", "v4", "v5" })
	public String version;

	private final CostAssumptions assumptions = CostAssumptions.defaults();

	private final Answers answers = Answers.of(Map.of("monthlyRequests", "5000000", "avgDurationMs", "100", "memoryMb",
			"512", "peakToAverage", "5", "domainSize", "medium", "devopsMaturity", "medium"));

	private CostModel model;

	private CostInputs inputs;

	@Setup
	public void setUp() {
		this.model = CostModel.of(Catalogues.loadBuiltIn().version(this.version).orElseThrow());
		this.inputs = this.model.inputs(this.answers, this.assumptions);
	}

	@Benchmark
	public CostEstimate estimate() {
		return this.model.estimate(this.answers, this.assumptions);
	}

	@Benchmark
	public Double breakEven() {
		return this.model.breakEven(this.inputs, this.assumptions);
	}

	@Benchmark
	public double monthlyUsd() {
		return this.model.monthlyUsd("hybrid", 5_000_000, this.inputs, this.assumptions);
	}

	public static void main(String[] args) throws RunnerException {
		Options options = new OptionsBuilder().include(CostModelBenchmark.class.getSimpleName()).build();
		new Runner(options).run();
	}

}
