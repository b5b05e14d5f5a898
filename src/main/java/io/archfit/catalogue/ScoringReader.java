package io.archfit.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * Reads how a catalogue states its confidence ({@code confidence}): the calibration
 * knots, the penalty for nearby tipping answers and the thresholds of the levels and of a
 * close call. Optional: without it the engine's original formula applies.
 */
final class ScoringReader {

	private final DocumentReader in;

	private final Set<String> references;

	ScoringReader(DocumentReader in, Set<String> references) {
		this.in = in;
		this.references = references;
	}

	ConfidenceSpec readConfidence(JsonNode root) {
		if (!DocumentReader.has(root, "confidence")) {
			return null;
		}
		Where where = Where.DOCUMENT.field("confidence");
		JsonNode node = this.in.object(root, "confidence", Where.DOCUMENT);
		this.in.allowOnly(node, where, "knots", "tippingPenalty", "tippingCap", "high", "medium", "closeCall",
				"precedents", "sources");
		List<ConfidenceSpec.Knot> knots = new ArrayList<>();
		JsonNode array = this.in.array(node, "knots", where);
		double lastLead = -1;
		double lastRight = 0;
		for (int i = 0; i < array.size(); i++) {
			JsonNode knot = array.get(i);
			Where at = where.field("knots").index(i);
			if (!knot.isArray() || knot.size() != 2 || !knot.get(0).isNumber() || !knot.get(1).isNumber()) {
				this.in.problem(at, "must be [lead, share right]");
				continue;
			}
			double lead = knot.get(0).asDouble();
			double right = knot.get(1).asDouble();
			if (!(lead > lastLead) || right < lastRight || right > 1) {
				this.in.problem(at, "leads must rise and shares right must not fall or exceed 1");
			}
			lastLead = lead;
			lastRight = right;
			knots.add(new ConfidenceSpec.Knot(lead, right));
		}
		if (array.size() < 2 && array.isArray()) {
			this.in.problem(where, "needs at least two knots");
		}
		double penalty = fraction(node, "tippingPenalty", where);
		double cap = this.in.number(node, "tippingCap", where);
		double high = fraction(node, "high", where);
		double medium = fraction(node, "medium", where);
		if (medium > high) {
			this.in.problem(where, "'medium' must not be above 'high'");
		}
		double closeCall = this.in.number(node, "closeCall", where);
		List<Double> precedents = readPrecedents(node, where);
		List<String> sources = this.in.sources(node, where, this.references);
		return new ConfidenceSpec(knots, penalty, (int) cap, high, medium, closeCall, precedents, sources);
	}

	/**
	 * The optional shares right by how many of the nearest published cases agreed: at
	 * least two, each between 0 and 1, none below the one before (more agreement is never
	 * worse evidence).
	 */
	private List<Double> readPrecedents(JsonNode node, Where where) {
		if (!DocumentReader.has(node, "precedents")) {
			return List.of();
		}
		List<Double> shares = new ArrayList<>();
		JsonNode array = this.in.array(node, "precedents", where);
		double last = 0;
		for (int i = 0; i < array.size(); i++) {
			JsonNode share = array.get(i);
			Where at = where.field("precedents").index(i);
			if (!share.isNumber() || share.asDouble() < last || share.asDouble() > 1) {
				this.in.problem(at, "must be a share between 0 and 1, not below the one before");
				continue;
			}
			last = share.asDouble();
			shares.add(last);
		}
		if (array.isArray() && array.size() < 2) {
			this.in.problem(where.field("precedents"), "needs a share for none and for all of the nearest cases");
		}
		return shares;
	}

	private double fraction(JsonNode node, String name, Where where) {
		double value = this.in.number(node, name, where);
		if (value < 0 || value > 1) {
			this.in.problem(where, "'" + name + "' must lie between 0 and 1");
		}
		return value;
	}

}
