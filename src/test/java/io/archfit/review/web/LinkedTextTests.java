package io.archfit.review.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Web addresses in comments become links; everything else stays text. */
class LinkedTextTests {

	@Test
	void addressesAreCutOutWithoutTheSentencePunctuationAfterThem() {
		List<LinkedText.Segment> segments = LinkedText.of("See https://example.org/a?b=1, and (http://x.io/y).");
		assertThat(segments).containsExactly(new LinkedText.Segment("See ", null),
				new LinkedText.Segment("https://example.org/a?b=1", "https://example.org/a?b=1"),
				new LinkedText.Segment(", and (", null), new LinkedText.Segment("http://x.io/y", "http://x.io/y"),
				new LinkedText.Segment(").", null));
	}

	@Test
	void onlyWebAddressesBecomeLinks() {
		assertThat(LinkedText.of("javascript:alert(1) data:text/html,x <a href=\"https://evil\">"))
			.filteredOn(LinkedText.Segment::link)
			.extracting(LinkedText.Segment::href)
			.containsExactly("https://evil");
		assertThat(LinkedText.of("plain text")).containsExactly(new LinkedText.Segment("plain text", null));
		assertThat(LinkedText.of("https://")).noneMatch(LinkedText.Segment::link);
	}

	@Test
	void theSegmentsAddUpToTheText() {
		String text = "a https://a.b/c. b\nhttp://d.e\thttps://f.g/h?i=<j>";
		assertThat(String.join("", LinkedText.of(text).stream().map(LinkedText.Segment::text).toList()))
			.isEqualTo(text);
	}

}
