package io.archfit.workspace.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;

import io.archfit.workspace.AssessmentRow;
import io.archfit.workspace.ListQuery;

import org.springframework.data.domain.Page;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A page of a workspace's list, laid out for the template: the lines, "x–y of N", and
 * links to other pages and orders that keep the search and filters.
 */
public record ListPage(List<AssessmentRow> rows, ListQuery query, long total, long first, long last, int pages,
		List<PageLink> links, String previous, String next, String base) {

	/** A link to a page; a null number stands for a gap ("…"). */
	public record PageLink(Integer number, String href, boolean current) {

	}

	static ListPage of(String base, ListQuery query, Page<AssessmentRow> page) {
		long total = page.getTotalElements();
		int pages = Math.max(1, page.getTotalPages());
		long first = page.getContent().isEmpty() ? 0 : query.offset() + 1;
		long last = page.getContent().isEmpty() ? 0 : query.offset() + page.getContent().size();
		int current = query.page();
		SortedSet<Integer> shown = new TreeSet<>(List.of(1, pages));
		for (int n = Math.max(1, current - 2); n <= Math.min(pages, current + 2); n++) {
			shown.add(n);
		}
		List<PageLink> links = new ArrayList<>();
		int previousShown = 0;
		for (int n : shown) {
			if (n > previousShown + 1) {
				links.add(new PageLink(null, null, false));
			}
			links.add(new PageLink(n, href(base, query.onPage(n)), n == current));
			previousShown = n;
		}
		String previous = (current > 1 && current <= pages) ? href(base, query.onPage(current - 1)) : null;
		String next = (current < pages) ? href(base, query.onPage(current + 1)) : null;
		return new ListPage(page.getContent(), query, total, first, last, pages, links, previous, next, base);
	}

	/** The link to this list in another order, from its first page. */
	public String sortHref(String sort) {
		ListQuery sorted = new ListQuery(this.query.q(), this.query.status(), this.query.recommended(),
				ListQuery.Sort.valueOf(sort.toUpperCase(Locale.ROOT)), 1, this.query.size());
		return href(this.base, sorted);
	}

	static String href(String base, ListQuery query) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(base);
		if (query.q() != null) {
			uri.queryParam("q", query.q());
		}
		if (query.status() != null) {
			uri.queryParam("status", query.status());
		}
		if (query.recommended() != null) {
			uri.queryParam("recommended", query.recommended());
		}
		if (query.sort() != ListQuery.Sort.UPDATED) {
			uri.queryParam("sort", query.sort().param());
		}
		if (query.size() != ListQuery.PAGE_SIZE) {
			uri.queryParam("size", query.size());
		}
		if (query.page() > 1) {
			uri.queryParam("page", query.page());
		}
		return uri.encode().build().toUriString();
	}

}
