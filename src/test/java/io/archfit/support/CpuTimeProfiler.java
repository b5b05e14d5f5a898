package io.archfit.support;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.List;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler that reports the CPU time one operation costs, which holds steady on a
 * shared machine while the throughput follows the load of the neighbours:
 * <ul>
 * <li>{@code ·cpu.process}: CPU time of the whole benchmark JVM (benchmark threads,
 * garbage collector, compiler) per operation;</li>
 * <li>{@code ·cpu.worker}: CPU time of the benchmark threads alone per operation.</li>
 * </ul>
 * Both in microseconds. Use it with {@code -prof io.archfit.support.CpuTimeProfiler}.
 */
public class CpuTimeProfiler implements InternalProfiler {

	private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

	private final com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory
		.getOperatingSystemMXBean();

	private long processBefore;

	private long workersBefore;

	@Override
	public String getDescription() {
		return "CPU time per operation: the benchmark JVM and its benchmark threads";
	}

	@Override
	public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
		this.processBefore = this.os.getProcessCpuTime();
		this.workersBefore = workerCpuTime();
	}

	@Override
	public List<? extends Result<?>> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
			IterationResult result) {
		long process = this.os.getProcessCpuTime() - this.processBefore;
		long workers = workerCpuTime() - this.workersBefore;
		long ops = result.getMetadata().getAllOps();
		if (ops <= 0 || process < 0) {
			return List.of();
		}
		return List.of(new ScalarResult("cpu.process", process / 1000.0 / ops, "us/op", AggregationPolicy.AVG),
				new ScalarResult("cpu.worker", workers / 1000.0 / ops, "us/op", AggregationPolicy.AVG));
	}

	/**
	 * CPU time of the live benchmark threads (JMH names them {@code …-jmh-worker-N});
	 * they outlive the iterations of one benchmark, so before and after see the same
	 * threads.
	 */
	private long workerCpuTime() {
		long sum = 0;
		for (ThreadInfo info : this.threads.getThreadInfo(this.threads.getAllThreadIds())) {
			if (info != null && info.getThreadName().contains("jmh-worker")) {
				long time = this.threads.getThreadCpuTime(info.getThreadId());
				if (time > 0) {
					sum += time;
				}
			}
		}
		return sum;
	}

}
