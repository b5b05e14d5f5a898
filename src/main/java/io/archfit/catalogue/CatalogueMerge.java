package io.archfit.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Brings a newer built-in version's changes into a team catalogue without losing the
 * team's own: a three-way merge of documents, element by element.
 * <p>
 * For every change the newer version makes against the version the team catalogue was
 * derived from (its <em>base</em>), the element is taken from the newer version where the
 * team left it as it was in the base; where the team changed, removed or added the same
 * element itself, the team's version is kept and the change is reported as not taken. The
 * group weights, which add up to 1, count as one element. Everything the newer version
 * leaves alone stays as the team has it. New questions join the wizard step the newer
 * version puts them in.
 */
public final class CatalogueMerge {

	private static final Map<String, String> SECTIONS = Map.of("criterion", "criteria", "question", "traits",
			"quantity", "quantities", "rule", "rules", "knockout", "knockOuts", "risk", "risks", "reference",
			"references");

	private CatalogueMerge() {
	}

	/**
	 * The merged document and what happened to each of the newer version's changes.
	 *
	 * @param document the team catalogue with the newer version's changes, as a document
	 * (its own texts included); to be checked before it is kept
	 * @param taken the newer version's changes now in it
	 * @param kept the newer version's changes not taken because the team changed the same
	 * element: the team's version stays
	 */
	public record Merged(Map<String, Object> document, List<CatalogueDiff.Change> taken,
			List<CatalogueDiff.Change> kept) {

	}

	/**
	 * Merges the changes {@code newer} makes against {@code base} into {@code team}.
	 * @param base the built-in version the team catalogue was derived from
	 * @param team the team catalogue
	 * @param newer the newer built-in version
	 */
	public static Merged merge(Catalogue base, Catalogue team, Catalogue newer) {
		Map<String, Object> was = CatalogueWriter.document(base);
		Map<String, Object> ours = CatalogueWriter.document(team);
		Map<String, Object> theirs = CatalogueWriter.document(newer);
		Map<String, Object> merged = mutableCopy(ours);
		merged.put("id", newer.id());
		merged.put("version", newer.version());
		List<CatalogueDiff.Change> taken = new ArrayList<>();
		List<CatalogueDiff.Change> kept = new ArrayList<>();
		for (CatalogueDiff.Change change : CatalogueDiff.between(base, newer)) {
			Object before = part(was, change);
			Object mine = part(ours, change);
			Object after = part(theirs, change);
			if (Objects.equals(before, mine)) {
				put(merged, theirs, change, after);
				taken.add(change);
			}
			else if (!Objects.equals(mine, after)) {
				kept.add(change);
			}
		}
		placeNewQuestions(merged, theirs, taken);
		return new Merged(merged, List.copyOf(taken), List.copyOf(kept));
	}

	/**
	 * The element a change is about in a document (for a group, all the group weights),
	 * or null where the document lacks it.
	 */
	@SuppressWarnings("unchecked")
	private static Object part(Map<String, Object> document, CatalogueDiff.Change change) {
		if ("group".equals(change.element())) {
			// The group weights add up to 1, so they are taken or kept together.
			return document.get("groups");
		}
		if ("setting".equals(change.element())) {
			return document.get(change.id());
		}
		Object section = document.get(SECTIONS.get(change.element()));
		if (section instanceof List<?> elements) {
			for (Object element : elements) {
				if (change.id().equals(((Map<String, Object>) element).get("id"))) {
					return element;
				}
			}
		}
		return null;
	}

	@SuppressWarnings("unchecked")
	private static void put(Map<String, Object> merged, Map<String, Object> theirs, CatalogueDiff.Change change,
			Object after) {
		if ("group".equals(change.element())) {
			merged.put("groups", new LinkedHashMap<>((Map<String, Object>) after));
			return;
		}
		if ("setting".equals(change.element())) {
			if (after == null) {
				merged.remove(change.id());
			}
			else {
				merged.put(change.id(), after);
			}
			return;
		}
		String section = SECTIONS.get(change.element());
		List<Object> elements = (List<Object>) merged.computeIfAbsent(section, (key) -> new ArrayList<>());
		int at = indexOf(elements, change.id());
		if (after == null) {
			if (at >= 0) {
				elements.remove(at);
			}
		}
		else if (at >= 0) {
			elements.set(at, after);
		}
		else {
			elements.add(insertionPoint(ids(elements), ids((List<Object>) theirs.get(section)), change.id()), after);
		}
	}

	/**
	 * Where an element new in the newer version goes: after the nearest element that
	 * precedes it there and is in the merged list, else first.
	 */
	private static int insertionPoint(List<String> merged, List<String> theirs, String id) {
		for (int i = theirs.indexOf(id) - 1; i >= 0; i--) {
			int at = merged.indexOf(theirs.get(i));
			if (at >= 0) {
				return at + 1;
			}
		}
		return 0;
	}

	@SuppressWarnings("unchecked")
	private static List<String> ids(List<Object> elements) {
		return elements.stream().map((element) -> (String) ((Map<String, Object>) element).get("id")).toList();
	}

	/**
	 * Keeps every step's questions to those the merged catalogue has, and adds each
	 * question taken from the newer version to the step it has it in.
	 */
	@SuppressWarnings("unchecked")
	private static void placeNewQuestions(Map<String, Object> merged, Map<String, Object> theirs,
			List<CatalogueDiff.Change> taken) {
		Set<String> questions = new LinkedHashSet<>();
		((List<Object>) merged.get("traits"))
			.forEach((trait) -> questions.add((String) ((Map<String, Object>) trait).get("id")));
		List<Object> steps = (List<Object>) merged.get("steps");
		for (Object step : steps) {
			Map<String, Object> node = (Map<String, Object>) step;
			List<String> ids = new ArrayList<>((List<String>) node.get("traits"));
			ids.retainAll(questions);
			node.put("traits", ids);
		}
		List<Object> theirSteps = (List<Object>) theirs.get("steps");
		for (CatalogueDiff.Change change : taken) {
			if (!"question".equals(change.element()) || !"added".equals(change.kind())) {
				continue;
			}
			for (Object step : theirSteps) {
				List<String> order = (List<String>) ((Map<String, Object>) step).get("traits");
				int ours = indexOf(steps, (String) ((Map<String, Object>) step).get("id"));
				if (order.contains(change.id()) && ours >= 0) {
					List<String> ids = (List<String>) ((Map<String, Object>) steps.get(ours)).get("traits");
					ids.add(insertionPoint(ids, order, change.id()), change.id());
				}
			}
		}
	}

	@SuppressWarnings("unchecked")
	private static int indexOf(List<Object> elements, String id) {
		for (int i = 0; i < elements.size(); i++) {
			if (id.equals(((Map<String, Object>) elements.get(i)).get("id"))) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * A copy whose lists, groups and steps can be changed without touching the original.
	 */
	@SuppressWarnings("unchecked")
	private static Map<String, Object> mutableCopy(Map<String, Object> document) {
		Map<String, Object> copy = new LinkedHashMap<>(document);
		for (String section : SECTIONS.values()) {
			if (copy.get(section) instanceof List<?> elements) {
				copy.put(section, new ArrayList<>(elements));
			}
		}
		copy.put("groups", new LinkedHashMap<>((Map<String, Object>) document.get("groups")));
		List<Object> steps = new ArrayList<>();
		for (Object step : (List<Object>) document.get("steps")) {
			steps.add(new LinkedHashMap<>((Map<String, Object>) step));
		}
		copy.put("steps", steps);
		return copy;
	}

}
