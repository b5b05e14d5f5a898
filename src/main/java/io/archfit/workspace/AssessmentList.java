package io.archfit.workspace;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Repository;

/**
 * The list of a workspace's assessments, paged, searched, filtered and sorted in SQL:
 * three statements per page (the ids of the page, their lines and the count), whatever
 * the number of assessments, reading only the listed columns (never the answers). The
 * indexes of {@code V3__workspaces.sql} serve every order and filter. Plain SQL rather
 * than JPQL so that "nulls last" is always said (Hibernate leaves it out where it
 * believes it is the database's default, which H2's settings can contradict).
 */
@Repository
class AssessmentList {

	private final EntityManager entityManager;

	AssessmentList(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	Page<AssessmentRow> page(long workspaceId, ListQuery query) {
		String where = where(query);
		Query ids = this.entityManager.createNativeQuery(pageIdsStatement(query));
		Query count = this.entityManager.createNativeQuery("select count(*)" + where);
		for (Query statement : List.of(ids, count)) {
			statement.setParameter("workspace", workspaceId);
			if (query.q() != null) {
				statement.setParameter("q", "%" + escapeLike(query.q().toLowerCase(Locale.ROOT)) + "%");
			}
			if (query.status() != null) {
				statement.setParameter("status", query.status());
			}
			if (query.recommended() != null) {
				statement.setParameter("recommended", query.recommended());
			}
		}
		ids.setParameter("limit", query.size());
		ids.setParameter("offset", query.offset());
		List<Long> pageIds = new ArrayList<>();
		for (Object id : ids.getResultList()) {
			pageIds.add(((Number) id).longValue());
		}
		List<AssessmentRow> lines = rows(pageIds);
		long total = ((Number) count.getSingleResult()).longValue();
		return new PageImpl<>(lines, PageRequest.of(query.page() - 1, query.size()), total);
	}

	/** The statement that picks the ids of a page, in the page's order. */
	static String pageIdsStatement(ListQuery query) {
		return "select a.id" + where(query) + orderBy(query.sort()) + " limit :limit offset :offset";
	}

	private static String where(ListQuery query) {
		StringBuilder where = new StringBuilder(" from assessment a where a.workspace_id = :workspace");
		if (query.q() != null) {
			where.append(" and a.title_lower like :q escape '\\'");
		}
		if (query.status() != null) {
			where.append(" and a.status = :status");
		}
		if (query.recommended() != null) {
			where.append(" and a.recommended = :recommended");
		}
		return where.toString();
	}

	/**
	 * The lines of the page's assessments, in the order of {@code ids}: the page is
	 * chosen by ids alone, which the workspace's indexes hold in every order, so the
	 * database never sorts the workspace's rows; then only these rows are read.
	 */
	private List<AssessmentRow> rows(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Query rows = this.entityManager
			.createNativeQuery("select a.id, a.view_key, a.title, a.status, a.recommended, a.score, a.wizard_step, "
					+ "a.updated_at, a.decided_architecture, "
					+ "(select count(*) from vote v where v.assessment_id = a.id) as votes "
					+ "from assessment a where a.id in (:ids)");
		rows.setParameter("ids", ids);
		Map<Long, AssessmentRow> byId = new HashMap<>();
		for (Object result : rows.getResultList()) {
			Object[] row = (Object[]) result;
			byId.put(((Number) row[0]).longValue(),
					new AssessmentRow((String) row[1], (String) row[2], (String) row[3], (String) row[4],
							(row[5] != null) ? ((Number) row[5]).doubleValue() : null, ((Number) row[6]).intValue(),
							instant(row[7]), (String) row[8], ((Number) row[9]).intValue()));
		}
		List<AssessmentRow> lines = new ArrayList<>(ids.size());
		for (Long id : ids) {
			AssessmentRow line = byId.get(id);
			if (line != null) {
				lines.add(line);
			}
		}
		return lines;
	}

	/**
	 * The order, led by the workspace (one value here) so that it is the order of an
	 * index of {@code V3__workspaces.sql} from its first column: H2 then reads the index
	 * in order and stops after the page.
	 */
	private static String orderBy(ListQuery.Sort sort) {
		return switch (sort) {
			case UPDATED -> " order by a.workspace_id, a.updated_at desc, a.id desc";
			case TITLE -> " order by a.workspace_id, a.title_lower asc, a.id asc";
			case SCORE -> " order by a.workspace_id, a.score desc nulls last, a.id desc";
		};
	}

	private static Instant instant(Object value) {
		if (value instanceof Instant instant) {
			return instant;
		}
		if (value instanceof OffsetDateTime time) {
			return time.toInstant();
		}
		if (value instanceof Timestamp timestamp) {
			return timestamp.toInstant();
		}
		throw new IllegalStateException("unexpected time type " + value.getClass().getName());
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
