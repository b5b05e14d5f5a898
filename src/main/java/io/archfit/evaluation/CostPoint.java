package io.archfit.evaluation;

/**
 * One point of an architecture's cost curve.
 *
 * @param requestsPerMonth the monthly volume
 * @param monthlyUsd the monthly cost in US dollars at that volume
 */
public record CostPoint(double requestsPerMonth, double monthlyUsd) {

}
