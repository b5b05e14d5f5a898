package io.archfit.assessment.web;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import io.archfit.assessment.Assessments;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The landing page: what ArchFit does, a way in, and the assessments this browser
 * created.
 */
@Controller
class HomeController {

	private final Assessments assessments;

	private final RecentAssessments recent;

	HomeController(Assessments assessments, RecentAssessments recent) {
		this.assessments = assessments;
		this.recent = recent;
	}

	/** One of this browser's assessments, with the owner link it was created with. */
	public record RecentItem(String title, String ownerUrl, String recommended, boolean complete,
			OffsetDateTime updatedAt) {

	}

	@GetMapping("/")
	String home(HttpServletRequest request, @RequestParam(required = false) String done, Model model) {
		model.addAttribute("deleted", "deleted".equals(done));
		List<RecentItem> items = new ArrayList<>();
		this.assessments.byOwnerKeys(this.recent.ownerKeys(request))
			.forEach((key, a) -> items.add(new RecentItem(a.title(), "/o/" + key,
					a.isComplete() ? a.recommended() : null, a.isComplete(), a.updatedAt().atOffset(ZoneOffset.UTC))));
		model.addAttribute("recent", items);
		return "assessment/home";
	}

}
