package io.archfit.evaluation;

/**
 * One answer that, changed alone, changes the recommendation.
 *
 * @param trait trait id
 * @param from the current answer (null when unanswered)
 * @param to the answer that tips it (null for "not sure")
 * @param recommended the architecture recommended after the change
 * @param distance how far the change is: steps along the trait's scale (1 = the
 * neighbouring option), used to order the list nearest first
 */
public record TippingPoint(String trait, String from, String to, String recommended, int distance) {

}
