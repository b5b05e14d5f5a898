package io.archfit.export;

import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

import io.archfit.assessment.Assessment;
import io.archfit.assessment.AssessmentArchive;
import io.archfit.assessment.Decision;
import io.archfit.assessment.Status;
import io.archfit.catalogue.Catalogue;
import io.archfit.evaluation.Answers;
import io.archfit.evaluation.CostAssumptions;
import io.archfit.evaluation.FieldProblem;
import io.archfit.review.ReviewInput;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a workspace archive ({@link WorkspaceArchive}) and checks all of it as the
 * single-assessment import does, each assessment, revision, comment and vote by the rules
 * of its kind, naming every problem by its JSON path (e.g.
 * {@code assessments[2].comments[0].body}). Throws {@link InvalidImportException} with
 * every problem, or answers what to restore; stores nothing.
 */
final class WorkspaceArchiveReader {

	static final int MAX_NAME = 120;

	static final int MAX_ASSESSMENTS = 500;

	static final int MAX_REVISIONS = 1000;

	static final int MAX_COMMENTS = 5000;

	static final int MAX_VOTES = 1000;

	private static final Set<String> ROOT = Set.of("schemaVersion", "exportedAt", "name", "catalogues", "assessments");

	private static final Set<String> ASSESSMENT = Set.of("title", "description", "catalogue", "catalogueVersion",
			"wizardStep", "status", "recommended", "answers", "priorities", "assumptions", "decision", "createdAt",
			"updatedAt", "revisions", "comments", "votes");

	private static final Set<String> DECISION = Set.of("architecture", "rationale", "deciders", "decidedAt",
			"supersededBy");

	private static final Set<String> REVISION = Set.of("number", "catalogue", "catalogueVersion", "answers",
			"priorities", "assumptions", "recommended", "createdAt");

	private static final Set<String> COMMENT = Set.of("author", "body", "hidden", "createdAt");

	private static final Set<String> VOTE = Set.of("voter", "architecture", "createdAt", "updatedAt");

	/**
	 * What an import restores: the workspace's name, its team catalogues and its
	 * assessments, in order.
	 */
	record Read(String name, List<ArchivedCatalogues.Archived> catalogues, List<Entry> assessments) {

	}

	/**
	 * One assessment to restore, the position of the one that superseded it (or null),
	 * its comments and votes.
	 */
	record Entry(AssessmentArchive.Recorded recorded, Integer supersededBy,
			List<WorkspaceArchive.CommentEntry> comments, List<WorkspaceArchive.VoteEntry> votes) {

	}

	private final Function<String, Catalogue> catalogues;

	private final ArchivedCatalogues teamCatalogues;

	private final Instant now;

	private final ArchiveFields fields = new ArchiveFields();

	private WorkspaceArchiveReader(Function<String, Catalogue> catalogues,
			BiFunction<String, Integer, Catalogue> teamCheck, Instant now) {
		this.catalogues = catalogues;
		this.teamCatalogues = new ArchivedCatalogues(this.fields, teamCheck, now);
		this.now = now;
	}

	/**
	 * Reads an archive of at most {@code maxBytes}.
	 * @param catalogues a built-in catalogue by version, null for an unknown one
	 * @param teamCheck a team catalogue version's document checked as published under its
	 * number, throwing {@link io.archfit.catalogue.CatalogueException} with every problem
	 */
	static Read read(String json, long maxBytes, Function<String, Catalogue> catalogues,
			BiFunction<String, Integer, Catalogue> teamCheck, Instant now) {
		JsonNode root;
		try {
			root = mapper(maxBytes).readTree((json != null) ? json : "");
		}
		catch (JacksonException | IllegalArgumentException ex) {
			throw new InvalidImportException(List.of(new FieldProblem("body", "malformedJson", List.of())));
		}
		if (root == null || !root.isObject()) {
			throw new InvalidImportException(List.of(new FieldProblem("body", "notAnObject", List.of())));
		}
		return new WorkspaceArchiveReader(catalogues, teamCheck, now).archive(root);
	}

