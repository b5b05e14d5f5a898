package io.archfit.system;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.StringTemplateResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code af:insert} puts rendered HTML into a page as it is and refuses every other
 * value, so a plain string (a title, a comment) can never be inserted unescaped.
 */
class RenderedHtmlDialectTests {

	private final SpringTemplateEngine engine = new SpringTemplateEngine();

	RenderedHtmlDialectTests() {
		this.engine.setTemplateResolver(new StringTemplateResolver());
		this.engine.addDialect(new RenderedHtmlDialect());
	}

	private String render(Object value) {
		return this.engine.process("<main><th:block af:insert=\"${part}\"></th:block></main>",
				new Context(null, Map.of("part", value)));
	}

	@Test
	void renderedHtmlIsInsertedAsItIsInPlaceOfItsElement() {
		assertThat(render(new RenderedHtml("<svg><title>Ranking</title></svg>")))
			.isEqualTo("<main><svg><title>Ranking</title></svg></main>");
	}

	@Test
	void aPlainStringIsRefusedEvenWhenItIsHarmless() {
		assertThatThrownBy(() -> render("<script>alert(1)</script>")).isInstanceOf(TemplateProcessingException.class)
			.hasStackTraceContaining("af:insert takes only RenderedHtml, not java.lang.String");
		assertThatThrownBy(() -> render("plain")).isInstanceOf(TemplateProcessingException.class);
	}

}
