package io.archfit.assessment.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.archfit.assessment.Assessment;
import io.archfit.assessment.Assessments;
import io.archfit.assessment.Engine;
import io.archfit.catalogue.Catalogue;
import io.archfit.evaluation.Answers;
import io.archfit.evaluation.CostAssumptions;
import io.archfit.evidence.Evidence;
import io.archfit.system.ForbiddenException;
import io.archfit.system.KeyMisses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Saved assessments over JSON. Reading takes the view key in the path; changing takes the
 * owner key in the {@code X-Owner-Key} header, never in the URL.
 */
@RestController
@Tag(name = "Assessments", description = "Saved assessments, shared by view and owner keys")
class AssessmentApi {

	static final String OWNER_KEY_HEADER = "X-Owner-Key";

	private final Assessments assessments;

	private final Engine engine;

	private final ApiRequests requests;

	private final MessageSource messages;

	private final Evidence evidence;

	AssessmentApi(Assessments assessments, Engine engine, ApiRequests requests, MessageSource messages,
			Evidence evidence) {
		this.assessments = assessments;
		this.engine = engine;
		this.requests = requests;
		this.messages = messages;
		this.evidence = evidence;
	}

	/**
	 * A new assessment: title, optional description, answers and up to three priorities;
	 * optionally the OWNER key of a workspace to create it in (only a workspace's owner
	 * may add to it); it is then scored with the workspace's own catalogue if it has one.
	 */
	record CreateRequest(String title, String description, Map<String, Object> answers, List<Object> priorities,
			String workspaceKey, Map<String, Object> assumptions) {

	}

	/**
	 * New answers (and optionally priorities); {@code version} guards against lost
	 * updates.
	 */
	record AnswersRequest(Map<String, Object> answers, List<Object> priorities, Map<String, Object> assumptions,
			Long version) {

	}

	/** The links of a new assessment. The owner key is shown only here. */
	record Created(String viewKey, String ownerKey, String viewUrl, String ownerUrl) {

	}

	/** An assessment with its current evaluation. */
	record AssessmentJson(String viewKey, String title, String description, String status, int revision, long version,
			EvaluationJson.CatalogueRef catalogue, String catalogueVersion, Instant createdAt, Instant updatedAt,
			Map<String, String> answers, List<String> priorities, EvaluationJson evaluation) {

	}

	@Operation(summary = "Save a new assessment",
			description = "Returns the view and owner links. To create it in a workspace, pass the workspace's "
					+ "owner key (not its view key) as workspaceKey: only a workspace's owner may add to it.")
	@PostMapping(path = "/api/v1/assessments", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Created> create(@RequestBody CreateRequest request, Locale locale,
			HttpServletRequest servletRequest) {
		ApiRequests.Check check = this.requests.check(locale);
		Long workspaceId = null;
		if (request.workspaceKey() != null) {
			workspaceId = this.assessments.findWorkspace(request.workspaceKey()).orElse(null);
			if (workspaceId == null) {
				KeyMisses.count(servletRequest);
				check.error("workspaceKey", "unknownWorkspace");
			}
		}
		Catalogue catalogue = this.assessments.catalogueFor(workspaceId);
		String title = check.title(request.title(), true);
		String description = check.description(request.description());
		Answers answers = check.answers(catalogue, request.answers());
		List<String> priorities = check.priorities(catalogue, request.priorities());
		CostAssumptions assumptions = check.assumptions(request.assumptions());
		check.complete();
		Assessments.Owned owned = this.assessments.create(title, description, answers, priorities, assumptions,
				workspaceId);
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		String viewKey = owned.assessment().viewKey();
		Created created = new Created(viewKey, owned.ownerKey(), base + "/a/" + viewKey,
				base + "/o/" + owned.ownerKey());
		return ResponseEntity.created(URI.create(base + "/api/v1/assessments/" + viewKey)).body(created);
	}

	@Operation(summary = "Read an assessment and its current evaluation")
	@GetMapping(path = "/api/v1/assessments/{viewKey}", produces = MediaType.APPLICATION_JSON_VALUE)
	AssessmentJson read(@PathVariable String viewKey, Locale locale) {
		return json(this.assessments.byViewKey(viewKey), locale);
	}

	@Operation(summary = "Replace the answers",
			description = "Needs the owner key in the X-Owner-Key header. "
					+ "Each change of answers or priorities makes a new revision.")
	@PutMapping(path = "/api/v1/assessments/{viewKey}/answers", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	AssessmentJson replaceAnswers(@PathVariable String viewKey, @RequestHeader(OWNER_KEY_HEADER) String ownerKey,
			@RequestBody AnswersRequest request, Locale locale) {
		Assessment assessment = owned(viewKey, ownerKey);
		Catalogue catalogue = this.assessments.catalogueFor(assessment.workspaceId());
		ApiRequests.Check check = this.requests.check(locale);
		Answers answers = check.answers(catalogue, request.answers());
		if (request.answers() == null) {
			check.error("answers", "required");
		}
		List<String> priorities = (request.priorities() != null) ? check.priorities(catalogue, request.priorities())
				: assessment.priorities();
		CostAssumptions assumptions = check.assumptions(request.assumptions());
		check.complete();
		long version = (request.version() != null) ? request.version() : assessment.version();
		return json(this.assessments.revise(ownerKey, version, answers, priorities, assumptions), locale);
	}

	/**
	 * The assessment behind the view key, if the owner key is its owner's; else 404 or
	 * 403.
	 */
	private Assessment owned(String viewKey, String ownerKey) {
		Assessment assessment = this.assessments.byViewKey(viewKey);
		boolean matches = this.assessments.findByOwnerKey(ownerKey)
			.map((owner) -> owner.id().equals(assessment.id()))
			.orElse(false);
		if (!matches) {
			throw new ForbiddenException("problem.ownerKeyMismatch");
		}
		return assessment;
	}

	private AssessmentJson json(Assessment assessment, Locale locale) {
		Catalogue catalogue = this.engine.catalogueOf(assessment);
		EvaluationJson evaluation = assessment.isComplete()
				? EvaluationJson.of(this.assessments.evaluationOf(assessment), catalogue, assessment.answers(),
						this.evidence, this.messages, locale)
				: null;
		return new AssessmentJson(assessment.viewKey(), assessment.title(), assessment.description(),
				assessment.status().id(), assessment.revision(), assessment.version(),
				new EvaluationJson.CatalogueRef(assessment.catalogueId(), assessment.catalogueVersion()),
				assessment.catalogueVersion(), assessment.createdAt(), assessment.updatedAt(),
				assessment.answers().asMap(), assessment.priorities(), evaluation);
	}

}
