package io.archfit.assessment;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.archfit.evaluation.Answers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The decision workflow on the aggregate: which transitions are allowed, what accepting
 * records, and that refused changes change nothing.
 */
class DecisionWorkflowTests {

	static final Engine ENGINE = Engine.builtInOnly();

	static final List<String> ARCHITECTURES = ENGINE.catalogue().architectures();

	static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

	final Assessment assessment = complete("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");

	final Assessment other = complete("BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB");

	static Assessment complete(String viewKey) {
		Assessment assessment = new Assessment(viewKey, "hash-" + viewKey, "Checkout", NOW);
		Answers answers = Answers.of(Map.of("domainSize", "small", "teamCount", "one", "timeToMarket", "under-3-months",
				"trafficPattern", "steady"));
		assessment.saveWizardStep(answers, 0, ENGINE.evaluate(answers, List.of(), null), NOW);
		return assessment;
	}

	void move(String status) {
		move(new StatusChange(status, null, null, null, null));
	}

	void move(StatusChange change) {
		this.assessment.changeStatus(change, ARCHITECTURES,
				(key) -> key.equals(this.other.viewKey()) ? Optional.of(this.other)
						: key.equals(this.assessment.viewKey()) ? Optional.of(this.assessment) : Optional.empty(),
				NOW.plusSeconds(60));
	}

	@Test
	void aNewAssessmentIsADraftThatMayOnlyBeOpenedForReview() {
		assertThat(this.assessment.status()).isEqualTo(Status.DRAFT);
		assertThat(this.assessment.nextStatuses()).containsExactly(Status.IN_REVIEW);
		assertThat(this.assessment.decision().isRecorded()).isFalse();
		assertThat(this.assessment.recommended()).isEqualTo("monolith");
	}

	@Test
	void acceptingTheRecommendationNeedsNoReason() {
		move("in-review");
		move(new StatusChange("accepted", "monolith", null, "Ana, Ben", null));
		assertThat(this.assessment.status()).isEqualTo(Status.ACCEPTED);
		assertThat(this.assessment.decision().architecture()).isEqualTo("monolith");
		assertThat(this.assessment.decision().deciders()).isEqualTo("Ana, Ben");
		assertThat(this.assessment.decision().decidedAt()).isEqualTo(NOW.plusSeconds(60));
		assertThat(this.assessment.updatedAt()).isEqualTo(NOW.plusSeconds(60));
		assertThat(this.assessment.nextStatuses()).containsExactly(Status.SUPERSEDED);
	}

	@Test
	void acceptingAnotherArchitectureThanRecommendedNeedsTheReason() {
		move("in-review");
		assertThatThrownBy(() -> move(new StatusChange("accepted", "microservices", "  ", null, null)))
			.isInstanceOfSatisfying(DecisionRefusedException.class, (ex) -> {
				assertThat(ex.field()).isEqualTo("rationale");
				assertThat(ex.code()).isEqualTo("rationaleRequired");
				assertThat(ex.transitionRefused()).isFalse();
			});
		assertThat(this.assessment.status()).isEqualTo(Status.IN_REVIEW);
		move(new StatusChange("accepted", "microservices", "Platform team exists", null, null));
		assertThat(this.assessment.decision().architecture()).isEqualTo("microservices");
		assertThat(this.assessment.decision().rationale()).isEqualTo("Platform team exists");
	}

	@Test
	void acceptingNeedsAKnownArchitecture() {
		move("in-review");
		assertThatThrownBy(() -> move(new StatusChange("accepted", null, "x", null, null)))
			.hasFieldOrPropertyWithValue("code", "architectureRequired");
		assertThatThrownBy(() -> move(new StatusChange("accepted", "mainframe", "x", null, null)))
			.hasFieldOrPropertyWithValue("code", "unknownArchitecture");
		assertThat(this.assessment.status()).isEqualTo(Status.IN_REVIEW);
	}

	@Test
	void rejectingRecordsTheReasonButNoArchitecture() {
		move("in-review");
		move(new StatusChange("rejected", "hybrid", "Not now", "Ana", null));
		assertThat(this.assessment.status()).isEqualTo(Status.REJECTED);
		assertThat(this.assessment.decision().architecture()).isNull();
		assertThat(this.assessment.decision().rationale()).isEqualTo("Not now");
		assertThat(this.assessment.decision().isRecorded()).isTrue();
	}

