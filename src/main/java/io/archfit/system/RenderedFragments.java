package io.archfit.system;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import io.micrometer.core.instrument.MeterRegistry;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.stereotype.Component;

/**
 * Template fragments that are a pure function of a few inputs, rendered once per set of
 * inputs and language and kept as HTML without its indentation (the most recently used
 * {@code archfit.rendered-fragments} of them, published as the cache
 * {@code rendered-fragments}), for the large read-mostly parts of pages such as a
 * report's analysis and cost figures, its votes, comments and revisions. The caller names
 * everything the fragment depends on in {@code inputs}; the fragment must use nothing
 * else (no forms that post, no times of the request) and is rendered without the request,
 * so a link in it is a value the caller made and put in {@code inputs} (with the key it
 * holds), never a link expression.
 */
@Component
public class RenderedFragments {

	private record Key(String template, String fragment, Object inputs, Locale locale) {

	}

	private final ITemplateEngine templates;

	private final Cache<Key, RenderedHtml> rendered;

	RenderedFragments(ITemplateEngine templates, RenderingSettings settings, MeterRegistry meters) {
		this.templates = templates;
		this.rendered = KeptCaches.recentlyUsed("rendered-fragments", settings.renderedFragments(), meters);
	}

	/**
	 * The HTML of {@code template :: fragment} for these inputs and language, rendered
	 * with the variables the supplier gives when it is not kept yet. A missing fragment
	 * is rendered outside the cache's locks, so two threads may render the same one once
	 * each; both get equal HTML.
	 */
	public RenderedHtml html(String template, String fragment, Object inputs, Locale locale,
			Supplier<Map<String, Object>> variables) {
		return kept(template, fragment, inputs, locale, variables, true);
	}

	/**
	 * Like {@link #html}, for fragments with text of users that keeps its white space as
	 * typed (comments): the HTML is kept exactly as rendered.
	 */
	public RenderedHtml verbatim(String template, String fragment, Object inputs, Locale locale,
			Supplier<Map<String, Object>> variables) {
		return kept(template, fragment, inputs, locale, variables, false);
	}

	private RenderedHtml kept(String template, String fragment, Object inputs, Locale locale,
			Supplier<Map<String, Object>> variables, boolean compact) {
		Key key = new Key(template, fragment, inputs, locale);
		RenderedHtml html = this.rendered.getIfPresent(key);
		if (html == null) {
			String rendered = this.templates.process(template, Set.of(fragment), new Context(locale, variables.get()));
			html = compact ? RenderedHtml.compact(rendered) : new RenderedHtml(rendered);
			this.rendered.put(key, html);
		}
		return html;
	}

}
