package io.archfit.system;

import java.util.Locale;
import java.util.Map;

import io.archfit.catalogue.CatalogueTexts;
import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.StringTemplateResolver;

import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page's catalogue answers for its own texts; everything else comes from the bundles.
 */
class CatalogueMessageResolverTests {

	private static final String PAGE = "<p th:text=\"#{rule.x}\"></p><p th:text=\"#{rule.y(3)}\"></p>"
			+ "<p th:text=\"#{page.title}\"></p>";

	@Test
	void aCatalogueTextWinsOverTheBundleAndOtherKeysFallBack() {
		Context context = new Context(Locale.GERMAN);
		context.setVariable(CatalogueMessageResolver.VARIABLE,
				CatalogueTexts.of(Map.of("en", Map.of("rule.x", "team text"), "de", Map.of("rule.x", "Teamtext"))));
		assertThat(engine().process(PAGE, context)).isEqualTo("<p>Teamtext</p><p>aus dem Bundle 3</p><p>Titel</p>");
	}

	@Test
	void withoutACatalogueEveryTextComesFromTheBundle() {
		assertThat(engine().process(PAGE, new Context(Locale.GERMAN)))
			.isEqualTo("<p>Regel aus dem Bundle</p><p>aus dem Bundle 3</p><p>Titel</p>");
	}

	private static SpringTemplateEngine engine() {
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(new StringTemplateResolver());
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage("rule.x", Locale.GERMAN, "Regel aus dem Bundle");
		messages.addMessage("rule.y", Locale.GERMAN, "aus dem Bundle {0}");
		messages.addMessage("page.title", Locale.GERMAN, "Titel");
		engine.setTemplateEngineMessageSource(messages);
		new CatalogueMessageResolver(() -> messages).postProcessBeforeInitialization(engine, "templateEngine");
		return engine;
	}

}
