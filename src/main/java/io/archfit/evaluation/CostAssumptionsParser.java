package io.archfit.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads edited cost assumptions (name to value, as they arrive in a request body or a
 * saved assessment) into a {@link CostAssumptions}, starting from
 * {@link CostAssumptions#defaults()}: names that are not given, or given as null, keep
 * their default.
 * <p>
 * A value may be a {@link Number} or a string in plain decimal or scientific notation
 * ({@code "0.04048"}, {@code "1e6"}). Every problem is collected before failing, each
 * named as {@code assumptions.<name>}:
 * <ul>
 * <li>{@code unknownAssumption} – the name is not one of
 * {@link CostAssumptions#ALL_NAMES};</li>
 * <li>{@code notANumber} – not a finite number;</li>
 * <li>{@code negative} – below zero (every assumption is a price, size or share);</li>
 * <li>{@code notAnInteger} – {@code minTasks} or {@code servicesCount} with a
 * fraction;</li>
 * <li>{@code outOfRange} – outside the accepted range, args {@code [min, max]}.</li>
 * </ul>
 * Ranges: prices from 0 up to a bound far above any real price (FaaS and gateway $1 000
 * per million, $1 per GB-second, $100 per vCPU-hour or GB-hour, load balancer $100 000 a
 * month); free tiers 0 … 10<sup>12</sup>; {@code taskVcpu} 0.25 … 16;
 * {@code taskMemoryGb} 0.5 … 120; {@code targetUtilization} and {@code cpuShare} above 0
 * up to 1; {@code minTasks} 1 … 100; {@code servicesCount} 1 … 500. Of the ownership
 * assumptions: monthly amounts up to $100 000, per-GB prices up to $100, the hourly rate
 * up to $10 000; {@code meshProxyVcpu} 0 … 4; {@code logKbPerCall} and
 * {@code internalCallCpuMs} 0 … 10 000; {@code internalCallKb} 0 … 10<sup>6</sup>;
 * {@code internalCallsPerRequest} 0 … 1 000; {@code opsHoursPerUnit} 0 … 1 000; shares 0
 * … 1. Stateless and thread-safe.
 */
public final class CostAssumptionsParser {

	private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

	private static final Map<String, Range> RANGES = ranges();

	private CostAssumptionsParser() {
	}

	/**
	 * Parses edited assumptions over the defaults.
	 * @param values name to value; null or empty gives the defaults
	 * @return the assumptions
	 * @throws InvalidAssumptionsException naming every bad field
	 */
	public static CostAssumptions parse(Map<String, ?> values) {
		if (values == null || values.isEmpty()) {
			return CostAssumptions.defaults();
		}
		Map<String, Object> merged = new LinkedHashMap<>(CostAssumptions.defaults().toFullMap());
		List<InvalidAssumptionsException.Problem> problems = new ArrayList<>();
		for (String name : CostAssumptions.ALL_NAMES) {
			if (!values.containsKey(name) || values.get(name) == null) {
				continue;
			}
			Range range = RANGES.get(name);
			Object raw = values.get(name);
			Double value = toDouble(raw);
			String field = "assumptions." + name;
			if (value == null) {
				problems.add(problem(field, "notANumber"));
			}
			else if (value < 0) {
				problems.add(problem(field, "negative"));
			}
			else if (range.integer() && value != Math.rint(value)) {
				problems.add(problem(field, "notAnInteger"));
			}
			else if (!range.contains(value)) {
				problems.add(new InvalidAssumptionsException.Problem(field, "outOfRange", range.args()));
			}
			else {
				merged.put(name, range.integer() ? (Object) (int) Math.rint(value) : (Object) (value + 0.0));
			}
		}
		for (String name : new TreeSet<>(values.keySet())) {
			if (!RANGES.containsKey(name)) {
				problems.add(new InvalidAssumptionsException.Problem("assumptions." + name, "unknownAssumption",
						List.of(name)));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidAssumptionsException(problems);
		}
		CostAssumptions.Ownership ownership = new CostAssumptions.Ownership(d(merged, "controlPlaneMonthlyUsd"),
				d(merged, "meshProxyVcpu"), d(merged, "observabilityPerServiceMonthlyUsd"), d(merged, "logGbUsd"),
				d(merged, "logKbPerCall"), (Double) merged.get("internalCallsPerRequest"),
				d(merged, "internalCallCpuMs"), d(merged, "internalCallKb"), d(merged, "crossZoneGbUsd"),
				d(merged, "crossZoneShare"), d(merged, "engineerHourUsd"), d(merged, "opsHoursPerUnit"),
				d(merged, "serverManagementShare"), d(merged, "containersProviderShare"),
				d(merged, "functionsProviderShare"));
		return new CostAssumptions(d(merged, "faasRequestPerMillionUsd"), d(merged, "faasGbSecondUsd"),
				d(merged, "faasFreeRequests"), d(merged, "faasFreeGbSeconds"), d(merged, "gatewayPerMillionUsd"),
				d(merged, "vcpuHourUsd"), d(merged, "gbHourUsd"), d(merged, "taskVcpu"), d(merged, "taskMemoryGb"),
				d(merged, "targetUtilization"), ((Number) merged.get("minTasks")).intValue(),
				d(merged, "loadBalancerMonthlyUsd"), d(merged, "cpuShare"), (Integer) merged.get("servicesCount"),
				ownership);
	}

	private static double d(Map<String, Object> values, String name) {
		return ((Number) values.get(name)).doubleValue();
	}

	private static InvalidAssumptionsException.Problem problem(String field, String code) {
		return new InvalidAssumptionsException.Problem(field, code, List.of());
	}

	private static Double toDouble(Object raw) {
		double value;
		if (raw instanceof BigDecimal decimal) {
			value = decimal.doubleValue();
		}
		else if (raw instanceof Number number) {
			value = number.doubleValue();
		}
		else if (raw instanceof CharSequence text) {
			String trimmed = text.toString().trim();
			if (!NUMBER.matcher(trimmed).matches()) {
				return null;
			}
			value = Double.parseDouble(trimmed);
		}
		else {
			return null;
		}
		return Double.isFinite(value) ? value : null;
	}

	private static Map<String, Range> ranges() {
		Map<String, Range> ranges = new LinkedHashMap<>();
		ranges.put("faasRequestPerMillionUsd", Range.closed(0, 1000));
		ranges.put("faasGbSecondUsd", Range.closed(0, 1));
		ranges.put("faasFreeRequests", Range.closed(0, 1e12));
		ranges.put("faasFreeGbSeconds", Range.closed(0, 1e12));
		ranges.put("gatewayPerMillionUsd", Range.closed(0, 1000));
		ranges.put("vcpuHourUsd", Range.closed(0, 100));
		ranges.put("gbHourUsd", Range.closed(0, 100));
		ranges.put("taskVcpu", Range.closed(0.25, 16));
		ranges.put("taskMemoryGb", Range.closed(0.5, 120));
		ranges.put("targetUtilization", Range.aboveZero(1));
		ranges.put("minTasks", Range.integers(1, 100));
		ranges.put("loadBalancerMonthlyUsd", Range.closed(0, 100_000));
		ranges.put("cpuShare", Range.aboveZero(1));
		ranges.put("servicesCount", Range.integers(1, 500));
		ranges.put("controlPlaneMonthlyUsd", Range.closed(0, 100_000));
		ranges.put("meshProxyVcpu", Range.closed(0, 4));
		ranges.put("observabilityPerServiceMonthlyUsd", Range.closed(0, 100_000));
		ranges.put("logGbUsd", Range.closed(0, 100));
		ranges.put("logKbPerCall", Range.closed(0, 10_000));
		ranges.put("internalCallsPerRequest", Range.closed(0, 1000));
		ranges.put("internalCallCpuMs", Range.closed(0, 10_000));
		ranges.put("internalCallKb", Range.closed(0, 1_000_000));
		ranges.put("crossZoneGbUsd", Range.closed(0, 100));
		ranges.put("crossZoneShare", Range.closed(0, 1));
		ranges.put("engineerHourUsd", Range.closed(0, 10_000));
		ranges.put("opsHoursPerUnit", Range.closed(0, 1000));
		ranges.put("serverManagementShare", Range.closed(0, 1));
		ranges.put("containersProviderShare", Range.closed(0, 1));
		ranges.put("functionsProviderShare", Range.closed(0, 1));
		if (!List.copyOf(ranges.keySet()).equals(CostAssumptions.ALL_NAMES)) {
			throw new IllegalStateException("Assumption ranges do not match the assumption names");
		}
		return Map.copyOf(ranges);
	}

	private record Range(double min, boolean minExclusive, double max, boolean integer) {

		static Range closed(double min, double max) {
			return new Range(min, false, max, false);
		}

		static Range aboveZero(double max) {
			return new Range(0, true, max, false);
		}

		static Range integers(int min, int max) {
			return new Range(min, false, max, true);
		}

		boolean contains(double value) {
			return (this.minExclusive ? value > this.min : value >= this.min) && value <= this.max;
		}

		List<Object> args() {
			return this.integer ? List.of((int) this.min, (int) this.max) : List.of(this.min, this.max);
		}

	}

}