	@Test
	void aReviewMayGoBackToDraft() {
		move("in-review");
		move("draft");
		assertThat(this.assessment.status()).isEqualTo(Status.DRAFT);
	}

	@Test
	void aDecisionIsSupersededByAnotherExistingAssessmentOnly() {
		move("in-review");
		move(new StatusChange("accepted", "monolith", null, null, null));
		assertThatThrownBy(() -> move("superseded")).hasFieldOrPropertyWithValue("code", "replacementRequired");
		assertThatThrownBy(() -> move(new StatusChange("superseded", null, null, null, this.assessment.viewKey())))
			.hasFieldOrPropertyWithValue("code", "replacementIsItself");
		assertThatThrownBy(
				() -> move(new StatusChange("superseded", null, null, null, "CCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC")))
			.hasFieldOrPropertyWithValue("code", "unknownReplacement");
		move(new StatusChange("superseded", null, null, null, this.other.viewKey()));
		assertThat(this.assessment.status()).isEqualTo(Status.SUPERSEDED);
		assertThat(this.assessment.decision().supersededBy()).isEqualTo(this.other.viewKey());
		assertThat(this.assessment.decision().architecture()).isEqualTo("monolith");
		assertThat(this.assessment.nextStatuses()).isEmpty();
	}

	@ParameterizedTest(name = "{0} → {1} is refused")
	@CsvSource({ "draft, accepted", "draft, rejected", "draft, superseded", "in-review, superseded", "accepted, draft",
			"accepted, in-review", "accepted, rejected", "rejected, accepted", "superseded, draft",
			"superseded, accepted", "draft, draft", "in-review, in-review" })
	void nonsenseTransitionsAreRefusedAndChangeNothing(String from, String to) {
		reach(from);
		Instant before = this.assessment.updatedAt();
		assertThatThrownBy(() -> move(new StatusChange(to, "monolith", "why", null, this.other.viewKey())))
			.isInstanceOfSatisfying(DecisionRefusedException.class, (ex) -> {
				assertThat(ex.transitionRefused()).isTrue();
				assertThat(ex.field()).isEqualTo("status");
			});
		assertThat(this.assessment.status().id()).isEqualTo(from);
		assertThat(this.assessment.updatedAt()).isEqualTo(before);
	}

	@Test
	void unknownOrMissingStatusesAreRefused() {
		assertThatThrownBy(() -> move("approved")).hasFieldOrPropertyWithValue("code", "unknownStatus");
		assertThatThrownBy(() -> move(" ")).hasFieldOrPropertyWithValue("code", "statusRequired");
	}

	@Test
	void anIncompleteWizardCannotBeReviewed() {
		Assessment draft = new Assessment("DDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDD", "h", "Draft", NOW);
		assertThat(draft.nextStatuses()).isEmpty();
		assertThatThrownBy(() -> draft.changeStatus(new StatusChange("in-review", null, null, null, null),
				ARCHITECTURES, (key) -> Optional.empty(), NOW))
			.hasFieldOrPropertyWithValue("code", "wizardIncomplete");
	}

	@Test
	void overLongRationaleOrDecidersAreRefused() {
		move("in-review");
		assertThatThrownBy(() -> move(new StatusChange("rejected", null, "r".repeat(4001), null, null)))
			.hasFieldOrPropertyWithValue("field", "rationale");
		assertThatThrownBy(() -> move(new StatusChange("rejected", null, null, "d".repeat(501), null)))
			.hasFieldOrPropertyWithValue("field", "deciders");
		assertThat(this.assessment.status()).isEqualTo(Status.IN_REVIEW);
	}

	private void reach(String status) {
		switch (status) {
			case "in-review" -> move("in-review");
			case "accepted" -> {
				move("in-review");
				move(new StatusChange("accepted", "monolith", null, null, null));
			}
			case "rejected" -> {
				move("in-review");
				move("rejected");
			}
			case "superseded" -> {
				reach("accepted");
				move(new StatusChange("superseded", null, null, null, this.other.viewKey()));
			}
			default -> {
			}
		}
	}

}
