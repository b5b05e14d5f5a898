package io.archfit.system;

import java.util.List;

/**
 * An API request whose fields are wrong; answered 400 with every bad field listed.
 */
public class InvalidRequestException extends RuntimeException {

	private final transient List<ApiProblem.FieldError> errors;

	public InvalidRequestException(List<ApiProblem.FieldError> errors) {
		super("invalid request", null, false, false);
		this.errors = List.copyOf(errors);
	}

	public List<ApiProblem.FieldError> errors() {
		return this.errors;
	}

}
