package io.archfit.assessment.cost;

import java.util.ArrayList;
import java.util.List;

import io.archfit.catalogue.CostModelSpec.Hosting;
import io.archfit.evaluation.ArchitectureCost;
import io.archfit.evaluation.CostEstimate;
import io.archfit.evaluation.CostModel;

/**
 * Why a services system costs what it does next to one service: the difference of their
 * estimates, part by part (only the parts that differ by a cent or more), with the
 * difference in infrastructure and, where people are priced, in total.
 */
final class CostDifferences {

	private CostDifferences() {
	}

	/**
	 * The difference of the services-hosted and the one-service architecture, or null
	 * when the catalogue hosts none in one of the two ways.
	 */
	static CostView.Difference of(CostModel model, CostEstimate cost) {
		String services = model.architectures()
			.stream()
			.filter((architecture) -> model.hosting(architecture) == Hosting.SERVICES)
			.findFirst()
			.orElse(null);
		String one = model.oneServiceArchitecture();
		ArchitectureCost many = find(cost, services);
		ArchitectureCost single = find(cost, one);
		if (many == null || single == null) {
			return null;
		}
		List<String> parts = new ArrayList<>(model.parts());
		if (model.pricesPeople()) {
			parts.add(CostModel.PEOPLE);
		}
		List<CostView.DifferenceLine> lines = new ArrayList<>();
		for (String part : parts) {
			double difference = many.breakdown().getOrDefault(part, 0.0) - single.breakdown().getOrDefault(part, 0.0);
			if (Math.abs(difference) >= 0.005) {
				lines.add(new CostView.DifferenceLine(part, signed(difference), difference > 0));
			}
		}
		String total = model.pricesPeople()
				? signed(CostModel.totalMonthlyUsd(many) - CostModel.totalMonthlyUsd(single)) : null;
		return new CostView.Difference(services, one, lines, signed(many.monthlyUsd() - single.monthlyUsd()), total);
	}

	private static ArchitectureCost find(CostEstimate cost, String architecture) {
		return cost.estimates()
			.stream()
			.filter((estimate) -> estimate.architecture().equals(architecture))
			.findFirst()
			.orElse(null);
	}

	/** Signed dollars: {@code +$1,184.54}, {@code −$12.00}, {@code $0.00}. */
	static String signed(double usd) {
		String amount = CostViews.usd(Math.abs(usd));
		return (Math.abs(usd) < 0.005) ? amount : ((usd > 0) ? "+" : "\u2212") + amount;
	}

}
