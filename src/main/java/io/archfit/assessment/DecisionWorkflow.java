package io.archfit.assessment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The rules of the team's decision ({@link Status}): which moves are allowed from where,
 * what accepting, rejecting and superseding must name, and the {@link Decision} each
 * records. Refuses anything else with a {@link DecisionRefusedException}; it changes
 * nothing itself, {@link Assessment#changeStatus} applies the outcome.
 */
final class DecisionWorkflow {

	/** Where a permitted change leads: the new status and the decision it leaves. */
	record Outcome(Status status, Decision decision) {

	}

	private DecisionWorkflow() {
	}

	/**
	 * Checks a change of the assessment's status and says where it leads: accepting
	 * records the chosen architecture (one of {@code architectures}), the rationale
	 * (required when it is not the recommended one) and the deciders; superseding points
	 * at the assessment {@code lookup} finds under the given view key.
	 */
	static Outcome check(Assessment assessment, StatusChange change, List<String> architectures,
			Function<String, Optional<Assessment>> lookup, Instant now) {
		if (change.status() == null) {
			throw new DecisionRefusedException("status", "statusRequired");
		}
		Status target = Status.of(change.status())
			.orElseThrow(
					() -> new DecisionRefusedException("status", "unknownStatus", String.valueOf(change.status())));
		Status current = assessment.status();
		if (!assessment.isComplete()) {
			throw new DecisionRefusedException("status", "wizardIncomplete");
		}
		if (target == current) {
			throw new DecisionRefusedException("status", "alreadyThere", target.id());
		}
		if (!current.canMoveTo(target)) {
			throw new DecisionRefusedException("status", "notAllowed", current.id(), target.id());
		}
		checkLength("rationale", change.rationale(), Decision.RATIONALE_MAX);
		checkLength("deciders", change.deciders(), Decision.DECIDERS_MAX);
		return new Outcome(target, decision(assessment, target, change, architectures, lookup, now));
	}

	private static Decision decision(Assessment assessment, Status target, StatusChange change,
			List<String> architectures, Function<String, Optional<Assessment>> lookup, Instant now) {
		switch (target) {
			case ACCEPTED -> {
				String chosen = change.architecture();
				if (chosen == null) {
					throw new DecisionRefusedException("architecture", "architectureRequired");
				}
				if (!architectures.contains(chosen)) {
					throw new DecisionRefusedException("architecture", "unknownArchitecture", chosen);
				}
				if (!chosen.equals(assessment.recommended()) && change.rationale() == null) {
					throw new DecisionRefusedException("rationale", "rationaleRequired");
				}
				return new Decision(chosen, change.rationale(), change.deciders(), now, null);
			}
			case REJECTED -> {
				return new Decision(null, change.rationale(), change.deciders(), now, null);
			}
			case SUPERSEDED -> {
				if (change.supersededBy() == null) {
					throw new DecisionRefusedException("supersededBy", "replacementRequired");
				}
				Assessment replacement = lookup.apply(change.supersededBy())
					.orElseThrow(() -> new DecisionRefusedException("supersededBy", "unknownReplacement"));
				if (replacement == assessment || replacement.viewKey().equals(assessment.viewKey())) {
					throw new DecisionRefusedException("supersededBy", "replacementIsItself");
				}
				return assessment.decision().supersededBy(replacement.viewKey());
			}
			default -> {
				return null;
			}
		}
	}

	private static void checkLength(String field, String value, int max) {
		if (value != null && value.length() > max) {
			throw new DecisionRefusedException(field, "tooLong", max);
		}
		if (value != null
				&& value.chars().anyMatch((c) -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
			throw new DecisionRefusedException(field, "controlCharacters");
		}
	}

}
