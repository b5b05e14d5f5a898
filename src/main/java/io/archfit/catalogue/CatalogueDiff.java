package io.archfit.catalogue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * What one catalogue changes against another: group weights, criteria, questions, derived
 * figures, rules, hard limits, risks, references and the scoring settings (hybrid
 * spillover, cost model, price defaults, confidence calibration) added, removed or
 * changed, in catalogue order.
 */
public final class CatalogueDiff {

	private CatalogueDiff() {
	}

	/**
	 * One change.
	 *
	 * @param element what changed: {@code group}, {@code criterion}, {@code question},
	 * {@code quantity}, {@code rule}, {@code knockout}, {@code risk}, {@code reference}
	 * or {@code setting} (id {@code spillover}, {@code costModel}, {@code pricing} or
	 * {@code confidence})
	 * @param kind {@code added}, {@code removed} or {@code changed}
	 * @param id the element's id
	 * @param before its value before, where it has a short one (a weight, the options)
	 * @param after its value after
	 */
	public record Change(String element, String kind, String id, String before, String after) {

	}

	/** What {@code to} changes against {@code from}. */
	public static List<Change> between(Catalogue from, Catalogue to) {
		List<Change> changes = new ArrayList<>();
		Set<String> groups = new LinkedHashSet<>(from.groupWeights().keySet());
		groups.addAll(to.groupWeights().keySet());
		for (String group : groups) {
			Double before = from.groupWeights().get(group);
			Double after = to.groupWeights().get(group);
			if (!Objects.equals(before, after)) {
				changes.add(new Change("group", kind(before, after), group, weight(before), weight(after)));
			}
		}
		compare(changes, "criterion", from.criteria(), to.criteria(), Criterion::id,
				(criterion) -> criterion.group() + ", " + weight(criterion.weight()));
		compare(changes, "question", from.traits(), to.traits(), Trait::id,
				(trait) -> trait.isChoice() ? String.join(", ", trait.options()) : trait.min() + " … " + trait.max());
		compare(changes, "quantity", from.quantities(), to.quantities(), Quantity::id, (quantity) -> null);
		compare(changes, "rule", from.rules(), to.rules(), Rule::id, (rule) -> null);
		compare(changes, "knockout", from.knockOuts(), to.knockOuts(), KnockOut::id, KnockOut::architecture);
		compare(changes, "risk", from.risks(), to.risks(), RiskRule::id, (risk) -> null);
		compare(changes, "reference", from.references(), to.references(), Reference::id, (reference) -> null);
		setting(changes, "spillover", from.spillover().orElse(null), to.spillover().orElse(null));
		setting(changes, "costModel", from.costModel().orElse(null), to.costModel().orElse(null));
		setting(changes, "pricing", pricing(from), pricing(to));
		setting(changes, "confidence", from.confidence().orElse(null), to.confidence().orElse(null));
		return changes;
	}

	private static <T> void compare(List<Change> changes, String element, List<T> from, List<T> to,
			Function<T, String> id, Function<T, String> summary) {
		Map<String, T> before = byId(from, id);
		Map<String, T> after = byId(to, id);
		for (T old : from) {
			T now = after.get(id.apply(old));
			if (now == null) {
				changes.add(new Change(element, "removed", id.apply(old), summary.apply(old), null));
			}
			else if (!now.equals(old)) {
				changes.add(new Change(element, "changed", id.apply(old), summary.apply(old), summary.apply(now)));
			}
		}
		for (T now : to) {
			if (!before.containsKey(id.apply(now))) {
				changes.add(new Change(element, "added", id.apply(now), null, summary.apply(now)));
			}
		}
	}

	private static void setting(List<Change> changes, String id, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			changes.add(new Change("setting", kind(before, after), id, null, null));
		}
	}

	private static List<Object> pricing(Catalogue catalogue) {
		return Arrays.asList(catalogue.pricingDate(), catalogue.pricingDefaults(), catalogue.pricingSources());
	}

	private static <T> Map<String, T> byId(List<T> elements, Function<T, String> id) {
		Map<String, T> map = new LinkedHashMap<>();
		elements.forEach((element) -> map.put(id.apply(element), element));
		return map;
	}

	private static String kind(Object before, Object after) {
		return (before == null) ? "added" : (after == null) ? "removed" : "changed";
	}

	private static String weight(Double weight) {
		return (weight != null) ? String.format(Locale.ROOT, "%.2f", weight) : null;
	}

}
