package io.archfit.evaluation;

/**
 * A hard limit that makes an architecture not viable; its text is {@code knockout.<id>}.
 *
 * @param id knock-out id in the catalogue
 * @param trait the trait whose answer triggered it
 * @param value that answer
 */
public record Blocker(String id, String trait, String value) {

}
