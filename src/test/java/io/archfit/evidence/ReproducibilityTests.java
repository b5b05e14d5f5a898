package io.archfit.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.archfit.catalogue.Catalogue;
import io.archfit.catalogue.Catalogues;
import io.archfit.evaluation.AnswerValidator;
import io.archfit.evaluation.Answers;
import io.archfit.evaluation.Evaluator;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * The advice does not hang on who read the source: sixteen tuning cases were encoded a
 * second time from their sources by readers who saw neither the first reading nor the
 * rules ({@code evidence/second-readings.json}, test scope), and the current catalogue
 * must recommend the same architecture for both readings of nearly all of them (see
 * {@code docs/calibration.md}, "How reproducible the answers are").
 */
class ReproducibilityTests {

	/** The share of cases whose two readings must get the same recommendation. */
	static final double SAME_RECOMMENDATION_FLOOR = 0.90;

	private static final CaseCorpus CORPUS = CaseCorpus.load();

	private static final Catalogue CATALOGUE = Catalogues.loadBuiltIn().current();

	@Test
	void secondReadingsAreOfTuningCasesAndAnswerEveryQuestion() {
		Map<String, EvidenceCase> tuning = CORPUS.tuning()
			.stream()
			.collect(Collectors.toMap(EvidenceCase::id, Function.identity()));
		AnswerValidator validator = new AnswerValidator();
		List<Reading> readings = readings();
		assertThat(readings).hasSize(16);
		for (Reading reading : readings) {
			assertThat(tuning).as("only tuning cases are read twice").containsKey(reading.id());
			assertThatCode(() -> validator.parse(CATALOGUE, reading.answers())).as(reading.id())
				.doesNotThrowAnyException();
			assertThat(reading.answers().keySet()).as(reading.id())
				.isEqualTo(tuning.get(reading.id()).answers().keySet());
		}
	}

	@Test
	void bothReadingsOfACaseGetTheSameRecommendation() {
		Evaluator evaluator = new Evaluator(CATALOGUE);
		List<Reading> readings = readings();
		long same = 0;
		for (Reading reading : readings) {
			EvidenceCase first = CORPUS.cases()
				.stream()
				.filter((c) -> c.id().equals(reading.id()))
				.findFirst()
				.orElseThrow();
			String byFirst = evaluator.evaluate(first.answersFor(CATALOGUE)).recommended();
			String bySecond = evaluator.evaluate(Answers.of(reading.answers())).recommended();
			same += byFirst.equals(bySecond) ? 1 : 0;
		}
		assertThat((double) same / readings.size()).as("%d of %d readings agree", same, readings.size())
			.isGreaterThanOrEqualTo(SAME_RECOMMENDATION_FLOOR);
	}

	private static List<Reading> readings() {
		try (InputStream in = ReproducibilityTests.class.getClassLoader()
			.getResourceAsStream("evidence/second-readings.json")) {
			JsonNode root = JsonMapper.builder().build().readTree(in);
			return root.get("readings").valueStream().map(ReproducibilityTests::reading).toList();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Reading reading(JsonNode node) {
		Map<String, String> answers = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> answer : node.get("answers").properties()) {
			JsonNode value = answer.getValue();
			answers.put(answer.getKey(), value.isIntegralNumber() ? Long.toString(value.asLong())
					: value.isNumber() ? value.decimalValue().toPlainString() : value.asString());
		}
		return new Reading(node.get("id").asString(), answers);
	}

	private record Reading(String id, Map<String, String> answers) {

	}

}
