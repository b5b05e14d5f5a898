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
 * inputs and language and kept as HTML (the most recently used
 * {@code archfit.rendered-fragments} of them, published as the cache
 * {@code rendered-fragments}), for the large read-mostly parts of pages such as a
 * report's analysis and cost figures. The caller names everything the fragment depends on
 * in {@code inputs}; the fragment must use nothing else (no links with keys, no forms, no
 * times) and is rendered without the request.
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
		Key key = new Key(template, fragment, inputs, locale);
		RenderedHtml html = this.rendered.getIfPresent(key);
		if (html == null) {
			html = new RenderedHtml(
					this.templates.process(template, Set.of(fragment), new Context(locale, variables.get())));
			this.rendered.put(key, html);
		}
		return html;
	}

}
