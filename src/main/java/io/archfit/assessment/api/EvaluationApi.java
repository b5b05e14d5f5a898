package io.archfit.assessment.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.archfit.assessment.Assessment;
import io.archfit.assessment.Assessments;
import io.archfit.assessment.Engine;
import io.archfit.catalogue.Catalogue;
import io.archfit.evaluation.Answers;
import io.archfit.evaluation.CostAssumptions;
import io.archfit.evidence.Evidence;
import io.archfit.system.KeyMisses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Stateless scoring: answers in, explained evaluation out; nothing is saved.
 */
@RestController
@Tag(name = "Evaluations", description = "Score answers without saving them")
class EvaluationApi {

	private final Engine engine;

	private final ApiRequests requests;

	private final MessageSource messages;

	private final Evidence evidence;

	private final Assessments assessments;

	EvaluationApi(Engine engine, Assessments assessments, ApiRequests requests, MessageSource messages,
			Evidence evidence) {
		this.engine = engine;
		this.assessments = assessments;
		this.requests = requests;
		this.messages = messages;
		this.evidence = evidence;
	}

	/**
	 * The request body: trait answers, up to three priority criteria, cost assumptions
	 * that differ from the defaults and, to score with a workspace's own catalogue, the
	 * workspace's view key, or the view key of an assessment in it (what its what-if page
	 * scores with; the wizard's live ranking sends it).
	 */
	record EvaluationRequest(Map<String, Object> answers, List<Object> priorities, Map<String, Object> assumptions,
			String workspace, String assessment) {

	}

	@Operation(summary = "Score a set of answers",
			description = "Returns the ranking, per-criterion scores with reasons and their sources, similarities "
					+ "and differences of the top two, risks, tipping points, unanswered traits, the monthly cost "
					+ "estimate, the confidence (with its level and whether it is a close call) and the three "
					+ "public cases nearest to the answers (similarCases). With \"workspace\" (a workspace's view "
					+ "key) the answers are scored with the workspace's own catalogue, with \"assessment\" (an "
					+ "assessment's view key) with the catalogue its workspace uses now; catalogue names the one "
					+ "used.")
	@PostMapping(path = "/api/v1/evaluations", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	EvaluationJson evaluate(@RequestBody EvaluationRequest request, Locale locale, HttpServletRequest servletRequest) {
		ApiRequests.Check check = this.requests.check(locale);
		Long workspaceId = null;
		if (request.workspace() != null) {
			workspaceId = this.assessments.findViewedWorkspace(request.workspace()).orElse(null);
			if (workspaceId == null) {
				KeyMisses.count(servletRequest);
				check.error("workspace", "unknownWorkspaceView");
			}
		}
		if (request.assessment() != null) {
			if (request.workspace() != null) {
				check.error("assessment", "workspaceOrAssessment");
			}
			Optional<Assessment> assessment = this.assessments.findByViewKey(request.assessment());
			if (assessment.isEmpty()) {
				KeyMisses.count(servletRequest);
				check.error("assessment", "unknownAssessmentView");
			}
			else if (request.workspace() == null) {
				workspaceId = assessment.get().workspaceId();
			}
		}
		Catalogue catalogue = this.assessments.catalogueFor(workspaceId);
		Answers answers = check.answers(catalogue, request.answers());
		List<String> priorities = check.priorities(catalogue, request.priorities());
		CostAssumptions assumptions = check.assumptions(request.assumptions());
		check.complete();
		return EvaluationJson.of(this.engine.evaluate(catalogue, answers, priorities, assumptions), catalogue, answers,
				this.evidence, this.messages, locale);
	}

}
