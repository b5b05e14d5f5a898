package io.archfit.evidence;

/**
 * A public case near a set of answers ("teams like yours").
 *
 * @param id case id
 * @param title the system and decision in a few words
 * @param concluded the architecture its authors concluded
 * @param why one sentence on why
 * @param sourceUrl where the account was published
 * @param sourceTitle the publication's title
 * @param publisher the publication's author or publisher
 * @param year the year of publication
 * @param distance how far its answers lie from the given ones: 0 (the same) to 1
 * (opposite on every question both answered)
 */
public record SimilarCase(String id, String title, String concluded, String why, String sourceUrl, String sourceTitle,
		String publisher, int year, double distance) {

}
