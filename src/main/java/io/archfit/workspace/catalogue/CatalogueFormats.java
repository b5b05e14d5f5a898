package io.archfit.workspace.catalogue;

import io.archfit.catalogue.CatalogueException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A catalogue document as JSON or YAML: the same tree either way. YAML is read into that
 * tree and checked as JSON would be; a document that is not valid YAML is refused with
 * the parser's message.
 */
public final class CatalogueFormats {

	private static final YAMLMapper YAML = YAMLMapper.builder().build();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private CatalogueFormats() {
	}

	/** The document as JSON: a JSON document as it is, anything else read as YAML. */
	public static String json(String text) {
		String stripped = text.stripLeading();
		if (stripped.startsWith("{") || stripped.startsWith("[")) {
			return text;
		}
		return fromYaml(text);
	}

	/** A YAML document as JSON. */
	public static String fromYaml(String yaml) {
		JsonNode tree;
		try {
			tree = YAML.readTree(yaml);
		}
		catch (JacksonException ex) {
			throw new CatalogueException("the team catalogue", "is not valid YAML: " + ex.getOriginalMessage(), ex);
		}
		return (tree == null || tree.isMissingNode()) ? "" : JSON.writeValueAsString(tree);
	}

	/** A JSON document as YAML. */
	public static String yaml(String json) {
		return YAML.writeValueAsString(JSON.readTree(json));
	}

}
