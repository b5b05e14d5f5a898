package io.archfit.export;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;

import io.archfit.catalogue.Catalogue;
import io.archfit.catalogue.CatalogueException;
import io.archfit.catalogue.CatalogueLoader;
import io.archfit.catalogue.CatalogueProblem;
import io.archfit.workspace.catalogue.TeamCatalogues;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The team catalogues of a workspace archive ({@code catalogues}): each version's
 * document checked as it would be published, every problem named by its path inside the
 * archive (e.g. {@code catalogues[0].versions[1].document.rules[3].effects}); and which
 * catalogue each assessment and revision names ({@code catalogue} and
 * {@code catalogueVersion}).
 */
final class ArchivedCatalogues {

	static final int MAX_CATALOGUES = 20;

	static final int MAX_VERSIONS = 200;

	private static final Pattern KEY = Pattern.compile("[a-z0-9-]{1,40}");

	private static final Set<String> CATALOGUE = Set.of("key", "versions", "draft");

	private static final Set<String> VERSION = Set.of("number", "publishedAt", "document");

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	/**
	 * A team catalogue of the archive, by its key there: its versions (checked) and, for
	 * the workspace's own, its draft (kept as written, as drafts are), or null.
	 */
	record Archived(String key, List<TeamCatalogues.StoredVersion> versions, String draft) {

	}

	/**
	 * The catalogue an assessment or revision was scored with, and its id in the archive:
	 * {@link Catalogue#BUILT_IN} or a key of {@code catalogues}.
	 */
	record Scoring(String catalogueId, Catalogue catalogue) {

	}

	private final ArchiveFields fields;

	private final BiFunction<String, Integer, Catalogue> check;

	private final Instant now;

	/** Key to version to catalogue. */
	private final Map<String, Map<String, Catalogue>> read = new HashMap<>();

	ArchivedCatalogues(ArchiveFields fields, BiFunction<String, Integer, Catalogue> check, Instant now) {
		this.fields = fields;
		this.check = check;
		this.now = now;
	}

	List<Archived> read(JsonNode root) {
		List<Archived> catalogues = new ArrayList<>();
		List<JsonNode> items = this.fields.array(root, "catalogues", "", MAX_CATALOGUES, false);
		for (int i = 0; i < items.size(); i++) {
			String at = "catalogues[" + i + "].";
			JsonNode item = items.get(i);
			if (!item.isObject()) {
				this.fields.problem(at.substring(0, at.length() - 1), "wrongType");
				continue;
			}
			this.fields.unknownFields(item, CATALOGUE, at);
			String key = ImportParser.text(item, "key", at, 40, true, this.fields.problems());
			if (key != null && (!KEY.matcher(key).matches() || key.equals(WorkspaceArchive.BUILT_IN))) {
				this.fields.problem(at + "key", "badCatalogueKey");
				key = null;
			}
			else if (key != null && this.read.containsKey(key)) {
				this.fields.problem(at + "key", "duplicate");
				key = null;
			}
			Map<String, Catalogue> byVersion = new HashMap<>();
			List<TeamCatalogues.StoredVersion> versions = versions(item, at, byVersion);
			String draft = draft(item, at, key);
			if (key != null) {
				this.read.put(key, byVersion);
				catalogues.add(new Archived(key, versions, draft));
			}
		}
		return catalogues;
	}

	/**
	 * The catalogue named by {@code catalogue} (built-in when absent, else a key of
	 * {@code catalogues}) and {@code catalogueVersion}; null with the problem named.
	 * @param builtIn a built-in catalogue by version, null for an unknown one
	 */
	Scoring scoring(JsonNode node, String at, Function<String, Catalogue> builtIn) {
		String key = ImportParser.text(node, "catalogue", at, 40, false, this.fields.problems());
		String version = ImportParser.text(node, "catalogueVersion", at, 40, true, this.fields.problems());
		if (version == null) {
			return null;
		}
		Catalogue catalogue;
		if (key == null || key.equals(WorkspaceArchive.BUILT_IN)) {
			key = Catalogue.BUILT_IN;
			catalogue = builtIn.apply(version);
		}
		else if (this.read.containsKey(key)) {
			catalogue = this.read.get(key).get(version);
		}
		else {
			this.fields.problem(at + "catalogue", "unknownCatalogue");
			return null;
		}
		if (catalogue == null) {
			this.fields.problem(at + "catalogueVersion", "unknownCatalogueVersion");
			return null;
		}
		return new Scoring(key, catalogue);
	}

	private List<TeamCatalogues.StoredVersion> versions(JsonNode item, String at, Map<String, Catalogue> byVersion) {
		List<TeamCatalogues.StoredVersion> versions = new ArrayList<>();
		List<JsonNode> items = this.fields.array(item, "versions", at, MAX_VERSIONS, false);
		int previous = 0;
		for (int j = 0; j < items.size(); j++) {
			String vat = at + "versions[" + j + "].";
			JsonNode node = items.get(j);
			if (!node.isObject()) {
				this.fields.problem(vat.substring(0, vat.length() - 1), "wrongType");
				continue;
			}
			this.fields.unknownFields(node, VERSION, vat);
			int number = this.fields.integer(node, "number", vat, -1, 1, 999_999_999);
			if (number >= 0 && number <= previous) {
				this.fields.problem(vat + "number", "notIncreasing");
			}
			previous = Math.max(previous, number);
			Instant publishedAt = this.fields.time(node, "publishedAt", vat, this.now);
			String json = document(node.get("document"), vat + "document");
			if (json == null || number <= 0) {
				continue;
			}
			try {
				byVersion.put(String.valueOf(number), this.check.apply(json, number));
				versions.add(new TeamCatalogues.StoredVersion(number, publishedAt, json));
			}
			catch (CatalogueException ex) {
				for (CatalogueProblem problem : ex.details()) {
					this.fields.problem(vat + "document" + problem.path().substring(1), "catalogueProblem",
							problem.message());
				}
			}
		}
		return versions;
	}

	/** The draft of the workspace's own catalogue, a document as its owner left it. */
	private String draft(JsonNode item, String at, String key) {
		JsonNode draft = item.get("draft");
		if (draft == null || draft.isNull()) {
			return null;
		}
		if (key != null && !key.equals(WorkspaceArchive.OWN)) {
			this.fields.problem(at + "draft", "draftNotOwn");
			return null;
		}
		return document(draft, at + "draft");
	}

	/** A catalogue document (an object) as JSON text, or null with the problem named. */
	private String document(JsonNode node, String at) {
		if (node == null || node.isNull()) {
			this.fields.problem(at, "required");
			return null;
		}
		if (!node.isObject()) {
			this.fields.problem(at, "wrongType");
			return null;
		}
		String json = MAPPER.writeValueAsString(node);
		if (json.length() > CatalogueLoader.MAX_DOCUMENT_CHARS) {
			this.fields.problem(at, "tooLong", CatalogueLoader.MAX_DOCUMENT_CHARS);
			return null;
		}
		return json;
	}

}
