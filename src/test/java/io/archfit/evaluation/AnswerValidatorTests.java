package io.archfit.evaluation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.archfit.catalogue.Catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class AnswerValidatorTests {

	private static final Catalogue CATALOGUE = AnswerSets.CATALOGUE;

	private final AnswerValidator validator = new AnswerValidator();

	@Test
	void acceptsOptionsAndNumbers() {
		Map<String, Object> raw = new LinkedHashMap<>();
		raw.put("trafficPattern", "spiky");
		raw.put("monthlyRequests", 5_000_000);
		raw.put("peakToAverage", "2.50");
		raw.put("engineers", 12L);
		Answers answers = this.validator.parse(CATALOGUE, raw);
		assertThat(answers.asMap()).containsExactlyInAnyOrderEntriesOf(Map.of("trafficPattern", "spiky",
				"monthlyRequests", "5000000", "peakToAverage", "2.5", "engineers", "12"));
	}

	@Test
	void numbersBecomePlainDecimals() {
		assertThat(number("monthlyRequests", 5.0E9)).isEqualTo("5000000000");
		assertThat(number("monthlyRequests", "5e6")).isEqualTo("5000000");
		assertThat(number("monthlyRequests", "  42 ")).isEqualTo("42");
		assertThat(number("monthlyRequests", "300.000")).isEqualTo("300");
		assertThat(number("monthlyRequests", new BigInteger("7"))).isEqualTo("7");
		assertThat(number("monthlyRequests", 0)).isEqualTo("0");
		assertThat(number("peakToAverage", 3.0)).isEqualTo("3");
		assertThat(number("peakToAverage", new BigDecimal("1.2500"))).isEqualTo("1.25");
		assertThat(number("peakToAverage", 7.5f)).isEqualTo("7.5");
		assertThat(number("peakToAverage", "100")).isEqualTo("100");
	}

	@Test
	void nullAndEmptyMeanNotSure() {
		Map<String, Object> raw = new HashMap<>();
		raw.put("trafficPattern", null);
		raw.put("monthlyRequests", "");
		raw.put("teamCount", "   ");
		assertThat(this.validator.parse(CATALOGUE, raw)).isEqualTo(Answers.empty());
		assertThat(this.validator.parse(CATALOGUE, null)).isEqualTo(Answers.empty());
	}

	@Test
	void collectsEveryProblem() {
		Map<String, Object> raw = new LinkedHashMap<>();
		raw.put("trafficPatern", "spiky");
		raw.put("trafficPattern", "bursty");
		raw.put("monthlyRequests", "lots");
		raw.put("engineers", 2.5);
		raw.put("peakToAverage", 500);
		raw.put("teamCount", 3);
		raw.put("domainSize", List.of("small"));
		raw.put("memoryMb", 64);
		List<FieldProblem> problems = problems(raw);
		assertThat(problems).containsExactly(
				new FieldProblem("answers.trafficPatern", "unknownTrait", List.of("trafficPatern")),
				new FieldProblem("answers.trafficPattern", "unknownOption",
						List.of("bursty", List.of("steady", "daily-cycle", "spiky", "idle-mostly", "unpredictable"))),
				new FieldProblem("answers.monthlyRequests", "notANumber", List.of("lots")),
				new FieldProblem("answers.engineers", "notAnInteger", List.of("2.5")),
				new FieldProblem("answers.peakToAverage", "outOfRange", List.of("1", "100")),
				new FieldProblem("answers.teamCount", "wrongType", List.of("option", "number")),
				new FieldProblem("answers.domainSize", "wrongType", List.of("option", "array")),
				new FieldProblem("answers.memoryMb", "outOfRange", List.of("128", "10240")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "NaN", "Infinity", "-Infinity", "0x10", "1_000", "5,000", "1e999999999", "--1", "1e",
			"\u0000", "12 requests" })
	void absurdNumbersAreRejectedGracefully(String value) {
		List<FieldProblem> problems = problems(Map.of("monthlyRequests", value));
		assertThat(problems).singleElement().satisfies((problem) -> {
			assertThat(problem.field()).isEqualTo("answers.monthlyRequests");
			assertThat(problem.code()).isIn("notANumber", "outOfRange", "notAnInteger");
		});
	}

	@Test
	void nonFiniteDoublesAreNotNumbers() {
		assertThat(problems(Map.of("peakToAverage", Double.NaN))).extracting(FieldProblem::code)
			.containsExactly("notANumber");
		assertThat(problems(Map.of("peakToAverage", Double.POSITIVE_INFINITY))).extracting(FieldProblem::code)
			.containsExactly("notANumber");
	}

	@Test
	void veryLongTextIsCutInTheProblem() {
		char[] chars = new char[100_000];
		Arrays.fill(chars, 'x');
		String huge = new String(chars);
		List<FieldProblem> problems = problems(Map.of("trafficPattern", huge, huge, "a"));
		assertThat(problems).hasSize(2)
			.allSatisfy((problem) -> assertThat(problem.toString().length()).isLessThan(400));
	}

	@Test
	void booleansAndObjectsAreTheWrongType() {
		assertThat(problems(Map.of("engineers", true)))
			.containsExactly(new FieldProblem("answers.engineers", "wrongType", List.of("number", "boolean")));
		assertThat(problems(Map.of("engineers", Map.of())))
			.containsExactly(new FieldProblem("answers.engineers", "wrongType", List.of("number", "object")));
	}

	@Test
	void boundsAreInclusive() {
		assertThat(number("monthlyRequests", "10000000000")).isEqualTo("10000000000");
		assertThat(number("engineers", 1)).isEqualTo("1");
		assertThat(problems(Map.of("monthlyRequests", "10000000001"))).extracting(FieldProblem::code)
			.containsExactly("outOfRange");
		assertThat(problems(Map.of("monthlyRequests", -1))).extracting(FieldProblem::code)
			.containsExactly("outOfRange");
	}

	@Test
	void acceptsUpToThreePriorities() {
		assertThat(this.validator.validatePriorities(CATALOGUE, List.of("cost", "latency"))).containsExactly("cost",
				"latency");
		assertThat(this.validator.validatePriorities(CATALOGUE, null)).isEmpty();
	}

	@Test
	void reportsEveryPriorityProblem() {
		InvalidAnswersException ex = catchThrowableOfType(InvalidAnswersException.class,
				() -> this.validator.validatePriorities(CATALOGUE, Arrays.asList("cost", "speed", "cost", 4)));
		assertThat(ex.problems()).containsExactly(new FieldProblem("priorities", "tooMany", List.of(3, 4)),
				new FieldProblem("priorities[1]", "unknownCriterion", List.of("speed")),
				new FieldProblem("priorities[2]", "duplicate", List.of("cost")),
				new FieldProblem("priorities[3]", "wrongType", List.of("criterion", "number")));
	}

	@Test
	void parsedAnswersCanBeEvaluated() {
		Map<String, Object> raw = new LinkedHashMap<>();
		AnswerSets.spikyUploadProcessor().asMap().forEach(raw::put);
		raw.put("monthlyRequests", 300000.0);
		raw.put("avgDurationMs", "1200");
		Answers answers = this.validator.parse(CATALOGUE, raw);
		Evaluation evaluation = new Evaluator(CATALOGUE).evaluate(answers);
		assertThat(evaluation.recommended()).isEqualTo("serverless");
	}

	private String number(String trait, Object value) {
		return this.validator.parse(CATALOGUE, Map.of(trait, value)).get(trait);
	}

	private List<FieldProblem> problems(Map<String, ?> raw) {
		InvalidAnswersException ex = catchThrowableOfType(InvalidAnswersException.class,
				() -> this.validator.parse(CATALOGUE, raw));
		assertThat(ex).as("expected the answers to be rejected").isNotNull();
		return ex.problems();
	}

}
