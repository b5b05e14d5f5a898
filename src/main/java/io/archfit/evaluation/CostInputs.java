package io.archfit.evaluation;

import io.archfit.catalogue.CostModelSpec;

/**
 * The workload figures the cost model needs, resolved from the answers with the
 * catalogue's defaults for what was left unanswered ({@link CostModel#inputs}). Values
 * below a minimum are raised to it; non-finite values are rejected.
 *
 * @param requestsPerMonth requests or events per month (≥ 0)
 * @param avgDurationMs average run time of one request in milliseconds (≥ 0)
 * @param memoryMb memory per unit of work in MB (FaaS function size; ≥ 0)
 * @param peakToAverage peak-to-average load ratio (≥ 1)
 * @param servicesCount services of the microservices system (≥ 1)
 * @param internalCallsPerRequest calls between the services of the microservices system
 * per user request (≥ 0; 0 where the catalogue does not price them)
 * @param peopleFactor the factor on the engineer-hours for the team's DevOps maturity (≥
 * 0; 1 where the catalogue does not price people)
 */
public record CostInputs(double requestsPerMonth, double avgDurationMs, double memoryMb, double peakToAverage,
		int servicesCount, double internalCallsPerRequest, double peopleFactor) {

	public CostInputs {
		requestsPerMonth = finiteAtLeast(requestsPerMonth, 0, "requestsPerMonth");
		avgDurationMs = finiteAtLeast(avgDurationMs, 0, "avgDurationMs");
		memoryMb = finiteAtLeast(memoryMb, 0, "memoryMb");
		peakToAverage = finiteAtLeast(peakToAverage, 1, "peakToAverage");
		if (servicesCount < 1) {
			throw new IllegalArgumentException("servicesCount must be at least 1");
		}
		internalCallsPerRequest = finiteAtLeast(internalCallsPerRequest, 0, "internalCallsPerRequest");
		peopleFactor = finiteAtLeast(peopleFactor, 0, "peopleFactor");
	}

	/** A workload without calls between services and with the usual people factor. */
	public CostInputs(double requestsPerMonth, double avgDurationMs, double memoryMb, double peakToAverage,
			int servicesCount) {
		this(requestsPerMonth, avgDurationMs, memoryMb, peakToAverage, servicesCount, 0, 1);
	}

	/** A copy at another monthly volume. */
	public CostInputs withRequestsPerMonth(double requests) {
		return new CostInputs(requests, this.avgDurationMs, this.memoryMb, this.peakToAverage, this.servicesCount,
				this.internalCallsPerRequest, this.peopleFactor);
	}

	/** A copy with another run time per request. */
	public CostInputs withAvgDurationMs(double durationMs) {
		return new CostInputs(this.requestsPerMonth, durationMs, this.memoryMb, this.peakToAverage, this.servicesCount,
				this.internalCallsPerRequest, this.peopleFactor);
	}

	/** A copy with another memory per unit of work. */
	public CostInputs withMemoryMb(double memory) {
		return new CostInputs(this.requestsPerMonth, this.avgDurationMs, memory, this.peakToAverage, this.servicesCount,
				this.internalCallsPerRequest, this.peopleFactor);
	}

	/** The workload of a set of answers; see {@link CostModel#inputs}. */
	static CostInputs of(CostModelSpec spec, Answers answers, CostAssumptions assumptions) {
		double requests = Math.max(0, resolve(spec.requests(), answers));
		double duration = resolve(spec.duration(), answers);
		double memory = resolve(spec.memory(), answers);
		double peak = Math.max(1, resolve(spec.peakToAverage(), answers));
		int services = (assumptions.servicesCount() != null) ? Math.max(1, assumptions.servicesCount())
				: (int) resolve(spec.services(), answers);
		double calls = 0;
		if (spec.internalCalls() != null) {
			Double set = assumptions.ownership().internalCallsPerRequest();
			calls = (set != null) ? set : Math.min(services - 1, resolve(spec.internalCalls().perRequest(), answers));
		}
		double factor = (spec.people() != null) ? resolve(spec.people().maturity(), answers) : 1;
		return new CostInputs(requests, duration, memory, peak, services, calls, factor);
	}

	/**
	 * One workload figure from the answers: the number answered to the spec's trait, else
	 * the number its stand-in choice gives, else the default. Unreadable numbers count as
	 * unanswered.
	 */
	static double resolve(CostModelSpec.CostInput spec, Answers answers) {
		if (spec.trait() != null) {
			double number = number(answers, spec.trait(), Double.NaN);
			if (!Double.isNaN(number) && number >= 0) {
				return number;
			}
		}
		if (spec.from() != null) {
			String choice = answers.get(spec.from());
			Double value = (choice != null) ? spec.fromValues().get(choice) : null;
			if (value != null) {
				return value;
			}
		}
		return spec.defaultValue();
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
