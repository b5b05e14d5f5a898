package io.archfit.system;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Template fragments that are a pure function of a few inputs, rendered once per set of
 * inputs and language and kept as HTML (the most recently used
 * {@code archfit.rendered-fragments} of them), for the large read-mostly parts of pages
 * such as a report's analysis and cost figures. The caller names everything the fragment
 * depends on in {@code inputs}; the fragment must use nothing else (no links with keys,
 * no forms, no times) and is rendered without the request.
 */
@Component
public class RenderedFragments {

	private record Key(String template, String fragment, Object inputs, Locale locale) {

	}

	private final ITemplateEngine templates;

	private final RecentlyUsed<Key, RenderedHtml> rendered;

	RenderedFragments(ITemplateEngine templates, @Value("${archfit.rendered-fragments:600}") int entries) {
		this.templates = templates;
		this.rendered = new RecentlyUsed<>(entries);
	}

	/**
	 * The HTML of {@code template :: fragment} for these inputs and language, rendered
	 * with the variables the supplier gives when it is not kept yet.
	 */
	public RenderedHtml html(String template, String fragment, Object inputs, Locale locale,
			Supplier<Map<String, Object>> variables) {
		return this.rendered.get(new Key(template, fragment, inputs, locale), () -> new RenderedHtml(
				this.templates.process(template, Set.of(fragment), new Context(locale, variables.get()))));
	}

}
