package io.archfit.system;

/**
 * What a page's link shows when it is pasted into a chat or a ticket (Open Graph
 * {@code og:title} and {@code og:description}), in the page's language. Only pages under
 * a view link carry one: an owner link must not travel, so its pages have none.
 *
 * @param title the page's subject, e.g. the assessment's title
 * @param description one sentence on what the page says
 */
public record LinkPreview(String title, String description) {

}
