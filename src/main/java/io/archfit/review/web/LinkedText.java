package io.archfit.review.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text cut into segments of text and of web addresses, so a template can show the
 * text escaped and the addresses as links without ever writing unescaped HTML.
 */
public final class LinkedText {

	private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"'`]+", Pattern.CASE_INSENSITIVE);

	/** Characters that end a sentence rather than an address when they come last. */
	private static final String TRAILING = ".,;:!?)]}";

	/** A piece of text; {@code href} is set when it is a web address. */
	public record Segment(String text, String href) {

		public boolean link() {
			return this.href != null;
		}

	}

	private LinkedText() {
	}

	public static List<Segment> of(String text) {
		List<Segment> segments = new ArrayList<>();
		Matcher matcher = URL.matcher(text);
		int start = 0;
		while (matcher.find()) {
			int end = matcher.end();
			while (end > matcher.start() && TRAILING.indexOf(text.charAt(end - 1)) >= 0) {
				end--;
			}
			String url = text.substring(matcher.start(), end);
			if (url.length() <= "https://".length()) {
				continue;
			}
			if (matcher.start() > start) {
				segments.add(new Segment(text.substring(start, matcher.start()), null));
			}
			segments.add(new Segment(url, url));
			start = end;
		}
		if (start < text.length()) {
			segments.add(new Segment(text.substring(start), null));
		}
		return List.copyOf(segments);
	}

}
