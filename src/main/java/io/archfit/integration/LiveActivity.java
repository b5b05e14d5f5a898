package io.archfit.integration;

import java.util.List;

import io.archfit.assessment.AssessmentEvent;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Notes each event in {@code live_activity}, in the transaction of the change (so it
 * exists exactly when the change does), stamped with the database's clock: the one table
 * every instance looks at to tell its open reports that something changed.
 */
@Component
class LiveActivity {

	/**
	 * How far back each look goes: longer than a change's transaction takes to commit.
	 */
	static final int WINDOW_SECONDS = 30;

	/** A change seen in the table. */
	record Change(long id, long assessmentId, String kind) {

	}

	private final JdbcTemplate jdbc;

	LiveActivity(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(AssessmentEvent event) {
		this.jdbc.update(
				"insert into live_activity (assessment_id, kind, happened_at) values (?, ?, current_timestamp)",
				event.assessment().id(), event.type());
	}

	/** The changes of the last {@value #WINDOW_SECONDS} seconds, oldest first. */
	List<Change> recent() {
		return this.jdbc.query(
				"select id, assessment_id, kind from live_activity where happened_at > current_timestamp - interval '"
						+ WINDOW_SECONDS + "' second order by id",
				(row, i) -> new Change(row.getLong(1), row.getLong(2), row.getString(3)));
	}

	/** Forgets changes older than the window (kept ten times as long). */
	int forgetOld() {
		return this.jdbc.update("delete from live_activity where happened_at < current_timestamp - interval '"
				+ (WINDOW_SECONDS * 10) + "' second");
	}

}
