package io.archfit.review.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.archfit.assessment.ReportSection;
import io.archfit.evaluation.Evaluation;
import io.archfit.evaluation.RankedArchitecture;
import io.archfit.review.Comments;
import io.archfit.review.Tally;
import io.archfit.review.Vote;
import io.archfit.review.Votes;

import io.archfit.system.RenderedFragments;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The review's parts of the report: the status and recorded decision next to the
 * recommendation, the vote tally after the ranking, the comments at the end.
 */
@Configuration(proxyBeanMethods = false)
class ReviewSections {

	/** Comments shown on the report before "show all". */
	static final int COMMENTS_SHOWN = 50;

	static String base(ReportSection.Context context) {
		return context.owner() ? "/o/" + context.ownerKey() : "/a/" + context.assessment().viewKey();
	}

	static List<String> rankingOrder(Evaluation evaluation) {
		return evaluation.ranking().stream().map(RankedArchitecture::architecture).toList();
	}

	private static void common(ReportSection.Context context, Map<String, Object> model) {
		model.put("reviewBase", base(context));
		model.putIfAbsent("reviewErrors", ReviewViews.noErrors());
	}

	@Bean
	ReportSection reviewDecisionSection() {
		return new Section(ReportSection.Slot.AFTER_RECOMMENDATION, "review/report :: decision", Set.of("decided"),
				new ReportSection.Contents("decision", "review.decision.title"), (context, model) -> {
					common(context, model);
					Evaluation evaluation = context.evaluation();
					model.put("reviewDecision", ReviewViews.DecisionView.of(context.assessment(),
							evaluation.recommended(), rankingOrder(evaluation)));
					model.put("reviewDecisionForm",
							new ReviewViews.DecisionForm(null, evaluation.recommended(), "", "", ""));
				});
	}

	@Bean
	ReportSection reviewVotesSection(Votes votes, RenderedFragments fragments) {
		return new Section(ReportSection.Slot.AFTER_RANKING, "review/report :: votes", Set.of("voted"),
				new ReportSection.Contents("votes", "review.votes.title"), (context, model) -> {
					common(context, model);
					String name = ReviewerName.current();
					Vote mine = votes.voteOf(context.assessment(), name);
					Tally tally = votes.tally(context.assessment(), context.evaluation());
					model.put("reviewTallyHtml", fragments.html("review/report", "votes-tally", tally,
							LocaleContextHolder.getLocale(), () -> Map.of("reviewTally", tally)));
					model.put("reviewArchitectures", rankingOrder(context.evaluation()));
					model.put("reviewVoteForm",
							new ReviewViews.VoteForm(name, (mine != null) ? mine.architecture() : null));
				});
	}

	@Bean
	ReportSection reviewCommentsSection(Comments comments, RenderedFragments fragments) {
		return new Section(ReportSection.Slot.END, "review/report :: comments",
				Set.of("commented", "commentHidden", "commentShown"),
				new ReportSection.Contents("comments", "review.contents.comments"), (context, model) -> {
					common(context, model);
					boolean all = "all".equals(ReviewerName.parameter("comments"));
					Comments.Latest latest = comments.latest(context.assessment(), context.owner(),
							all ? 0 : COMMENTS_SHOWN);
					ReviewViews.CommentsView shown = new ReviewViews.CommentsView(
							latest.comments().stream().map(ReviewViews.CommentView::of).toList(), latest.total(),
							latest.complete(), COMMENTS_SHOWN);
					String showAll = context.contextPath() + base(context) + "?comments=all#comments";
					model.put("reviewComments", shown);
					model.put("reviewShowAll", showAll);
					// a reader's list has no form: rendered once per list and language
					model.put("reviewCommentsHtml",
							context.owner() ? null : fragments.verbatim("review/report", "comments-list",
									List.of(shown, showAll), LocaleContextHolder.getLocale(),
									() -> Map.of("reviewComments", shown, "reviewShowAll", showAll, "owner", false)));
					model.put("reviewCommentForm", new ReviewViews.CommentForm(ReviewerName.current(), ""));
				});
	}

	/** What a section adds to the model. */
	interface Contribution {

		void contribute(ReportSection.Context context, Map<String, Object> model);

	}

	record Section(ReportSection.Slot slot, String fragment, Set<String> confirmations, ReportSection.Contents contents,
			Contribution contribution) implements ReportSection {

		@Override
		public void contribute(Context context, Map<String, Object> model) {
			this.contribution.contribute(context, model);
		}

	}

}
