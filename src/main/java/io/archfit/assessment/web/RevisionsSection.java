package io.archfit.assessment.web;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import io.archfit.assessment.ReportSection;
import io.archfit.assessment.Revisions;
import io.archfit.system.RenderedFragments;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The report's list of revisions, with links to each one, to comparing two, and to
 * re-scoring with the current catalogue. Shown under both links.
 */
@Component
class RevisionsSection implements ReportSection {

	private final Revisions revisions;

	private final RenderedFragments fragments;

	RevisionsSection(Revisions revisions, RenderedFragments fragments) {
		this.revisions = revisions;
		this.fragments = fragments;
	}

	/** One revision in the list. */
	public record Item(int number, OffsetDateTime savedAt, String recommended, String catalogueVersion) {

	}

	@Override
	public Slot slot() {
		return Slot.END;
	}

	@Override
	public String fragment() {
		return "assessment/revisions :: list";
	}

	@Override
	public Contents contents() {
		return new Contents("revisions", "revisions.title");
	}

	@Override
	public void contribute(Context context, Map<String, Object> model) {
		List<Item> items = this.revisions.lines(context.assessment())
			.stream()
			.map((r) -> new Item(r.number(), r.createdAt().atOffset(ZoneOffset.UTC), r.recommended(),
					r.catalogueVersion()))
			.toList();
		String base = context.contextPath() + "/a/" + context.assessment().viewKey();
		int current = context.assessment().revision();
		model.put("revisionsHtml",
				this.fragments.html("assessment/revisions", "list-body", List.of(items, base, current),
						LocaleContextHolder.getLocale(),
						() -> Map.of("revisions", items, "revisionsBase", base, "currentRevision", current)));
	}

}
