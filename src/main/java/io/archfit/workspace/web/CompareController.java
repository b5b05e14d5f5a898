package io.archfit.workspace.web;

import java.util.List;
import java.util.Locale;

import io.archfit.workspace.Comparisons;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Two to four assessments side by side, picked on a workspace page or pasted as view
 * links.
 */
@Controller
class CompareController {

	private final Comparisons comparisons;

	private final MessageSource messages;

	CompareController(Comparisons comparisons, MessageSource messages) {
		this.comparisons = comparisons;
		this.messages = messages;
	}

	@GetMapping("/compare")
	String compare(@RequestParam(required = false) List<String> keys, Model model, Locale locale,
			HttpServletResponse response) {
		if (keys == null || keys.stream().allMatch(String::isBlank)) {
			model.addAttribute("keys", "");
			model.addAttribute("error", null);
			return "workspace/compare-form";
		}
		Comparisons.Keys read = Comparisons.read(keys);
		String problem = (read.problem() != null) ? read.problem() : (read.malformed() ? "malformed" : null);
		if (problem != null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("keys", String.join("\n", keys));
			model.addAttribute("error", this.messages.getMessage("compare.problem." + problem,
					new Object[] { Comparisons.MIN, Comparisons.MAX }, locale));
			return "workspace/compare-form";
		}
		if (!read.keys().equals(keys)) {
			return "redirect:/compare?keys=" + String.join(",", read.keys());
		}
		Comparisons.SideBySide sides = this.comparisons.compare(read.keys());
		model.addAttribute("catalogueTexts", sides.texts());
		model.addAttribute("compare", CompareView.of(sides));
		return "workspace/compare";
	}

}
