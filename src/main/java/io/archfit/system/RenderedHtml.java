package io.archfit.system;

/**
 * HTML that the template engine itself rendered from one of our templates, where every
 * value went through an escaping expression. Only {@link RenderedFragments} makes one,
 * and only this type may be inserted into a page unescaped ({@code af:insert}).
 */
public final class RenderedHtml {

	private final String html;

	RenderedHtml(String html) {
		this.html = html;
	}

	String html() {
		return this.html;
	}

	@Override
	public String toString() {
		return this.html;
	}

}
