package io.archfit.catalogue;

/**
 * A published source a rule, limit, risk or price rests on.
 *
 * @param id reference id, cited by the catalogue's elements
 * @param author author or publisher
 * @param title title of the work
 * @param year year of publication (or of the page's retrieval for vendor pages)
 * @param url where to read it
 */
public record Reference(String id, String author, String title, int year, String url) {

}