	private Read archive(JsonNode root) {
		this.fields.unknownFields(root, ROOT, "");
		JsonNode version = root.get("schemaVersion");
		if (version == null || !version.isIntegralNumber() || version.bigIntegerValue().compareTo(BigInteger.ONE) < 0
				|| version.bigIntegerValue().compareTo(BigInteger.valueOf(WorkspaceArchive.SCHEMA_VERSION)) > 0) {
			this.fields.problem("schemaVersion", "unsupportedArchiveVersion", 1, WorkspaceArchive.SCHEMA_VERSION);
		}
		String name = ImportParser.text(root, "name", "", MAX_NAME, true, this.fields.problems());
		if (name != null && name.chars().anyMatch(Character::isISOControl)) {
			this.fields.problem("name", "controlCharacters");
		}
		List<ArchivedCatalogues.Archived> teamCatalogues = this.teamCatalogues.read(root);
		List<JsonNode> items = this.fields.array(root, "assessments", "", MAX_ASSESSMENTS, true);
		List<Entry> entries = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			entries.add(assessment(items.get(i), "assessments[" + i + "].", i, items.size()));
		}
		if (!this.fields.problems().isEmpty()) {
			throw new InvalidImportException(this.fields.problems());
		}
		return new Read(name, teamCatalogues, entries);
	}

	private Entry assessment(JsonNode node, String at, int index, int count) {
		if (!node.isObject()) {
			this.fields.problem(at.substring(0, at.length() - 1), "wrongType");
			return null;
		}
		this.fields.unknownFields(node, ASSESSMENT, at);
		String title = ImportParser.title(node, at, this.fields.problems());
		String description = ImportParser.description(node, at, this.fields.problems());
		ArchivedCatalogues.Scoring scoring = this.teamCatalogues.scoring(node, at, this.catalogues);
		Catalogue catalogue = (scoring != null) ? scoring.catalogue() : null;
		Answers answers = (catalogue != null)
				? ImportParser.answers(catalogue, node.get("answers"), at, this.fields.problems()) : Answers.empty();
		List<String> priorities = (catalogue != null)
				? ImportParser.priorities(catalogue, node.get("priorities"), at, this.fields.problems()) : List.of();
		Map<String, Object> assumptions = ImportParser.assumptions(node.get("assumptions"), at, this.fields.problems());
		int wizardStep = this.fields.integer(node, "wizardStep", at, 0, 0, Assessment.WIZARD_STEPS);
		String status = status(node, at, wizardStep);
		Instant createdAt = this.fields.time(node, "createdAt", at, this.now);
		Instant updatedAt = this.fields.time(node, "updatedAt", at, createdAt);
		Integer supersededBy = null;
		AssessmentArchive.RecordedDecision decision = null;
		JsonNode decisionNode = node.get("decision");
		if (decisionNode != null && !decisionNode.isNull()) {
			String dat = at + "decision.";
			if (!decisionNode.isObject()) {
				this.fields.problem(at + "decision", "wrongType");
			}
			else {
				this.fields.unknownFields(decisionNode, DECISION, dat);
				String architecture = ImportParser.text(decisionNode, "architecture", dat, 100, false,
						this.fields.problems());
				if (architecture != null && catalogue != null && !catalogue.architectures().contains(architecture)) {
					this.fields.problem(dat + "architecture", "unknownArchitecture");
				}
				if (architecture == null && "accepted".equals(status)) {
					this.fields.problem(dat + "architecture", "required");
				}
				String rationale = ImportParser.text(decisionNode, "rationale", dat, Decision.RATIONALE_MAX, false,
						this.fields.problems());
				String deciders = ImportParser.text(decisionNode, "deciders", dat, Decision.DECIDERS_MAX, false,
						this.fields.problems());
				Instant decidedAt = this.fields.time(decisionNode, "decidedAt", dat, updatedAt);
				JsonNode replacement = decisionNode.get("supersededBy");
				if (replacement != null && !replacement.isNull()) {
					if (!replacement.isIntegralNumber() || !replacement.canConvertToInt() || replacement.intValue() < 0
							|| replacement.intValue() >= count || replacement.intValue() == index) {
						this.fields.problem(dat + "supersededBy", "badReference");
					}
					else {
						supersededBy = replacement.intValue();
					}
				}
				decision = new AssessmentArchive.RecordedDecision(architecture, rationale, deciders, decidedAt);
			}
		}
		else if ("accepted".equals(status)) {
			this.fields.problem(at + "decision", "required");
		}
		List<AssessmentArchive.RecordedRevision> revisions = revisions(node, at, wizardStep);
		List<WorkspaceArchive.CommentEntry> comments = comments(node, at, createdAt);
		List<WorkspaceArchive.VoteEntry> votes = votes(node, at, catalogue, createdAt);
		if (title == null || catalogue == null || status == null) {
			return null;
		}
		AssessmentArchive.Recorded recorded = new AssessmentArchive.Recorded(title, description, scoring.catalogueId(),
				catalogue.version(), answers, priorities, costs(assumptions), wizardStep, status, decision, createdAt,
				updatedAt, revisions);
		return new Entry(recorded, supersededBy, comments, votes);
	}

	private List<AssessmentArchive.RecordedRevision> revisions(JsonNode node, String at, int wizardStep) {
		List<JsonNode> items = this.fields.array(node, "revisions", at, MAX_REVISIONS, false);
		if (wizardStep != 0 && !items.isEmpty()) {
			this.fields.problem(at + "revisions", "draftHasRevisions");
		}
		List<AssessmentArchive.RecordedRevision> revisions = new ArrayList<>();
		int previous = 0;
		for (int j = 0; j < items.size(); j++) {
			String rat = at + "revisions[" + j + "].";
			JsonNode item = items.get(j);
			if (!item.isObject()) {
				this.fields.problem(rat.substring(0, rat.length() - 1), "wrongType");
				continue;
			}
			this.fields.unknownFields(item, REVISION, rat);
			int number = this.fields.integer(item, "number", rat, -1, 1, Integer.MAX_VALUE);
			if (number >= 0 && number <= previous) {
				this.fields.problem(rat + "number", "notIncreasing");
			}
			previous = Math.max(previous, number);
			ArchivedCatalogues.Scoring scoring = this.teamCatalogues.scoring(item, rat, this.catalogues);
			Catalogue catalogue = (scoring != null) ? scoring.catalogue() : null;
			Answers answers = (catalogue != null)
					? ImportParser.answers(catalogue, item.get("answers"), rat, this.fields.problems())
					: Answers.empty();
			List<String> priorities = (catalogue != null)
					? ImportParser.priorities(catalogue, item.get("priorities"), rat, this.fields.problems())
					: List.of();
			Map<String, Object> assumptions = ImportParser.assumptions(item.get("assumptions"), rat,
					this.fields.problems());
			Instant createdAt = this.fields.time(item, "createdAt", rat, this.now);
			if (catalogue != null && number > 0) {
				revisions.add(new AssessmentArchive.RecordedRevision(number, scoring.catalogueId(), catalogue.version(),
						answers, priorities, costs(assumptions), createdAt));
			}
		}
		return revisions;
	}

	private List<WorkspaceArchive.CommentEntry> comments(JsonNode node, String at, Instant createdAt) {
		List<WorkspaceArchive.CommentEntry> comments = new ArrayList<>();
		List<JsonNode> items = this.fields.array(node, "comments", at, MAX_COMMENTS, false);
		for (int k = 0; k < items.size(); k++) {
			String cat = at + "comments[" + k + "].";
			JsonNode item = items.get(k);
			if (!item.isObject()) {
				this.fields.problem(cat.substring(0, cat.length() - 1), "wrongType");
				continue;
			}
			this.fields.unknownFields(item, COMMENT, cat);
			ReviewInput input = new ReviewInput();
			String author = input.name(cat + "author", this.fields.string(item, "author", cat));
			String body = input.text(cat + "body", this.fields.string(item, "body", cat), ReviewInput.BODY_MAX);
			this.fields.review(input);
			JsonNode hidden = item.get("hidden");
			if (hidden != null && !hidden.isNull() && !hidden.isBoolean()) {
				this.fields.problem(cat + "hidden", "wrongType");
			}
			comments.add(new WorkspaceArchive.CommentEntry(author, body, hidden != null && hidden.booleanValue(),
					this.fields.time(item, "createdAt", cat, createdAt)));
		}
		return comments;
	}

	private List<WorkspaceArchive.VoteEntry> votes(JsonNode node, String at, Catalogue catalogue, Instant createdAt) {
		List<WorkspaceArchive.VoteEntry> votes = new ArrayList<>();
		Set<String> voters = new HashSet<>();
		List<JsonNode> items = this.fields.array(node, "votes", at, MAX_VOTES, false);
		for (int v = 0; v < items.size(); v++) {
			String vat = at + "votes[" + v + "].";
			JsonNode item = items.get(v);
			if (!item.isObject()) {
				this.fields.problem(vat.substring(0, vat.length() - 1), "wrongType");
				continue;
			}
			this.fields.unknownFields(item, VOTE, vat);
			ReviewInput input = new ReviewInput();
			String voter = input.name(vat + "voter", this.fields.string(item, "voter", vat));
			String architecture = input.choice(vat + "architecture", this.fields.string(item, "architecture", vat),
					(catalogue != null) ? catalogue.architectures() : List.of());
			this.fields.review(input);
			if (!voter.isEmpty() && !voters.add(ReviewInput.voterKey(voter))) {
				this.fields.problem(vat + "voter", "duplicate");
			}
			Instant cast = this.fields.time(item, "createdAt", vat, createdAt);
			votes.add(new WorkspaceArchive.VoteEntry(voter, architecture, cast,
					this.fields.time(item, "updatedAt", vat, cast)));
		}
		return votes;
	}

	private String status(JsonNode node, String at, int wizardStep) {
		String status = ImportParser.text(node, "status", at, 40, false, this.fields.problems());
		if (status == null) {
			return Status.DRAFT.id();
		}
		if (Status.of(status).isEmpty()) {
			this.fields.problem(at + "status", "unknownStatus");
			return null;
		}
		if (wizardStep != 0 && !Status.DRAFT.id().equals(status)) {
			this.fields.problem(at + "status", "draftOnly");
			return null;
		}
		return status;
	}

	private static CostAssumptions costs(Map<String, Object> changed) {
		return CostAssumptions.fromMap(changed);
	}

	private static JsonMapper mapper(long maxBytes) {
		return JsonMapper
			.builder(JsonFactory.builder()
				.streamReadConstraints(StreamReadConstraints.builder()
					.maxNestingDepth(16)
					.maxStringLength(20_000)
					.maxNumberLength(40)
					.maxDocumentLength(maxBytes)
					.build())
				.build())
			.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
			.build();
	}

}
