package io.archfit.review;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Who counts as the same voter, what a second vote does, how votes are tallied, and what
 * reviewers may type.
 */
class VotingRulesTests {

	static final List<String> RANKING = List.of("monolith", "hybrid", "microservices", "serverless");

	static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

	@Test
	void caseAndSpacesDoNotMakeAnotherVoter() {
		assertThat(ReviewInput.voterKey("  Ana  Lopez ")).isEqualTo("ana lopez");
		assertThat(ReviewInput.voterKey("ANA LOPEZ")).isEqualTo(ReviewInput.voterKey("ana\tlopez"));
		assertThat(ReviewInput.voterKey("Ana")).isNotEqualTo(ReviewInput.voterKey("Anna"));
	}

	@Test
	void aSecondVoteReplacesTheChoiceAndTheSpelling() {
		Vote vote = new Vote(1L, "ana", "microservices", NOW);
		vote.change("Ana", "serverless", NOW.plusSeconds(5));
		assertThat(vote.voter()).isEqualTo("Ana");
		assertThat(vote.architecture()).isEqualTo("serverless");
		assertThat(vote.createdAt()).isEqualTo(NOW);
		assertThat(vote.updatedAt()).isEqualTo(NOW.plusSeconds(5));
		assertThatThrownBy(() -> vote.change("Ben", "hybrid", NOW)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void agreementCountsForTheRecommendedArchitectureAndRowsFollowTheRanking() {
		Tally tally = Tally.of(List.of(new Vote(1L, "Ana", "recommended", NOW), new Vote(1L, "Ben", "monolith", NOW),
				new Vote(1L, "Cy", "serverless", NOW)), "monolith", RANKING);
		assertThat(tally.total()).isEqualTo(3);
		assertThat(tally.rows()).extracting(Tally.Row::architecture).containsExactlyElementsOf(RANKING);
		Tally.Row monolith = tally.rows().get(0);
		assertThat(monolith.recommended()).isTrue();
		assertThat(monolith.count()).isEqualTo(2);
		assertThat(monolith.voters()).containsExactly(new Tally.Voter("Ana", true), new Tally.Voter("Ben", false));
		assertThat(tally.rows().get(3).voters()).containsExactly(new Tally.Voter("Cy", false));
		assertThat(tally.rows().get(1).count()).isZero();
	}

	@Test
	void noVotesGiveEmptyRows() {
		Tally tally = Tally.of(List.of(), "hybrid", RANKING);
		assertThat(tally.total()).isZero();
		assertThat(tally.rows()).hasSize(4).allMatch((row) -> row.count() == 0);
	}

	@Test
	void namesAreOneLineOfOneTo80Characters() {
		ReviewInput input = new ReviewInput();
		assertThat(input.name("n", "  Ana   Lopez ")).isEqualTo("Ana Lopez");
		assertThat(input.problems()).isEmpty();
		input.name("empty", "   ");
		input.name("long", "x".repeat(81));
		input.name("control", "A\u0007B");
		input.name("null", null);
		assertThat(input.problems()).extracting(ReviewProblem::field, ReviewProblem::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("empty", "required"),
					org.assertj.core.groups.Tuple.tuple("long", "tooLong"),
					org.assertj.core.groups.Tuple.tuple("control", "controlCharacters"),
					org.assertj.core.groups.Tuple.tuple("null", "required"));
		assertThatThrownBy(input::complete).isInstanceOf(InvalidReviewException.class);
	}

	@Test
	void textsKeepLineBreaksAndTabsOnly() {
		ReviewInput input = new ReviewInput();
		assertThat(input.text("b", " first\r\nsecond\tcolumn \n", 4000)).isEqualTo("first\nsecond\tcolumn");
		assertThat(input.text("b", "x".repeat(4000), 4000)).hasSize(4000);
		assertThat(input.problems()).isEmpty();
		input.text("long", "x".repeat(4001), 4000);
		input.text("control", "bell\u0007", 4000);
		assertThat(input.problems()).extracting(ReviewProblem::code).containsExactly("tooLong", "controlCharacters");
	}

	@Test
	void aChoiceIsAnArchitectureOrAgreement() {
		ReviewInput input = new ReviewInput();
		input.choice("a", "recommended", RANKING);
		input.choice("a", "hybrid", RANKING);
		assertThat(input.problems()).isEmpty();
		input.choice("a", "Hybrid", RANKING);
		input.choice("a", "", RANKING);
		assertThat(input.problems()).extracting(ReviewProblem::code).containsExactly("unknownArchitecture", "required");
	}

}
