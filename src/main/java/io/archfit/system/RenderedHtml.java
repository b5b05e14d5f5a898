package io.archfit.system;

/**
 * HTML that the template engine itself rendered from one of our templates, where every
 * value went through an escaping expression. Only {@link RenderedFragments} makes one,
 * and only this type may be inserted into a page unescaped ({@code af:insert}).
 *
 * <p>
 * The HTML is kept in ASCII: every other character is written as a numeric character
 * reference ({@code &#8722;} for −), which means the same in HTML text and attribute
 * values. A page made mostly of such parts stays a compact string that Tomcat copies and
 * encodes to UTF-8 on its fast paths, instead of character by character. So a fragment
 * must not contain {@code script} or {@code style} elements, where references are not
 * read.
 */
public final class RenderedHtml {

	private final String html;

	RenderedHtml(String html) {
		this.html = ascii(html);
	}

	/**
	 * HTML whose indentation between tags is dropped: a run of white space that holds a
	 * line break and lies between two tags becomes one line break, which a browser shows
	 * the same wherever white space collapses. Not for HTML with pre-formatted text of
	 * users (a comment's body keeps its line breaks and spaces as typed).
	 */
	static RenderedHtml compact(String html) {
		return new RenderedHtml(withoutIndentation(html));
	}

	String html() {
		return this.html;
	}

	/**
	 * Whether nothing but white space was rendered (a fragment whose condition failed).
	 */
	public boolean isBlank() {
		return this.html.isBlank();
	}

	@Override
	public String toString() {
		return this.html;
	}

	static String withoutIndentation(String html) {
		StringBuilder out = new StringBuilder(html.length());
		int i = 0;
		while (i < html.length()) {
			char c = html.charAt(i);
			if (c == '>' && i + 1 < html.length() && Character.isWhitespace(html.charAt(i + 1))) {
				int end = i + 1;
				boolean lineBreak = false;
				while (end < html.length() && Character.isWhitespace(html.charAt(end))) {
					lineBreak |= html.charAt(end) == '\n';
					end++;
				}
				out.append('>');
				if (lineBreak && end < html.length() && html.charAt(end) == '<') {
					out.append('\n');
				}
				else {
					out.append(html, i + 1, end);
				}
				i = end;
			}
			else {
				out.append(c);
				i++;
			}
		}
		return out.toString();
	}

	/** The HTML with every character outside ASCII written as a numeric reference. */
	static String ascii(String html) {
		int first = 0;
		while (first < html.length() && html.charAt(first) < 0x80) {
			first++;
		}
		if (first == html.length()) {
			return html;
		}
		StringBuilder ascii = new StringBuilder(html.length() + 256).append(html, 0, first);
		for (int i = first; i < html.length();) {
			int c = html.codePointAt(i);
			if (c < 0x80) {
				ascii.append((char) c);
			}
			else {
				ascii.append("&#").append(c).append(';');
			}
			i += Character.charCount(c);
		}
		return ascii.toString();
	}

}
