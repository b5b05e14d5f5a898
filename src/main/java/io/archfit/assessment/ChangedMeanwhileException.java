package io.archfit.assessment;

import io.archfit.system.ConflictException;

/**
 * A save was based on an older state of the assessment than the one stored: someone else
 * changed it since the form was opened. Nothing was saved.
 */
public class ChangedMeanwhileException extends ConflictException {

	private final transient Assessment latest;

	public ChangedMeanwhileException(Assessment latest) {
		super("changed meanwhile");
		this.latest = latest;
	}

	public Assessment latest() {
		return this.latest;
	}

}
