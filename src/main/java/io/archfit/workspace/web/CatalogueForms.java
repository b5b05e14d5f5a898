package io.archfit.workspace.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.archfit.workspace.catalogue.DraftEdits;

import org.springframework.util.MultiValueMap;

/**
 * Reads the catalogue page's forms into draft changes. Values are taken as given; the
 * catalogue check says what is wrong with them, by where they land in the document. A
 * condition comes from a list of {@code question=answer} choices and an optional bound on
 * a number.
 */
final class CatalogueForms {

	/** The longest form value read; longer ones are cut (and then refused as texts). */
	static final int MAX_VALUE = 2000;

	private CatalogueForms() {
	}

	static String text(MultiValueMap<String, String> form, String name) {
		String value = form.getFirst(name);
		if (value == null) {
			return null;
		}
		return (value.length() > MAX_VALUE) ? value.substring(0, MAX_VALUE + 1) : value.strip();
	}

	static List<String> list(MultiValueMap<String, String> form, String name) {
		return form.getOrDefault(name, List.of())
			.stream()
			.filter((value) -> !value.isBlank())
			.map((value) -> (value.length() > MAX_VALUE) ? value.substring(0, MAX_VALUE) : value)
			.distinct()
			.toList();
	}

	/**
	 * The condition chosen: answers as {@code question=answer} values (answers of one
	 * question are alternatives; several questions must all hold) and a bound on a number
	 * ({@code number} is {@code trait:id} or {@code quantity:id}, with {@code atLeast}
	 * and {@code below}). Null when nothing is chosen; a bound that cannot be read is
	 * added to the problems by field name.
	 */
	static DraftEdits.When when(MultiValueMap<String, String> form, List<String> problems) {
		Map<String, List<String>> answers = new LinkedHashMap<>();
		for (String choice : list(form, "when")) {
			int at = choice.indexOf('=');
			if (at > 0) {
				answers.computeIfAbsent(choice.substring(0, at), (question) -> new ArrayList<>())
					.add(choice.substring(at + 1));
			}
		}
		Double atLeast = number(form, "atLeast", problems);
		Double below = number(form, "below", problems);
		String number = text(form, "number");
		DraftEdits.Bound bound = null;
		if (number != null && !number.isEmpty()) {
			int at = number.indexOf(':');
			String kind = (at > 0) ? number.substring(0, at) : "";
			if (!kind.equals("trait") && !kind.equals("quantity")) {
				problems.add("number");
			}
			bound = new DraftEdits.Bound(kind.equals("quantity"), number.substring(at + 1), atLeast, below);
		}
		else if (atLeast != null || below != null) {
			problems.add("number");
		}
		return (answers.isEmpty() && bound == null) ? null : new DraftEdits.When(answers, bound);
	}

	private static Double number(MultiValueMap<String, String> form, String name, List<String> problems) {
		String value = text(form, name);
		if (value == null || value.isEmpty()) {
			return null;
		}
		try {
			double number = Double.parseDouble(value.replace(',', '.'));
			if (Double.isFinite(number)) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// refused below
		}
		problems.add(name);
		return null;
	}

	static DraftEdits.Source source(MultiValueMap<String, String> form, String author) {
		return new DraftEdits.Source(text(form, "source"), text(form, "sourceTitle"), text(form, "sourceUrl"), author);
	}

	/**
	 * The answers of a new question, one a line: {@code id | English | German}.
	 */
	static List<DraftEdits.Option> options(MultiValueMap<String, String> form) {
		List<DraftEdits.Option> options = new ArrayList<>();
		String lines = text(form, "options");
		if (lines == null) {
			return options;
		}
		for (String line : lines.split("\\R")) {
			if (line.isBlank()) {
				continue;
			}
			String[] parts = line.split("\\|", -1);
			String id = parts[0].strip();
			String english = (parts.length > 1) ? parts[1].strip() : "";
			String german = (parts.length > 2) ? parts[2].strip() : "";
			options.add(new DraftEdits.Option(id, english, german));
		}
		return options;
	}

	/**
	 * Effects per architecture ({@code effect.<architecture>}), whole numbers; 0 left
	 * out.
	 */
	static Map<String, Integer> effects(MultiValueMap<String, String> form, List<String> architectures,
			List<String> problems) {
		Map<String, Integer> effects = new LinkedHashMap<>();
		for (String architecture : architectures) {
			String value = text(form, "effect." + architecture);
			if (value == null || value.isEmpty() || value.equals("0")) {
				continue;
			}
			try {
				effects.put(architecture, Integer.parseInt(value));
			}
			catch (NumberFormatException ex) {
				problems.add("effect." + architecture);
			}
		}
		return effects;
	}

	/** Group weights ({@code weight.<group>}) as percentages, read as shares of 1. */
	static Map<String, Double> weights(MultiValueMap<String, String> form, List<String> groups, List<String> problems) {
		Map<String, Double> weights = new LinkedHashMap<>();
		for (String group : groups) {
			String value = text(form, "weight." + group);
			try {
				double percent = Double.parseDouble((value != null) ? value.replace(',', '.') : "");
				if (!Double.isFinite(percent)) {
					throw new NumberFormatException();
				}
				weights.put(group, Math.round(percent * 100) / 10000.0);
			}
			catch (NumberFormatException ex) {
				problems.add("weight." + group);
			}
		}
		return weights;
	}

	/**
	 * Criterion weights ({@code criterionWeight.<criterion>}), relative within their
	 * group; a criterion without a value keeps its weight.
	 */
	static Map<String, Double> criterionWeights(MultiValueMap<String, String> form, List<String> criteria,
			List<String> problems) {
		Map<String, Double> weights = new LinkedHashMap<>();
		for (String criterion : criteria) {
			Double weight = relativeWeight(form, "criterionWeight." + criterion, problems);
			if (weight != null) {
				weights.put(criterion, weight);
			}
		}
		return weights;
	}

	/** A relative weight such as 1, 2 or 0.5; null when the field is empty. */
	static Double relativeWeight(MultiValueMap<String, String> form, String name, List<String> problems) {
		String value = text(form, name);
		if (value == null || value.isEmpty()) {
			return null;
		}
		try {
			double weight = Double.parseDouble(value.replace(',', '.'));
			if (!Double.isFinite(weight)) {
				throw new NumberFormatException();
			}
			return Math.round(weight * 100) / 100.0;
		}
		catch (NumberFormatException ex) {
			problems.add(name);
			return null;
		}
	}

	/** An element to remove: its kind and id. */
	record Removal(DraftEdits.Element element, String id) {

	}

	/**
	 * The element chosen for removal, as {@code kind:id} (kinds as in
	 * {@link DraftEdits.Element}, in lower case with hyphens); null when none is.
	 */
	static Removal removal(MultiValueMap<String, String> form) {
		String choice = text(form, "element");
		if (choice == null || choice.indexOf(':') <= 0) {
			return null;
		}
		String kind = choice.substring(0, choice.indexOf(':'));
		String id = choice.substring(choice.indexOf(':') + 1);
		for (DraftEdits.Element element : DraftEdits.Element.values()) {
			if (removalKind(element).equals(kind) && !id.isBlank()) {
				return new Removal(element, id);
			}
		}
		return null;
	}

	/** The kind of an element as the removal form names it, e.g. {@code knock-out}. */
	static String removalKind(DraftEdits.Element element) {
		return element.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
