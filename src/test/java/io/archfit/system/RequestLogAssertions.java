package io.archfit.system;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.test.system.CapturedOutput;

import static org.assertj.core.api.Assertions.assertThat;

/** What the request log and the error log say after hostile or oversized requests. */
final class RequestLogAssertions {

	static final Pattern LOGGED_STATUS = Pattern
		.compile("io\\.archfit\\.requests\\s+: request method=\\S+ path=\\S* status=(\\d+)");

	static final Pattern ERROR_LINE = Pattern.compile("(?m)^\\S+\\s+ERROR .*$");

	private RequestLogAssertions() {
	}

	/** The statuses of every request in the request log. */
	static List<Integer> loggedStatuses(CapturedOutput output) {
		List<Integer> statuses = new ArrayList<>();
		Matcher matcher = LOGGED_STATUS.matcher(output.getOut());
		while (matcher.find()) {
			statuses.add(Integer.parseInt(matcher.group(1)));
		}
		return statuses;
	}

	/**
	 * No request answered 5xx as the request log saw it, and nothing logged as an error.
	 */
	static void assertCleanLog(CapturedOutput output) {
		List<Integer> statuses = loggedStatuses(output);
		assertThat(statuses).as("requests in the request log").isNotEmpty();
		assertThat(statuses).as("statuses in the request log").allMatch((status) -> status < 500);
		List<String> errors = new ArrayList<>();
		Matcher matcher = ERROR_LINE.matcher(output.getAll());
		while (matcher.find()) {
			errors.add(matcher.group());
		}
		assertThat(errors).as("lines logged at ERROR").isEmpty();
	}

}
