package io.archfit.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every built-in catalogue version, so that a saved assessment can be re-read with the
 * version it was scored with. The versions are listed in {@code catalogue/index.json};
 * each lives in {@code catalogue/<version>.json}, with the texts it adds or changes (if
 * any) in {@code catalogue/<version>-texts.properties}.
 */
public final class Catalogues implements CatalogueSource {

	/** Class path location of the list of versions. */
	public static final String INDEX = "catalogue/index.json";

	private final Map<String, Catalogue> byVersion;

	private final Catalogue current;

	/**
	 * Creates a registry of already loaded catalogues.
	 * @param catalogues every version, oldest first
	 * @param current the version new assessments use
	 */
	public Catalogues(List<Catalogue> catalogues, String current) {
		Map<String, Catalogue> map = new LinkedHashMap<>();
		for (Catalogue catalogue : catalogues) {
			if (map.putIfAbsent(catalogue.version(), catalogue) != null) {
				throw new IllegalArgumentException("Catalogue version '" + catalogue.version() + "' given twice");
			}
		}
		this.byVersion = Collections.unmodifiableMap(map);
		this.current = map.get(current);
		if (this.current == null) {
			throw new IllegalArgumentException(
					"Current catalogue version '" + current + "' is not among " + map.keySet());
		}
	}

	/**
	 * Loads and validates every version listed in {@value #INDEX}.
	 * @return the registry
	 * @throws CatalogueException when the index or any version is missing or invalid
	 */
	public static Catalogues loadBuiltIn() {
		JsonNode index = readIndex();
		List<CatalogueProblem> problems = new ArrayList<>();
		JsonNode versions = index.get("versions");
		JsonNode current = index.get("current");
		if (versions == null || !versions.isArray() || versions.isEmpty()) {
			problems.add(new CatalogueProblem("$.versions", "versions", "must list at least one version"));
		}
		if (current == null || !current.isString()) {
			problems.add(new CatalogueProblem("$.current", "current", "must name a version"));
		}
		if (!problems.isEmpty()) {
			throw new CatalogueException(INDEX, problems);
		}
		List<Catalogue> catalogues = new ArrayList<>();
		for (JsonNode version : versions) {
			String file = "catalogue/" + version.asString() + ".json";
			Catalogue catalogue = CatalogueLoader.load(file)
				.withTexts(CatalogueTexts.bundle("catalogue/" + version.asString() + "-texts"));
			if (!catalogue.version().equals(version.asString())) {
				throw CatalogueException.of(file, "version", "says it is version '" + catalogue.version()
						+ "' but the index lists it as '" + version.asString() + "'");
			}
			catalogues.add(catalogue);
		}
		if (catalogues.stream().noneMatch((catalogue) -> catalogue.version().equals(current.asString()))) {
			throw CatalogueException.of(INDEX, "current", "version '" + current.asString() + "' is not listed");
		}
		return new Catalogues(catalogues, current.asString());
	}

	private static JsonNode readIndex() {
		try (InputStream in = Catalogues.class.getClassLoader().getResourceAsStream(INDEX)) {
			if (in == null) {
				throw CatalogueException.of(INDEX, "(document)", "no such resource on the class path");
			}
			JsonNode node = JsonMapper.builder().build().readTree(in);
			if (node == null || !node.isObject()) {
				throw CatalogueException.of(INDEX, "(document)", "the document must be a JSON object");
			}
			return node;
		}
		catch (IOException ex) {
			throw new CatalogueException(INDEX, "cannot be read: " + ex.getMessage(), ex);
		}
		catch (JacksonException ex) {
			throw new CatalogueException(INDEX, "is not valid JSON: " + ex.getOriginalMessage(), ex);
		}
	}

	/** The version new assessments are scored with. */
	@Override
	public Catalogue current() {
		return this.current;
	}

	/** A version by id, e.g. {@code v1}. */
	public Optional<Catalogue> version(String version) {
		return Optional.ofNullable(this.byVersion.get(version));
	}

	@Override
	public Optional<Catalogue> find(String id, String version) {
		return Catalogue.BUILT_IN.equals(id) ? version(version) : Optional.empty();
	}

	/** Every version id, oldest first. */
	public List<String> versions() {
		return List.copyOf(this.byVersion.keySet());
	}

}
