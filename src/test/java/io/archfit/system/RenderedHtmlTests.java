package io.archfit.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kept fragments lose their indentation, and nothing a browser would show differently:
 * white space inside text, and white space between tags on one line, stay as they are.
 */
class RenderedHtmlTests {

	@Test
	void indentationBetweenTagsBecomesOneLineBreak() {
		assertThat(RenderedHtml.withoutIndentation("<ul>\n    <li>One</li>\n    \n  <li>Two</li>\n</ul>"))
			.isEqualTo("<ul>\n<li>One</li>\n<li>Two</li>\n</ul>");
	}

	@Test
	void whiteSpaceThatABrowserShowsStays() {
		assertThat(RenderedHtml.withoutIndentation("<p>Two  spaces\n    and a line</p>"))
			.isEqualTo("<p>Two  spaces\n    and a line</p>");
		assertThat(RenderedHtml.withoutIndentation("<span>a</span> <span>b</span>"))
			.isEqualTo("<span>a</span> <span>b</span>");
		assertThat(RenderedHtml.withoutIndentation("<b>x</b>\n   text after")).isEqualTo("<b>x</b>\n   text after");
		assertThat(RenderedHtml.withoutIndentation("<i>end</i>\n   ")).isEqualTo("<i>end</i>\n   ");
	}

	@Test
	void aKeptFragmentIsCompactAndAscii() {
		assertThat(RenderedHtml.compact("<p>\u2212 1</p>\n  <p>2</p>").html()).isEqualTo("<p>&#8722; 1</p>\n<p>2</p>");
	}

}
