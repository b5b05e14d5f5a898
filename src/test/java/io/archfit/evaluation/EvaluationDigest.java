package io.archfit.evaluation;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * A digest of everything the engine returns for the seeded answer sets of
 * {@link AnswerSets#random}, so that two versions of the engine can be shown to give the
 * same results: run {@code main} against each and compare the printed digests.
 * <p>
 * Each evaluation is written out field by field in a canonical form (records by
 * component, maps sorted by key, numbers exactly), then hashed. Only the fields named in
 * {@link #FIELDS} are included, so fields added to the result later do not change the
 * digest of what was there before.
 */
public final class EvaluationDigest {

	/** The result fields the digest covers. */
	static final List<String> FIELDS = List.of("catalogueVersion", "recommended", "confidence", "ranking", "criteria",
			"comparison", "risks", "tippingPoints", "unanswered", "cost");

	private EvaluationDigest() {
	}

	public static void main(String[] args) throws Exception {
		int count = (args.length > 0) ? Integer.parseInt(args[0]) : 20_000;
		System.out.println(count + " answer sets: " + digest(new Evaluator(AnswerSets.CATALOGUE), count));
	}

	/**
	 * The digest of the first {@code count} seeded answer sets, with priorities and
	 * edited prices.
	 */
	static String digest(Evaluator evaluator, int count) throws Exception {
		MessageDigest sha = MessageDigest.getInstance("SHA-256");
		for (long seed = 0; seed < count; seed++) {
			Evaluation evaluation = evaluator.evaluate(AnswerSets.random(seed), AnswerSets.randomPriorities(seed),
					assumptions(seed));
			sha.update(canonical(evaluation).getBytes(StandardCharsets.UTF_8));
		}
		return HexFormat.of().formatHex(sha.digest());
	}

	/** Every fourth seed edits the prices, so that the cost model's bands move. */
	static CostAssumptions assumptions(long seed) {
		Random random = new Random(seed * 7919 + 1);
		if (random.nextInt(4) != 0) {
			return null;
		}
		Map<String, Object> values = new java.util.LinkedHashMap<>();
		for (String name : List.of("faasRequestPerMillionUsd", "faasGbSecondUsd", "vcpuHourUsd", "gbHourUsd",
				"loadBalancerMonthlyUsd")) {
			double value = ((Number) CostAssumptions.defaults().toMap().get(name)).doubleValue();
			values.put(name, value * Math.exp((random.nextDouble() - 0.5) * 4));
		}
		values.put("cpuShare", 0.05 + random.nextDouble() * 0.95);
		if (random.nextBoolean()) {
			values.put("servicesCount", 1 + random.nextInt(20));
		}
		return CostAssumptions.fromMap(values);
	}

	/** The evaluation's covered fields in canonical form. */
	static String canonical(Evaluation evaluation) throws Exception {
		StringBuilder out = new StringBuilder("Evaluation{");
		for (RecordComponent component : Evaluation.class.getRecordComponents()) {
			if (FIELDS.contains(component.getName())) {
				out.append(component.getName()).append('=');
				write(component.getAccessor().invoke(evaluation), out);
				out.append(';');
			}
		}
		return out.append("}\n").toString();
	}

	private static void write(Object value, StringBuilder out) throws Exception {
		if (value == null) {
			out.append("null");
		}
		else if (value instanceof Record record) {
			out.append(record.getClass().getSimpleName()).append('{');
			for (RecordComponent component : record.getClass().getRecordComponents()) {
				if (record instanceof CostAssumptions && component.getName().equals("ownership")) {
					// the costs of ownership (people, platform, calls) added after this
					// digest
					// was first taken; they move no v1 figure
					continue;
				}
				out.append(component.getName()).append('=');
				write(component.getAccessor().invoke(record), out);
				out.append(';');
			}
			out.append('}');
		}
		else if (value instanceof Map<?, ?> map) {
			out.append('{');
			for (Map.Entry<?, ?> entry : new TreeMap<>(map).entrySet()) {
				out.append(entry.getKey()).append(':');
				write(entry.getValue(), out);
				out.append(',');
			}
			out.append('}');
		}
		else if (value instanceof Collection<?> list) {
			out.append('[');
			for (Object element : new ArrayList<>(list)) {
				write(element, out);
				out.append(',');
			}
			out.append(']');
		}
		else if (value instanceof Double number) {
			out.append(Double.doubleToLongBits(number));
		}
		else {
			out.append(value);
		}
	}

}
