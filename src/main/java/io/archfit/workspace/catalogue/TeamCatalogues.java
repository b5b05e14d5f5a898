package io.archfit.workspace.catalogue;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import io.archfit.assessment.Engine;
import io.archfit.catalogue.Catalogue;
import io.archfit.catalogue.CatalogueDiff;
import io.archfit.catalogue.CatalogueException;
import io.archfit.catalogue.CatalogueMerge;
import io.archfit.catalogue.CatalogueSource;
import io.archfit.catalogue.CatalogueWriter;
import io.archfit.system.ConflictException;
import io.archfit.system.KeptCaches;
import io.archfit.system.NotFoundException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A workspace's own catalogue: its draft, its published versions, and the source the
 * engine finds them in by id and version. A team catalogue's id is {@code team-<n>}, tied
 * to its workspace without naming any of its keys; its versions are numbered from 1.
 */
@Service
@Transactional
public class TeamCatalogues implements CatalogueSource {

	static final String ID_PREFIX = "team-";

	/** How many published versions' built-in bases are kept (a few bytes each). */
	static final long BASES_KEPT = 10_000;

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private final PublishedVersionRepository versions;

	private final CatalogueDraftRepository drafts;

	private final TeamCatalogueCheck check;

	private final ObjectProvider<Engine> engine;

	private final Clock clock;

	private final Cache<String, String> bases = KeptCaches.recentlyUsed("team-catalogue-bases", BASES_KEPT);

	TeamCatalogues(PublishedVersionRepository versions, CatalogueDraftRepository drafts, TeamCatalogueCheck check,
			ObjectProvider<Engine> engine, Clock clock) {
		this.versions = versions;
		this.drafts = drafts;
		this.check = check;
		this.engine = engine;
		this.clock = clock;
	}

	/** The id of a workspace's own catalogue. */
	public static String idOf(long workspaceId) {
		return ID_PREFIX + workspaceId;
	}

	/** Whether a catalogue id names a team catalogue. */
	public static boolean isTeamCatalogue(String catalogueId) {
		return catalogueId != null && catalogueId.startsWith(ID_PREFIX);
	}

