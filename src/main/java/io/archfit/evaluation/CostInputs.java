package io.archfit.evaluation;

/**
 * The workload figures the cost model needs, resolved from the answers with documented
 * defaults for what was left unanswered. Values below a minimum are raised to it;
 * non-finite values are rejected.
 *
 * @param requestsPerMonth requests or events per month (≥ 0)
 * @param avgDurationMs average run time of one request in milliseconds (≥ 0)
 * @param memoryMb memory per unit of work in MB (FaaS function size; ≥ 0)
 * @param peakToAverage peak-to-average load ratio (≥ 1)
 * @param servicesCount services of the microservices system (≥ 1)
 */
public record CostInputs(double requestsPerMonth, double avgDurationMs, double memoryMb, double peakToAverage,
		int servicesCount) {

	/** Volume assumed when {@code monthlyRequests} is unanswered. */
	public static final double DEFAULT_REQUESTS_PER_MONTH = 1_000_000;

	/**
	 * Run time assumed when neither {@code avgDurationMs} nor {@code taskDuration} is
	 * answered.
	 */
	public static final double DEFAULT_DURATION_MS = 100;

	/** Memory assumed when {@code memoryMb} is unanswered. */
	public static final double DEFAULT_MEMORY_MB = 512;

	/**
	 * Peak-to-average ratio assumed when neither it nor {@code trafficPattern} is
	 * answered.
	 */
	public static final double DEFAULT_PEAK_TO_AVERAGE = 3;

	/**
	 * Services count assumed when neither the assumption nor {@code domainSize} is set.
	 */
	public static final int DEFAULT_SERVICES_COUNT = 6;

	public CostInputs {
		requestsPerMonth = finiteAtLeast(requestsPerMonth, 0, "requestsPerMonth");
		avgDurationMs = finiteAtLeast(avgDurationMs, 0, "avgDurationMs");
		memoryMb = finiteAtLeast(memoryMb, 0, "memoryMb");
		peakToAverage = finiteAtLeast(peakToAverage, 1, "peakToAverage");
		if (servicesCount < 1) {
			throw new IllegalArgumentException("servicesCount must be at least 1");
		}
	}

	/**
	 * Resolves the inputs from the answers. Unanswered or unreadable values take these
	 * defaults:
	 * <ul>
	 * <li>{@code monthlyRequests}: 1 000 000 a month (the FaaS free tier, a small
	 * production app); negative values count as 0;</li>
	 * <li>{@code avgDurationMs}: from {@code taskDuration} – subsecond 100 ms, seconds 2
	 * 000 ms, minutes 120 000 ms, long-running 900 000 ms (the FaaS ceiling; a continuous
	 * job costs at least that) – else 100 ms;</li>
	 * <li>{@code memoryMb}: 512 MB;</li>
	 * <li>{@code peakToAverage}: from {@code trafficPattern} – steady 1.5, daily-cycle 3,
	 * spiky 10, unpredictable 10, idle-mostly 20 (traffic that is mostly idle has a high
	 * peak relative to its small average) – else 3; values below 1 count as 1;</li>
	 * <li>services count: the {@code servicesCount} assumption when set, else from
	 * {@code domainSize} – small 3, medium 6, large 12 – else 6.</li>
	 * </ul>
	 * @param answers the answers
	 * @param assumptions the assumptions (for {@code servicesCount})
	 * @return the inputs
	 */
	public static CostInputs from(Answers answers, CostAssumptions assumptions) {
		double requests = Math.max(0, number(answers, "monthlyRequests", DEFAULT_REQUESTS_PER_MONTH));
		double duration = number(answers, "avgDurationMs", durationFrom(answers.get("taskDuration")));
		if (duration < 0) {
			duration = durationFrom(answers.get("taskDuration"));
		}
		double memory = number(answers, "memoryMb", DEFAULT_MEMORY_MB);
		if (memory < 0) {
			memory = DEFAULT_MEMORY_MB;
		}
		double peak = Math.max(1, number(answers, "peakToAverage", peakFrom(answers.get("trafficPattern"))));
		int services = (assumptions.servicesCount() != null) ? Math.max(1, assumptions.servicesCount())
				: servicesFrom(answers.get("domainSize"));
		return new CostInputs(requests, duration, memory, peak, services);
	}

	/** A copy at another monthly volume. */
	public CostInputs withRequestsPerMonth(double requests) {
		return new CostInputs(requests, this.avgDurationMs, this.memoryMb, this.peakToAverage, this.servicesCount);
	}

	static double durationFrom(String taskDuration) {
		if (taskDuration == null) {
			return DEFAULT_DURATION_MS;
		}
		return switch (taskDuration) {
			case "seconds" -> 2_000;
			case "minutes" -> 120_000;
			case "long-running" -> 900_000;
			default -> DEFAULT_DURATION_MS;
		};
	}

	static double peakFrom(String trafficPattern) {
		if (trafficPattern == null) {
			return DEFAULT_PEAK_TO_AVERAGE;
		}
		return switch (trafficPattern) {
			case "steady" -> 1.5;
			case "spiky", "unpredictable" -> 10;
			case "idle-mostly" -> 20;
			default -> DEFAULT_PEAK_TO_AVERAGE;
		};
	}

	static int servicesFrom(String domainSize) {
		if (domainSize == null) {
			return DEFAULT_SERVICES_COUNT;
		}
		return switch (domainSize) {
			case "small" -> 3;
			case "large" -> 12;
			default -> DEFAULT_SERVICES_COUNT;
		};
	}

	private static double number(Answers answers, String traitId, double fallback) {
		String raw = answers.get(traitId);
		if (raw == null) {
			return fallback;
		}
		try {
			double value = Double.parseDouble(raw.trim());
			return Double.isFinite(value) ? value : fallback;
		}
		catch (NumberFormatException ex) {
			return fallback;
		}
	}

	private static double finiteAtLeast(double value, double min, String name) {
		if (!Double.isFinite(value)) {
			throw new IllegalArgumentException(name + " must be finite");
		}
		return Math.max(min, value);
	}

}
