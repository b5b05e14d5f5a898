package io.archfit.review.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.archfit.assessment.Assessment;
import io.archfit.assessment.Assessments;
import io.archfit.assessment.DecisionRefusedException;
import io.archfit.assessment.StatusChange;
import io.archfit.review.Comments;
import io.archfit.review.DecisionMessages;
import io.archfit.review.InvalidReviewException;
import io.archfit.review.Votes;
import io.archfit.system.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Comments, votes and the decision from the report page. Each post returns to the report
 * with a confirmation; input with problems comes back on a page of its own with the
 * message next to the field and what was typed kept.
 */
@Controller
class ReviewController {

	private final Assessments assessments;

	private final Comments comments;

	private final Votes votes;

	private final DecisionMessages messages;

	ReviewController(Assessments assessments, Comments comments, Votes votes, DecisionMessages messages) {
		this.assessments = assessments;
		this.comments = comments;
		this.votes = votes;
		this.messages = messages;
	}

	@PostMapping("/a/{viewKey}/comments")
	String comment(@PathVariable String viewKey, @RequestParam(required = false) String author,
			@RequestParam(required = false) String body, Model model, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		return comment(this.assessments.byViewKey(viewKey), "/a/" + viewKey, author, body, model, locale, request,
				response);
	}

	@PostMapping("/o/{ownerKey}/comments")
	String ownerComment(@PathVariable String ownerKey, @RequestParam(required = false) String author,
			@RequestParam(required = false) String body, Model model, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		return comment(this.assessments.byOwnerKey(ownerKey), "/o/" + ownerKey, author, body, model, locale, request,
				response);
	}

	@PostMapping("/a/{viewKey}/votes")
	String vote(@PathVariable String viewKey, @RequestParam(required = false) String voter,
			@RequestParam(required = false) String architecture, Model model, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		return vote(this.assessments.byViewKey(viewKey), "/a/" + viewKey, voter, architecture, model, locale, request,
				response);
	}

	@PostMapping("/o/{ownerKey}/votes")
	String ownerVote(@PathVariable String ownerKey, @RequestParam(required = false) String voter,
			@RequestParam(required = false) String architecture, Model model, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		return vote(this.assessments.byOwnerKey(ownerKey), "/o/" + ownerKey, voter, architecture, model, locale,
				request, response);
	}

	@PostMapping("/o/{ownerKey}/comments/{id}/hide")
	String hide(@PathVariable String ownerKey, @PathVariable String id) {
		this.comments.setHidden(this.assessments.byOwnerKey(ownerKey), commentId(id), true);
		return "redirect:/o/" + ownerKey + "?done=commentHidden#comment-" + commentId(id);
	}

	@PostMapping("/o/{ownerKey}/comments/{id}/unhide")
	String unhide(@PathVariable String ownerKey, @PathVariable String id) {
		this.comments.setHidden(this.assessments.byOwnerKey(ownerKey), commentId(id), false);
		return "redirect:/o/" + ownerKey + "?done=commentShown#comment-" + commentId(id);
	}

	@PostMapping("/o/{ownerKey}/decision")
	String decide(@PathVariable String ownerKey, @RequestParam(required = false) String status,
			@RequestParam(required = false) String architecture, @RequestParam(required = false) String rationale,
			@RequestParam(required = false) String deciders, @RequestParam(required = false) String supersededBy,
			Model model, Locale locale, HttpServletResponse response) {
		Assessment assessment = this.assessments.byOwnerKey(ownerKey);
		StatusChange change = new StatusChange(status, architecture, rationale, deciders, viewKeyIn(supersededBy));
		try {
			this.assessments.changeStatus(ownerKey, change);
			return "redirect:/o/" + ownerKey + "?done=decided#decision";
		}
		catch (DecisionRefusedException ex) {
			response.setStatus(
					ex.transitionRefused() ? HttpStatus.CONFLICT.value() : HttpStatus.UNPROCESSABLE_CONTENT.value());
			Assessment latest = this.assessments.byOwnerKey(ownerKey);
			model.addAttribute("reviewDecision",
					ReviewViews.DecisionView.of(latest, latest.recommended(), this.votesOrder(latest)));
			model.addAttribute("reviewDecisionForm",
					new ReviewViews.DecisionForm(status, architecture, rationale, deciders, supersededBy));
			return form(model, assessment, "/o/" + ownerKey, "decision",
					Map.of(ex.field(), this.messages.refused(ex, locale)));
		}
	}

	private String comment(Assessment assessment, String base, String author, String body, Model model, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		try {
			this.comments.post(assessment, author, body);
		}
		catch (InvalidReviewException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("reviewCommentForm", new ReviewViews.CommentForm(author, body));
			return form(model, assessment, base, "comment", errors(ex, locale));
		}
		ReviewerName.remember(request, response, author.strip());
		return "redirect:" + base + "?done=commented#comments";
	}

	private String vote(Assessment assessment, String base, String voter, String architecture, Model model,
			Locale locale, HttpServletRequest request, HttpServletResponse response) {
		try {
			this.votes.cast(assessment, voter, architecture);
		}
		catch (InvalidReviewException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("reviewVoteForm", new ReviewViews.VoteForm(voter, architecture));
			model.addAttribute("reviewArchitectures", votesOrder(assessment));
			return form(model, assessment, base, "vote", errors(ex, locale));
		}
		ReviewerName.remember(request, response, voter.strip());
		return "redirect:" + base + "?done=voted#votes";
	}

	private String form(Model model, Assessment assessment, String base, String kind, Map<String, String> errors) {
		model.addAttribute("assessment", assessment);
		model.addAttribute("reviewBase", base);
		model.addAttribute("reviewKind", kind);
		model.addAttribute("reviewErrors", errors);
		return "review/form";
	}

	private Map<String, String> errors(InvalidReviewException ex, Locale locale) {
		Map<String, String> errors = new LinkedHashMap<>();
		ex.problems().forEach((problem) -> errors.putIfAbsent(problem.field(), this.messages.problem(problem, locale)));
		return errors;
	}

	private List<String> votesOrder(Assessment assessment) {
		return ReviewSections.rankingOrder(this.assessments.evaluationOf(assessment));
	}

	private static long commentId(String id) {
		try {
			return Long.parseLong(id);
		}
		catch (NumberFormatException ex) {
			throw new NotFoundException();
		}
	}

	/**
	 * The view key in what the owner pasted: the key itself or a view link ending in
	 * {@code /a/<key>}.
	 */
	static String viewKeyIn(String value) {
		if (value == null) {
			return null;
		}
		String key = value.strip();
		int at = key.lastIndexOf("/a/");
		if (at >= 0) {
			key = key.substring(at + 3);
		}
		key = key.replaceAll("[?#/].*$", "");
		return key;
	}

}
