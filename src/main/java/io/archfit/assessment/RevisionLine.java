package io.archfit.assessment;

import java.time.Instant;

/**
 * One revision in a list of revisions: what a list shows of it, read without its answers.
 *
 * @param number the revision's number, 1 for the first
 * @param createdAt when it was saved
 * @param catalogueVersion the catalogue it was scored with
 * @param recommended the architecture it recommended
 * @param score that architecture's score, or null
 */
public record RevisionLine(int number, Instant createdAt, String catalogueVersion, String recommended, Double score) {

}
