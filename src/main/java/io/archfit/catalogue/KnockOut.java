package io.archfit.catalogue;

/**
 * A hard limit: when the condition holds, the architecture is not viable. Its reason text
 * is the message {@code knockout.<id>}.
 */
public record KnockOut(String id, Condition when, String architecture) {

}
