package io.archfit.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The votes on an assessment counted per architecture, in the order given (the ranking).
 * A vote that agrees with the recommendation counts for the architecture recommended now.
 *
 * @param recommended the architecture recommended now
 * @param rows one per architecture
 * @param total the number of votes
 */
public record Tally(String recommended, List<Row> rows, int total) {

	/** The votes for one architecture. */
	public record Row(String architecture, boolean recommended, List<Voter> voters) {

		public int count() {
			return this.voters.size();
		}

	}

	/** One voter; {@code agreed}: voted "agree with the recommendation". */
	public record Voter(String name, boolean agreed) {

	}

	public static Tally of(List<Vote> votes, String recommended, List<String> architectures) {
		Map<String, List<Voter>> byArchitecture = new LinkedHashMap<>();
		architectures.forEach((architecture) -> byArchitecture.put(architecture, new ArrayList<>()));
		for (Vote vote : votes) {
			String counted = vote.agreesWithRecommendation() ? recommended : vote.architecture();
			byArchitecture.computeIfAbsent(counted, (key) -> new ArrayList<>())
				.add(new Voter(vote.voter(), vote.agreesWithRecommendation()));
		}
		List<Row> rows = new ArrayList<>();
		byArchitecture.forEach((architecture, voters) -> rows
			.add(new Row(architecture, architecture.equals(recommended), List.copyOf(voters))));
		return new Tally(recommended, List.copyOf(rows), votes.size());
	}

}
