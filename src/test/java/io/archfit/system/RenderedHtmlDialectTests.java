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
 * value, so a plain string (a title, a comment) can never be inserted unescaped. Rendered
 * HTML is kept in ASCII, with references for every other character.
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
	void renderedHtmlIsKeptInAsciiWithReferencesThatReadTheSame() {
		String html = new RenderedHtml("<p title=\"\u22122\">Gr\u00f6\u00dfe 2\u202f000 \ud83d\ude00</p>").html();

		assertThat(html).isEqualTo("<p title=\"&#8722;2\">Gr&#246;&#223;e 2&#8239;000 &#128512;</p>");
		assertThat(html.chars()).allMatch((c) -> c < 0x80);
		assertThat(new RenderedHtml("<p>plain</p>").html()).isEqualTo("<p>plain</p>");
	}

	@Test
	void aPlainStringIsRefusedEvenWhenItIsHarmless() {
		assertThatThrownBy(() -> render("<script>alert(1)</script>")).isInstanceOf(TemplateProcessingException.class)
			.hasStackTraceContaining("af:insert takes only RenderedHtml, not java.lang.String");
		assertThatThrownBy(() -> render("plain")).isInstanceOf(TemplateProcessingException.class);
	}

}
