package io.archfit.evaluation;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The answers given for an application: trait id to value. A choice trait's value is an
 * option id; a numeric trait's value is its number in plain decimal notation
 * ({@code "5000000"}, {@code "2.5"}). A trait that is absent is unanswered ("not sure").
 * Validation against a catalogue happens in {@link AnswerValidator}; this type only keeps
 * the map immutable and ordered.
 */
public final class Answers {

	private static final Answers EMPTY = new Answers(Map.of());

	private final Map<String, String> values;

	private Answers(Map<String, String> values) {
		this.values = Collections.unmodifiableMap(new TreeMap<>(values));
	}

	public static Answers of(Map<String, String> values) {
		return values.isEmpty() ? EMPTY : new Answers(values);
	}

	public static Answers empty() {
		return EMPTY;
	}

	public Map<String, String> asMap() {
		return this.values;
	}

	public String get(String traitId) {
		return this.values.get(traitId);
	}

	public boolean isAnswered(String traitId) {
		return this.values.containsKey(traitId);
	}

	/** A copy with one trait set to a value, or unanswered when {@code value} is null. */
	public Answers with(String traitId, String value) {
		Map<String, String> copy = new TreeMap<>(this.values);
		if (value == null) {
			copy.remove(traitId);
		}
		else {
			copy.put(traitId, value);
		}
		return new Answers(copy);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Answers that && this.values.equals(that.values);
	}

	@Override
	public int hashCode() {
		return this.values.hashCode();
	}

	@Override
	public String toString() {
		return this.values.toString();
	}

}
