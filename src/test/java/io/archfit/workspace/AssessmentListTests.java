package io.archfit.workspace;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workspace list queries against the real schema: search, filters, orders and pages
 * are right, other workspaces never leak in, and a page's ids come from an index in their
 * order, and a page costs the same number of SQL statements whether the workspace holds 5
 * or 200 assessments.
 * <p>
 * Own context and database (not {@code @AppTest}): it counts SQL statements with
 * Hibernate's statistics, which the other tests do without.
 */
@SpringBootTest(properties = {
		"spring.datasource.url=jdbc:h2:mem:wslist;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
		"spring.jpa.properties.hibernate.generate_statistics=true" })
class AssessmentListTests {

	static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

	@Autowired
	Workspaces workspaces;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	Workspace workspace;

	@BeforeEach
	void workspace() {
		this.workspace = this.workspaces.create("Team " + UUID.randomUUID()).workspace();
	}

	@Test
	void searchIsCaseInsensitiveContainsAndTakesWildcardsLiterally() {
		insert(this.workspace, "Photo Uploads", "draft", "monolith", 70.0, 1);
		insert(this.workspace, "uploads v2", "accepted", "serverless", 60.0, 2);
		insert(this.workspace, "100% uptime", "draft", "microservices", 50.0, 3);
		insert(this.workspace, "snake_case", "draft", "monolith", 40.0, 4);
		insert(this.workspace, "snakeXcase", "draft", "monolith", 40.0, 5);

		assertThat(titles(query("UPLOADS", null, null, ListQuery.Sort.TITLE, 1))).containsExactly("Photo Uploads",
				"uploads v2");
		assertThat(titles(query("%", null, null, null, 1))).containsExactly("100% uptime");
		assertThat(titles(query("e_c", null, null, null, 1))).containsExactly("snake_case");
		assertThat(titles(query("nothing like it", null, null, null, 1))).isEmpty();
	}

	@Test
	void filtersByStatusAndRecommendationAloneAndTogether() {
		insert(this.workspace, "A", "draft", "monolith", 70.0, 1);
		insert(this.workspace, "B", "accepted", "monolith", 60.0, 2);
		insert(this.workspace, "C", "accepted", "serverless", 50.0, 3);
		insert(this.workspace, "D", "rejected", "hybrid", 40.0, 4);

		assertThat(titles(query(null, "accepted", null, ListQuery.Sort.TITLE, 1))).containsExactly("B", "C");
		assertThat(titles(query(null, null, "monolith", ListQuery.Sort.TITLE, 1))).containsExactly("A", "B");
		assertThat(titles(query(null, "accepted", "monolith", null, 1))).containsExactly("B");
		assertThat(query(null, "superseded", null, null, 1).getTotalElements()).isZero();
	}

	@Test
	void sortsByLastChangeTitleOrScoreWithUnscoredLast() {
		insert(this.workspace, "beta", "draft", "monolith", 55.0, 1);
		insert(this.workspace, "Alpha", "draft", "monolith", 80.0, 3);
		insert(this.workspace, "gamma", "draft", null, null, 2);
		insert(this.workspace, "Delta", "draft", "hybrid", 65.0, 4);

		assertThat(titles(query(null, null, null, null, 1))).containsExactly("Delta", "Alpha", "gamma", "beta");
		assertThat(titles(query(null, null, null, ListQuery.Sort.TITLE, 1))).containsExactly("Alpha", "beta", "Delta",
				"gamma");
		assertThat(titles(query(null, null, null, ListQuery.Sort.SCORE, 1))).containsExactly("Alpha", "Delta", "beta",
				"gamma");
	}

