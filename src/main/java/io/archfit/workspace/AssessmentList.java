package io.archfit.workspace;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Repository;

/**
 * The list of a workspace's assessments, paged, searched, filtered and sorted in SQL: two
 * statements per page (the lines and their count), whatever the number of assessments,
 * reading only the listed columns (never the answers). The indexes of
 * {@code V3__workspaces.sql} serve every order and filter. Plain SQL rather than JPQL so
 * that "nulls last" is always said (Hibernate leaves it out where it believes it is the
 * database's default, which H2's settings can contradict).
 */
@Repository
class AssessmentList {

	private final EntityManager entityManager;

	AssessmentList(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	Page<AssessmentRow> page(long workspaceId, ListQuery query) {
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
		Query rows = this.entityManager
			.createNativeQuery("select a.view_key, a.title, a.status, a.recommended, a.score, a.wizard_step, "
					+ "a.updated_at, a.decided_architecture, "
					+ "(select count(*) from vote v where v.assessment_id = a.id) as votes" + where
					+ orderBy(query.sort()) + " limit :limit offset :offset");
		Query count = this.entityManager.createNativeQuery("select count(*)" + where);
		for (Query statement : List.of(rows, count)) {
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
		rows.setParameter("limit", query.size());
		rows.setParameter("offset", query.offset());
		List<AssessmentRow> lines = new ArrayList<>();
		for (Object result : rows.getResultList()) {
			Object[] row = (Object[]) result;
			lines.add(new AssessmentRow((String) row[0], (String) row[1], (String) row[2], (String) row[3],
					(row[4] != null) ? ((Number) row[4]).doubleValue() : null, ((Number) row[5]).intValue(),
					instant(row[6]), (String) row[7], ((Number) row[8]).intValue()));
		}
		long total = ((Number) count.getSingleResult()).longValue();
		return new PageImpl<>(lines, PageRequest.of(query.page() - 1, query.size()), total);
	}

	private static String orderBy(ListQuery.Sort sort) {
		return switch (sort) {
			case UPDATED -> " order by a.updated_at desc, a.id desc";
			case TITLE -> " order by a.title_lower asc, a.id asc";
			case SCORE -> " order by a.score desc nulls last, a.id desc";
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
