package io.archfit.assessment;

import java.util.List;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON documents kept in text columns, so H2 and PostgreSQL store them alike.
 */
final class JsonText {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() {
	};

	private static final TypeReference<Map<String, Double>> NUMBER_MAP = new TypeReference<>() {
	};

	private static final TypeReference<List<String>> STRING_LIST = new TypeReference<>() {
	};

	private JsonText() {
	}

	static String write(Object value) {
		return MAPPER.writeValueAsString(value);
	}

	static Map<String, String> stringMap(String json) {
		return MAPPER.readValue(json, STRING_MAP);
	}

	static Map<String, Double> numberMap(String json) {
		return (json != null) ? MAPPER.readValue(json, NUMBER_MAP) : null;
	}

	static List<String> stringList(String json) {
		return MAPPER.readValue(json, STRING_LIST);
	}

}
