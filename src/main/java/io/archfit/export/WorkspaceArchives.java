package io.archfit.export;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.archfit.assessment.Assessment;
import io.archfit.assessment.AssessmentArchive;
import io.archfit.assessment.Assessments;
import io.archfit.assessment.Decision;
import io.archfit.assessment.Engine;
import io.archfit.assessment.Revision;
import io.archfit.catalogue.Catalogue;
import io.archfit.review.Comment;
import io.archfit.review.ReviewArchive;
import io.archfit.review.Vote;
import io.archfit.system.NotFoundException;
import io.archfit.system.WorkspaceArchiveSettings;
import io.archfit.workspace.Workspace;
import io.archfit.workspace.Workspaces;
import io.archfit.workspace.catalogue.CatalogueDraft;
import io.archfit.workspace.catalogue.TeamCatalogues;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves a team between installations: a workspace written out as one JSON archive
 * ({@link WorkspaceArchive}), and an archive read back as a new workspace with new keys
 * for it and for every assessment, checked whole before anything is stored. The
 * workspace's own catalogue comes along with its versions (same numbers) and its draft,
 * so its assessments read the same.
 */
@Service
@Transactional
public class WorkspaceArchives {

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private final Workspaces workspaces;

	private final AssessmentArchive assessments;

	private final ReviewArchive reviews;

	private final Engine engine;

	private final TeamCatalogues teamCatalogues;

	private final long maxBytes;

	private final Clock clock = Clock.systemUTC();

	WorkspaceArchives(Workspaces workspaces, AssessmentArchive assessments, ReviewArchive reviews, Engine engine,
			TeamCatalogues teamCatalogues, WorkspaceArchiveSettings settings) {
		this.teamCatalogues = teamCatalogues;
		this.workspaces = workspaces;
		this.assessments = assessments;
		this.reviews = reviews;
		this.engine = engine;
		this.maxBytes = settings.maxSize().toBytes();
	}

	/** A new workspace from an archive: its owner key and the new assessments. */
	public record Imported(Workspaces.Owned workspace, List<Assessments.Owned> assessments) {

	}

	/** The largest archive an import reads, in bytes. */
	public long maxBytes() {
		return this.maxBytes;
	}

	/** The archive of a workspace, as a file to download. */
	@Transactional(readOnly = true)
	public Exports.Download export(Workspace workspace) {
		List<Assessment> all = this.assessments.inWorkspace(workspace.id());
		Map<String, Integer> positions = new HashMap<>();
		for (int i = 0; i < all.size(); i++) {
			positions.put(all.get(i).viewKey(), i);
		}
		CatalogueKeys keys = new CatalogueKeys(TeamCatalogues.idOf(workspace.id()));
		List<WorkspaceArchive.AssessmentEntry> entries = new ArrayList<>();
		for (Assessment assessment : all) {
			entries.add(entry(assessment, positions, keys));
		}
		WorkspaceArchive archive = new WorkspaceArchive(WorkspaceArchive.SCHEMA_VERSION, this.clock.instant(),
				workspace.name(), catalogueEntries(workspace, keys), entries);
		String name = Exports.fileName(workspace.name(), "json").replaceFirst("\\.json$", "-workspace.json");
		return new Exports.Download(name, "application/json", JSON.writeValueAsString(archive));
	}

	/**
	 * The team catalogues of the archive: the workspace's own, with every version, when
	 * it has published one or keeps a draft; and of every other one an assessment was
	 * scored with, the versions its assessments name (what their reports show) and no
	 * more.
	 */
	private List<WorkspaceArchive.CatalogueEntry> catalogueEntries(Workspace workspace, CatalogueKeys keys) {
		List<WorkspaceArchive.CatalogueEntry> catalogues = new ArrayList<>();
		JsonNode draft = this.teamCatalogues.draft(workspace.id()).map(WorkspaceArchives::document).orElse(null);
		keys.keys.forEach((id, key) -> {
			if (key.equals(WorkspaceArchive.BUILT_IN)) {
				return;
			}
			boolean own = key.equals(WorkspaceArchive.OWN);
			Set<String> used = keys.used.getOrDefault(id, Set.of());
			List<WorkspaceArchive.VersionEntry> versions = this.teamCatalogues.stored(id)
				.stream()
				.filter((version) -> own || used.contains(String.valueOf(version.number())))
				.map((version) -> new WorkspaceArchive.VersionEntry(version.number(), version.publishedAt(),
						JSON.readTree(version.document())))
				.toList();
			if (!versions.isEmpty() || (own && draft != null)) {
				catalogues.add(new WorkspaceArchive.CatalogueEntry(key, versions, own ? draft : null));
			}
		});
		return catalogues;
	}