	@Test
	void pagesAreTwentyLinesWithTheRightTotalsAndOtherWorkspacesStayOut() {
		Workspace other = this.workspaces.create("Other").workspace();
		insert(other, "not mine", "draft", "monolith", 50.0, 1000);
		for (int i = 1; i <= 45; i++) {
			insert(this.workspace, String.format("item %02d", i), "draft", "monolith", (double) i, i);
		}
		Page<AssessmentRow> first = query(null, null, null, null, 1);
		assertThat(first.getContent()).hasSize(20);
		assertThat(first.getTotalElements()).isEqualTo(45);
		assertThat(first.getTotalPages()).isEqualTo(3);
		assertThat(first.getContent().get(0).title()).isEqualTo("item 45");
		Page<AssessmentRow> last = query(null, null, null, null, 3);
		assertThat(titles(last)).containsExactly("item 05", "item 04", "item 03", "item 02", "item 01");
		assertThat(last.getTotalElements()).isEqualTo(45);
		assertThat(query(null, null, null, null, 4).getContent()).isEmpty();
		List<String> all = new ArrayList<>();
		for (int page = 1; page <= 3; page++) {
			all.addAll(titles(query(null, null, null, ListQuery.Sort.SCORE, page)));
		}
		assertThat(all).hasSize(45).doesNotHaveDuplicates().doesNotContain("not mine");
	}

	@Test
	void aPageCostsTheSameStatementsForFiveOrTwoHundredAssessments() {
		Workspace small = this.workspace;
		Workspace large = this.workspaces.create("Large").workspace();
		for (int i = 0; i < 5; i++) {
			insert(small, "small " + i, "draft", "monolith", 50.0, i);
		}
		for (int i = 0; i < 200; i++) {
			insert(large, "large " + i, (i % 2 == 0) ? "draft" : "accepted", "monolith", (double) (i % 100), i);
		}
		for (ListQuery query : List.of(ListQuery.firstPage(),
				new ListQuery("L", "draft", "monolith", ListQuery.Sort.SCORE, 1, 3))) {
			long forSmall = statementsFor(small, query);
			long forLarge = statementsFor(large, query);
			assertThat(forSmall).isEqualTo(forLarge).isEqualTo(4);
		}
	}

	@Test
	void theIdsOfAPageComeFromAnIndexInTheirOrderWithoutSortingTheWorkspace() {
		for (ListQuery.Sort sort : ListQuery.Sort.values()) {
			for (ListQuery query : List.of(new ListQuery(null, null, null, sort, 3, 20))) {
				String plan = this.jdbc.queryForObject("explain " + AssessmentList.pageIdsStatement(query)
					.replace(":workspace", String.valueOf(this.workspace.id()))
					.replace(":limit", "20")
					.replace(":offset", "40"), String.class);
				assertThat(plan).as(sort.name()).contains("/* index sorted */");
			}
		}
	}

	/** SQL statements to look the workspace up by its view key and read one page. */
	private long statementsFor(Workspace workspace, ListQuery query) {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		Workspace found = this.workspaces.byViewKey(workspace.viewKey());
		Page<AssessmentRow> page = this.workspaces.assessments(found, query);
		assertThat(page.getTotalElements()).isPositive();
		return statistics.getPrepareStatementCount();
	}

	private Page<AssessmentRow> query(String q, String status, String recommended, ListQuery.Sort sort, int page) {
		return this.workspaces.assessments(this.workspace, new ListQuery(q, status, recommended, sort, page, 20));
	}

	private static List<String> titles(Page<AssessmentRow> page) {
		return page.getContent().stream().map(AssessmentRow::title).toList();
	}

	/** A row straight into the table: {@code minutes} after T0 is its last change. */
	private void insert(Workspace workspace, String title, String status, String recommended, Double score,
			int minutes) {
		insertRow(this.jdbc, workspace.id(), title, status, recommended, score, T0.plusSeconds(60L * minutes));
	}

	static void insertRow(JdbcTemplate jdbc, long workspaceId, String title, String status, String recommended,
			Double score, Instant updatedAt) {
		String key = UUID.randomUUID().toString().replace("-", "");
		jdbc.update("insert into assessment (view_key, owner_key_hash, title, title_lower, answers, priorities, "
				+ "catalogue_version, recommended, score, status, wizard_step, revision, created_at, updated_at, "
				+ "version, workspace_id) values (?, ?, ?, ?, '{}', '[]', 'v1', ?, ?, ?, 0, 1, ?, ?, 0, ?)", key, key,
				title, title.toLowerCase(java.util.Locale.ROOT), recommended, score, status, Timestamp.from(updatedAt),
				Timestamp.from(updatedAt), workspaceId);
	}

}