	@Override
	public Catalogue current() {
		return this.engine.getObject().catalogue();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Catalogue> find(String id, String version) {
		if (!isTeamCatalogue(id) || version == null || !version.matches("[1-9][0-9]{0,8}")) {
			return Optional.empty();
		}
		return this.versions.findByCatalogueIdAndNumber(id, Integer.parseInt(version))
			.map((row) -> this.check.reread(row.document()));
	}

	/** The workspace's latest published version, if it has published one. */
	@Transactional(readOnly = true)
	public Optional<PublishedVersion> latestVersion(long workspaceId) {
		return this.versions.findFirstByCatalogueIdOrderByNumberDesc(idOf(workspaceId));
	}

	/**
	 * The catalogue new assessments in the workspace are scored with, if it has published
	 * one of its own.
	 */
	@Transactional(readOnly = true)
	public Optional<Catalogue> latest(long workspaceId) {
		return latestVersion(workspaceId)
			.map((row) -> this.engine.getObject().catalogue(row.catalogueId(), String.valueOf(row.number())));
	}

	/**
	 * The catalogue the workspace's new assessments use: its own, else the built-in one.
	 */
	@Transactional(readOnly = true)
	public Catalogue inUse(long workspaceId) {
		return latest(workspaceId).orElseGet(this::current);
	}

	/** Every published version of the workspace's catalogue, oldest first. */
	@Transactional(readOnly = true)
	public List<PublishedVersion> versions(long workspaceId) {
		return this.versions.findByCatalogueIdOrderByNumberAsc(idOf(workspaceId));
	}

	/** One published version; an unknown one is a 404. */
	@Transactional(readOnly = true)
	public Catalogue version(long workspaceId, String number) {
		return find(idOf(workspaceId), number).orElseThrow(NotFoundException::new);
	}

	/**
	 * Validates a document and publishes it as the workspace's next version.
	 * @return the published catalogue
	 * @throws io.archfit.catalogue.CatalogueException listing every problem; nothing is
	 * saved
	 */
	public Catalogue publish(long workspaceId, String json) {
		String id = idOf(workspaceId);
		int number = latestVersion(workspaceId).map(PublishedVersion::number).orElse(0) + 1;
		Catalogue catalogue = this.check.check(json, id, String.valueOf(number));
		Map<String, Object> document = selfContained(catalogue);
		try {
			this.versions.saveAndFlush(new PublishedVersion(id, workspaceId, number,
					MAPPER.writeValueAsString(document), this.clock.instant()));
		}
		catch (DataIntegrityViolationException ex) {
			throw new ConflictException("version " + number + " was published meanwhile");
		}
		return catalogue;
	}

	/**
	 * The document to publish: with every text it shows, so that later built-in versions
	 * do not change what it says; as checked if that would not read back (a document near
	 * the size limits).
	 */
	private Map<String, Object> selfContained(Catalogue catalogue) {
		Map<String, Object> document = CatalogueWriter.document(this.check.withEveryText(catalogue));
		try {
			this.check.reread(MAPPER.writeValueAsString(document));
			return document;
		}
		catch (CatalogueException ex) {
			return CatalogueWriter.document(catalogue);
		}
	}

	/** A published version as a workspace archive carries it: its document as stored. */
	public record StoredVersion(int number, Instant publishedAt, String document) {

	}

	/** Every published version of a catalogue (by id), oldest first, for an archive. */
	@Transactional(readOnly = true)
	public List<StoredVersion> stored(String catalogueId) {
		return this.versions.findByCatalogueIdOrderByNumberAsc(catalogueId)
			.stream()
			.map((row) -> new StoredVersion(row.number(), row.publishedAt(), row.document()))
			.toList();
	}

	/**
	 * Checks an archived version's document as it would be published, before anything of
	 * the archive is stored.
	 * @throws io.archfit.catalogue.CatalogueException listing every problem
	 */
	@Transactional(readOnly = true)
	public Catalogue checkArchived(String json, int number) {
		return this.check.check(json, ID_PREFIX + "archived", String.valueOf(number));
	}

	/**
	 * The id a catalogue of an archive gets in the workspace it is imported into: the
	 * workspace's own for {@code own}, else one of its own beside it.
	 */
	public static String importedId(long workspaceId, String key, boolean own) {
		return own ? idOf(workspaceId) : idOf(workspaceId) + "-" + key;
	}

	/**
	 * Stores an archived version under its number and publication time in the workspace
	 * it was imported into (checked again, and with every text, as when published).
	 */
	public Catalogue restore(String catalogueId, long workspaceId, StoredVersion version) {
		Catalogue catalogue = this.check.check(version.document(), catalogueId, String.valueOf(version.number()));
		this.versions.saveAndFlush(new PublishedVersion(catalogueId, workspaceId, version.number(),
				MAPPER.writeValueAsString(selfContained(catalogue)), version.publishedAt()));
		return catalogue;
	}

	/** Checks a document without saving it. */
	@Transactional(readOnly = true)
	public Catalogue validate(long workspaceId, String json) {
		return this.check.check(json, idOf(workspaceId), "draft");
	}

	/**
	 * What a team catalogue changes against the built-in version it differs least from
	 * (the newer one on a tie): the one it was derived from, as far as its content tells,
	 * so that its changes are not mixed with those of a later built-in version.
	 */
	public AgainstBuiltIn againstBuiltIn(Catalogue catalogue) {
		AgainstBuiltIn nearest = null;
		for (Catalogue builtIn : this.engine.getObject().builtIns()) {
			List<CatalogueDiff.Change> changes = CatalogueDiff.between(builtIn, catalogue);
			if (nearest == null || changes.size() <= nearest.changes().size()) {
				nearest = new AgainstBuiltIn(builtIn.version(), changes);
			}
		}
		return nearest;
	}

	/**
	 * A team catalogue's changes against a built-in version.
	 *
	 * @param version the built-in version, e.g. {@code v3}
	 * @param changes what the team catalogue changes against it
	 */
	public record AgainstBuiltIn(String version, List<CatalogueDiff.Change> changes) {

	}

	/**
	 * A newer built-in version than the one a team catalogue is based on.
	 *
	 * @param base the built-in version the team catalogue differs least from
	 * @param current the current built-in version
	 * @param changes what the current version changes against the base
	 */
	public record NewerBuiltIn(String base, String current, List<CatalogueDiff.Change> changes) {

	}

	/**
	 * The current built-in version's changes, when a team catalogue is based on an older
	 * one.
	 * @param base the built-in version the team catalogue is based on (see
	 * {@link #againstBuiltIn})
	 */
	public Optional<NewerBuiltIn> newerBuiltIn(String base) {
		Catalogue current = current();
		if (base.equals(current.version())) {
			return Optional.empty();
		}
		return Optional.of(new NewerBuiltIn(base, current.version(),
				CatalogueDiff.between(this.engine.getObject().catalogue(base), current)));
	}

	/** A published version as the engine keeps it: read once, then from its cache. */
	public Catalogue published(PublishedVersion version) {
		return this.engine.getObject().catalogue(version.catalogueId(), String.valueOf(version.number()));
	}

	/**
	 * The built-in version a published version is based on (see {@link #againstBuiltIn}),
	 * found once per version: neither a published version nor the built-in ones change
	 * while the application runs.
	 */
	public String baseOf(PublishedVersion version) {
		return this.bases.get(version.catalogueId() + "/" + version.number(),
				(key) -> againstBuiltIn(published(version)).version());
	}

	/** A published version's changes against the built-in version it is based on. */
	public AgainstBuiltIn againstBuiltIn(PublishedVersion version) {
		String base = baseOf(version);
		return new AgainstBuiltIn(base,
				CatalogueDiff.between(this.engine.getObject().catalogue(base), published(version)));
	}

	/**
	 * Brings the current built-in version's changes into the draft, keeping the team's
	 * own (see {@link CatalogueMerge}): the draft is based on the current version
	 * afterwards.
	 * @return what was taken and what was not; nothing when the draft is based on the
	 * current version already
	 * @throws NotFoundException when there is no draft
	 * @throws io.archfit.catalogue.CatalogueException when the draft, or the merged
	 * draft, has problems; the draft stays as it was
	 */
	public CatalogueMerge.Merged takeBuiltIn(long workspaceId) {
		CatalogueDraft draft = draft(workspaceId).orElseThrow(NotFoundException::new);
		Catalogue team = validate(workspaceId, draft.document());
		String base = againstBuiltIn(team).version();
		Catalogue current = current();
		if (base.equals(current.version())) {
			return new CatalogueMerge.Merged(CatalogueWriter.document(team), List.of(), List.of());
		}
		CatalogueMerge.Merged merged = CatalogueMerge.merge(this.engine.getObject().catalogue(base), team, current);
		change(workspaceId, MAPPER.writeValueAsString(merged.document()));
		return merged;
	}

	/**
	 * Starts (or starts again) the draft from the current built-in catalogue.
	 */
	public CatalogueDraft derive(long workspaceId) {
		Map<String, Object> document = CatalogueWriter.document(current());
		return saveDraft(workspaceId, MAPPER.writeValueAsString(document));
	}

	/**
	 * Starts (or starts again) the draft from the workspace's latest published version,
	 * with the texts the team wrote itself (those the version copied from the built-in
	 * catalogue when it was published come from the built-in catalogue again).
	 * @throws NotFoundException when nothing is published
	 */
	public CatalogueDraft deriveFromLatest(long workspaceId) {
		PublishedVersion latest = latestVersion(workspaceId).orElseThrow(NotFoundException::new);
		Catalogue published = published(latest);
		Catalogue base = this.engine.getObject().catalogue(baseOf(latest));
		Map<String, Object> document = CatalogueWriter.document(published);
		document.put("id", base.id());
		document.put("version", base.version());
		document.remove("texts");
		Map<String, Map<String, String>> own = this.check.ownTexts(published);
		if (!own.isEmpty()) {
			document.put("texts", own);
		}
		return saveDraft(workspaceId, MAPPER.writeValueAsString(document));
	}

	/**
	 * Keeps a changed draft if it is valid.
	 * @return the catalogue it describes
	 * @throws io.archfit.catalogue.CatalogueException listing every problem; the draft
	 * stays as it was
	 */
	public Catalogue change(long workspaceId, String json) {
		Catalogue catalogue = validate(workspaceId, json);
		saveDraft(workspaceId, json);
		return catalogue;
	}

	/**
	 * Publishes the draft as the next version.
	 * @throws NotFoundException when there is no draft
	 */
	public Catalogue publishDraft(long workspaceId) {
		CatalogueDraft draft = draft(workspaceId).orElseThrow(NotFoundException::new);
		return publish(workspaceId, draft.document());
	}

	/** The draft the owner is editing, if any. */
	@Transactional(readOnly = true)
	public Optional<CatalogueDraft> draft(long workspaceId) {
		return this.drafts.findById(workspaceId);
	}

	/** Keeps a draft as written (it may be invalid). */
	public CatalogueDraft saveDraft(long workspaceId, String json) {
		CatalogueDraft draft = this.drafts.findById(workspaceId).orElse(null);
		if (draft == null) {
			return this.drafts.saveAndFlush(new CatalogueDraft(workspaceId, json, this.clock.instant()));
		}
		draft.change(json, this.clock.instant());
		return this.drafts.saveAndFlush(draft);
	}

}
