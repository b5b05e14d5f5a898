package io.archfit.assessment;

import java.time.Instant;
import java.util.List;

import io.archfit.catalogue.Catalogues;
import io.archfit.evaluation.Answers;
import io.archfit.evaluation.Evaluator;
import io.archfit.system.AccessKeys;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.dao.DataIntegrityViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The lookups behind capability links, on the real schema from the Flyway migrations.
 * <p>
 * A JPA slice with its own database: only the repositories and the migrations start.
 */
@DataJpaTest(
		properties = "spring.datasource.url=jdbc:h2:mem:repository;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
class AssessmentRepositoryTests {

	@Autowired
	AssessmentRepository repository;

	@Test
	void findsAnAssessmentByItsViewKeyAndByTheHashOfItsOwnerKey() {
		String ownerKey = AccessKeys.newKey();
		Assessment saved = this.repository.saveAndFlush(draft(AccessKeys.newKey(), ownerKey));
		assertThat(this.repository.findByViewKey(saved.viewKey())).containsSame(saved);
		assertThat(this.repository.findByOwnerKeyHash(AccessKeys.hash(ownerKey))).containsSame(saved);
		assertThat(this.repository.findByOwnerKeyHash(ownerKey)).as("the plain owner key is never stored").isEmpty();
		assertThat(this.repository.findByOwnerKeyHashIn(List.of(AccessKeys.hash(ownerKey), "x"))).hasSize(1);
	}

	@Test
	void viewKeysAreUnique() {
		String viewKey = AccessKeys.newKey();
		this.repository.saveAndFlush(draft(viewKey, AccessKeys.newKey()));
		assertThatThrownBy(() -> this.repository.saveAndFlush(draft(viewKey, AccessKeys.newKey())))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	private static final Evaluator EVALUATOR = new Evaluator(Catalogues.loadBuiltIn().current());

	private static Assessment draft(String viewKey, String ownerKey) {
		Assessment assessment = new Assessment(viewKey, AccessKeys.hash(ownerKey), "Draft", Instant.now());
		assessment.saveWizardStep(Answers.empty(), 2, EVALUATOR.evaluate(Answers.empty(), List.of(), null),
				Instant.now());
		return assessment;
	}

}
