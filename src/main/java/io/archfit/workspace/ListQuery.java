package io.archfit.workspace;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What part of a workspace's list to show: an optional title search, status and
 * recommendation filters, the order, and the page (numbered from 1).
 *
 * @param q text the title must contain (any case), or null
 * @param status the status to keep, or null
 * @param recommended the recommended architecture to keep, or null
 * @param sort the order
 * @param page the page, from 1
 * @param size the number of lines per page
 */
public record ListQuery(String q, String status, String recommended, Sort sort, int page, int size) {

	/** Lines per page unless asked otherwise. */
	public static final int PAGE_SIZE = 20;

	/** The most lines per page the API gives. */
	public static final int MAX_SIZE = 100;

	/** The longest search text. */
	public static final int Q_MAX = 200;

	/** The statuses an assessment can have (MADR's vocabulary). */
	public static final List<String> STATUSES = List.of("draft", "in-review", "accepted", "rejected", "superseded");

	/** Orders of the list. */
	public enum Sort {

		/** Last change first (the default). */
		UPDATED,
		/** By title, A to Z. */
		TITLE,
		/** Highest score of the recommended architecture first. */
		SCORE;

		public String param() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	public ListQuery {
		q = (q == null || q.isBlank()) ? null : q.strip();
		status = (status == null || status.isBlank()) ? null : status;
		recommended = (recommended == null || recommended.isBlank()) ? null : recommended;
		sort = (sort != null) ? sort : Sort.UPDATED;
	}

	/** The first page, newest change first, nothing filtered. */
	public static ListQuery firstPage() {
		return new ListQuery(null, null, null, Sort.UPDATED, 1, PAGE_SIZE);
	}

	/** Whether a search or filter narrows the list. */
	public boolean filtered() {
		return this.q != null || this.status != null || this.recommended != null;
	}

	/** The offset of the page's first line. */
	public long offset() {
		return (long) (this.page - 1) * this.size;
	}

	/** The same query on another page (for page links). */
	public ListQuery onPage(int page) {
		return new ListQuery(this.q, this.status, this.recommended, this.sort, page, this.size);
	}

	/**
	 * A query read from request parameters: values that are not valid are left out of
	 * {@link #query()} and reported in {@link #problems()} (field name to problem code).
	 */
	public record Read(ListQuery query, Map<String, String> problems) {

	}

	/**
	 * Reads request parameters (all optional).
	 * @param architectures the architecture ids a recommendation filter may name
	 */
	public static Read read(String q, String status, String recommended, String sort, String page, String size,
			List<String> architectures) {
		Map<String, String> problems = new LinkedHashMap<>();
		String text = q;
		if (text != null && text.strip().length() > Q_MAX) {
			problems.put("q", "tooLong");
			text = null;
		}
		else if (text != null && text.chars().anyMatch(Character::isISOControl)) {
			problems.put("q", "controlCharacters");
			text = null;
		}
		String keptStatus = status;
		if (status != null && !status.isBlank() && !STATUSES.contains(status)) {
			problems.put("status", "unknownStatus");
			keptStatus = null;
		}
		String keptRecommended = recommended;
		if (recommended != null && !recommended.isBlank() && !architectures.contains(recommended)) {
			problems.put("recommended", "unknownArchitecture");
			keptRecommended = null;
		}
		Sort order = Sort.UPDATED;
		if (sort != null && !sort.isBlank()) {
			try {
				order = Sort.valueOf(sort.toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				problems.put("sort", "unknownSort");
			}
		}
		int pageNumber = number(page, 1, 1, Integer.MAX_VALUE / MAX_SIZE, "page", "invalidPage", problems);
		int pageSize = number(size, PAGE_SIZE, 1, MAX_SIZE, "size", "outOfRange", problems);
		return new Read(new ListQuery(text, keptStatus, keptRecommended, order, pageNumber, pageSize), problems);
	}

	private static int number(String value, int fallback, int min, int max, String field, String code,
			Map<String, String> problems) {
		if (value == null || value.isBlank()) {
			return fallback;
		}
		try {
			int number = Integer.parseInt(value.strip());
			if (number >= min && number <= max) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		problems.put(field, code);
		return fallback;
	}

}