	/** A draft's document; a draft that is no JSON object (none is kept) as none. */
	private static JsonNode document(CatalogueDraft draft) {
		try {
			JsonNode document = JSON.readTree(draft.document());
			return document.isObject() ? document : null;
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	/**
	 * The keys of the catalogues in an archive (built-in, the workspace's own, then
	 * {@code other-1}… in order of first use) and the versions its assessments name.
	 */
	private static final class CatalogueKeys {

		private final Map<String, String> keys = new LinkedHashMap<>();

		private final Map<String, Set<String>> used = new HashMap<>();

		CatalogueKeys(String ownId) {
			this.keys.put(Catalogue.BUILT_IN, WorkspaceArchive.BUILT_IN);
			this.keys.put(ownId, WorkspaceArchive.OWN);
		}

		String key(String catalogueId, String version) {
			this.used.computeIfAbsent(catalogueId, (id) -> new HashSet<>()).add(version);
			return this.keys.computeIfAbsent(catalogueId, (id) -> "other-" + (this.keys.size() - 1));
		}

	}

	private WorkspaceArchive.AssessmentEntry entry(Assessment assessment, Map<String, Integer> positions,
			CatalogueKeys keys) {
		Decision d = assessment.decision();
		WorkspaceArchive.DecisionEntry decision = d.isRecorded() ? new WorkspaceArchive.DecisionEntry(d.architecture(),
				d.rationale(), d.deciders(), d.decidedAt(), positions.get(d.supersededBy())) : null;
		List<WorkspaceArchive.RevisionEntry> revisions = new ArrayList<>();
		for (Revision revision : this.assessments.revisions(assessment)) {
			revisions.add(new WorkspaceArchive.RevisionEntry(revision.number(),
					keys.key(revision.catalogueId(), revision.catalogueVersion()), revision.catalogueVersion(),
					revision.answers().asMap(), revision.priorities(), orEmpty(revision.assumptions()),
					revision.recommended(), revision.createdAt()));
		}
		List<WorkspaceArchive.CommentEntry> comments = new ArrayList<>();
		for (Comment comment : this.reviews.comments(assessment)) {
			comments.add(new WorkspaceArchive.CommentEntry(comment.author(), comment.body(), comment.hidden(),
					comment.createdAt()));
		}
		List<WorkspaceArchive.VoteEntry> votes = new ArrayList<>();
		for (Vote vote : this.reviews.votes(assessment)) {
			votes.add(new WorkspaceArchive.VoteEntry(vote.voter(), vote.architecture(), vote.createdAt(),
					vote.updatedAt()));
		}
		return new WorkspaceArchive.AssessmentEntry(assessment.title(), assessment.description(),
				keys.key(assessment.catalogueId(), assessment.catalogueVersion()), assessment.catalogueVersion(),
				assessment.wizardStep(), assessment.status().id(), assessment.recommended(),
				assessment.answers().asMap(), assessment.priorities(), orEmpty(assessment.assumptions()), decision,
				assessment.createdAt(), assessment.updatedAt(), revisions, comments, votes);
	}

	/**
	 * Creates a new workspace from an archive, with new keys for everything; a bad
	 * archive throws {@link InvalidImportException} naming every problem, and nothing is
	 * stored.
	 */
	public Imported importArchive(String json) {
		WorkspaceArchiveReader.Read read = WorkspaceArchiveReader.read(json, this.maxBytes, this::catalogue,
				this.teamCatalogues::checkArchived, this.clock.instant());
		Workspaces.Owned workspace = this.workspaces.create(read.name());
		long workspaceId = workspace.workspace().id();
		Map<String, String> catalogueIds = new HashMap<>();
		for (ArchivedCatalogues.Archived catalogue : read.catalogues()) {
			boolean own = catalogue.key().equals(WorkspaceArchive.OWN);
			String id = TeamCatalogues.importedId(workspaceId, catalogue.key(), own);
			catalogueIds.put(catalogue.key(), id);
			for (TeamCatalogues.StoredVersion version : catalogue.versions()) {
				this.teamCatalogues.restore(id, workspaceId, version);
			}
			if (own && catalogue.draft() != null) {
				this.teamCatalogues.saveDraft(workspaceId, catalogue.draft());
			}
		}
		List<Assessments.Owned> created = new ArrayList<>();
		for (WorkspaceArchiveReader.Entry entry : read.assessments()) {
			Assessments.Owned owned = this.assessments.restore(entry.recorded(), workspaceId, catalogueIds);
			for (WorkspaceArchive.CommentEntry comment : entry.comments()) {
				this.reviews.restoreComment(owned.assessment(), comment.author(), comment.body(), comment.hidden(),
						comment.createdAt());
			}
			for (WorkspaceArchive.VoteEntry vote : entry.votes()) {
				this.reviews.restoreVote(owned.assessment(), vote.voter(), vote.architecture(), vote.createdAt(),
						vote.updatedAt());
			}
			created.add(owned);
		}
		for (int i = 0; i < read.assessments().size(); i++) {
			Integer replacement = read.assessments().get(i).supersededBy();
			if (replacement != null) {
				this.assessments.supersede(created.get(i).assessment(), created.get(replacement).assessment());
			}
		}
		return new Imported(workspace, created);
	}

	private Catalogue catalogue(String version) {
		try {
			return this.engine.catalogue(version);
		}
		catch (NotFoundException ex) {
			return null;
		}
	}

	private static Map<String, Double> orEmpty(Map<String, Double> assumptions) {
		return (assumptions != null) ? assumptions : Map.of();
	}

}
