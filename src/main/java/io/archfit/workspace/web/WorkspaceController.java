package io.archfit.workspace.web;

import java.util.HashSet;

import java.util.HashMap;

import java.util.ArrayList;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.archfit.assessment.Engine;
import io.archfit.system.KeyMisses;
import io.archfit.system.LinkPreview;
import io.archfit.system.NotFoundException;
import io.archfit.workspace.ListQuery;
import io.archfit.workspace.Workspace;
import io.archfit.workspace.WorkspaceSection;
import io.archfit.workspace.Workspaces;
import io.archfit.workspace.catalogue.PublishedVersion;
import io.archfit.workspace.catalogue.TeamCatalogues;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Workspaces in the browser: create one, its list under the view link, and under the
 * owner link the list plus rename, renew links, add assessments and delete.
 */
@Controller
class WorkspaceController {

	private static final Set<String> CONFIRMATIONS = Set.of("created", "renamed", "viewRotated", "ownerRotated",
			"movedIn");

	/** An owner link as pasted (or the bare key). */
	private static final Pattern OWNER_LINK = Pattern.compile("(?:^|/o/)([A-Za-z0-9_-]{32})(?:[/?#].*)?$");

	private final Workspaces workspaces;

	private final Engine engine;

	private final MessageSource messages;

	private final List<WorkspaceSection> sections;

	private final Set<String> confirmations;

	private final TeamCatalogues catalogues;

	WorkspaceController(Workspaces workspaces, Engine engine, MessageSource messages, List<WorkspaceSection> sections,
			TeamCatalogues catalogues) {
		this.workspaces = workspaces;
		this.catalogues = catalogues;
		this.engine = engine;
		this.messages = messages;
		this.sections = List.copyOf(sections);
		Set<String> codes = new HashSet<>(CONFIRMATIONS);
		sections.forEach((section) -> codes.addAll(section.confirmations()));
		this.confirmations = Set.copyOf(codes);
	}

	@GetMapping("/workspaces/new")
	String newWorkspace(@RequestParam(required = false) String done, Model model) {
		model.addAttribute("name", "");
		model.addAttribute("errors", Map.of());
		model.addAttribute("done", "deleted".equals(done) ? done : null);
		return "workspace/new";
	}

	@PostMapping("/workspaces")
	String create(@RequestParam(required = false) String name, Model model, Locale locale,
			HttpServletResponse response) {
		String value = (name != null) ? name.strip() : "";
		Map<String, String> errors = nameErrors(value, locale);
		if (!errors.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("name", value);
			model.addAttribute("errors", errors);
			return "workspace/new";
		}
		Workspaces.Owned owned = this.workspaces.create(value);
		return "redirect:/wo/" + owned.ownerKey() + "?done=created";
	}

	@GetMapping("/w/{viewKey}")
	String view(@PathVariable String viewKey, @RequestParam Map<String, String> params, Model model, Locale locale,
			HttpServletResponse response) {
		Workspace workspace = this.workspaces.byViewKey(viewKey);
		String page = filtered(model, workspace, "/w/" + viewKey, null, params, locale, response);
		if (model.getAttribute("list") instanceof ListPage list) {
			model.addAttribute("linkPreview",
					new LinkPreview(workspace.name(), message("preview.workspace", locale, list.total())));
		}
		return page;
	}

	@GetMapping("/wo/{ownerKey}")
	String owner(@PathVariable String ownerKey, @RequestParam Map<String, String> params, Model model, Locale locale,
			HttpServletResponse response) {
		Workspace workspace = this.workspaces.byOwnerKey(ownerKey);
		String done = params.get("done");
		model.addAttribute("done", (done != null && this.confirmations.contains(done)) ? done : null);
		return filtered(model, workspace, "/wo/" + ownerKey, ownerKey, params, locale, response);
	}

	/**
	 * The list as the filters ask; a filter that is not valid is left out and named with
	 * its problem above the list, answered with 400.
	 */
	private String filtered(Model model, Workspace workspace, String base, String ownerKey, Map<String, String> params,
			Locale locale, HttpServletResponse response) {
		ListQuery.Read read = ListQuery.read(params.get("q"), params.get("status"), params.get("recommended"),
				params.get("sort"), params.get("page"), null, this.engine.catalogue().architectures());
		Map<String, String> filterErrors = new LinkedHashMap<>();
		read.problems()
			.forEach((field, code) -> filterErrors.put(field, message("problem." + code, locale, ListQuery.Q_MAX)));
		if (!filterErrors.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		model.addAttribute("filterErrors", filterErrors);
		return list(model, workspace, base, ownerKey, read.query());
	}

	@PostMapping("/wo/{ownerKey}/rename")
	String rename(@PathVariable String ownerKey, @RequestParam(required = false) String name, Model model,
			Locale locale, HttpServletResponse response) {
		Workspace workspace = this.workspaces.byOwnerKey(ownerKey);
		String value = (name != null) ? name.strip() : "";
		Map<String, String> errors = nameErrors(value, locale);
		if (!errors.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("errors", errors);
			model.addAttribute("name", value);
			return list(model, workspace, "/wo/" + ownerKey, ownerKey, ListQuery.firstPage());
		}
		this.workspaces.rename(ownerKey, value);
		return "redirect:/wo/" + ownerKey + "?done=renamed";
	}

	@PostMapping("/wo/{ownerKey}/rotate-view")
	String rotateView(@PathVariable String ownerKey) {
		this.workspaces.rotateViewKey(ownerKey);
		return "redirect:/wo/" + ownerKey + "?done=viewRotated";
	}

	@PostMapping("/wo/{ownerKey}/rotate-owner")
	String rotateOwner(@PathVariable String ownerKey) {
		Workspaces.Owned owned = this.workspaces.rotateOwnerKey(ownerKey);
		return "redirect:/wo/" + owned.ownerKey() + "?done=ownerRotated";
	}

	@PostMapping("/wo/{ownerKey}/move-in")
	String moveIn(@PathVariable String ownerKey, @RequestParam(required = false) String link, Model model,
			Locale locale, HttpServletRequest request, HttpServletResponse response) {
		Workspace workspace = this.workspaces.byOwnerKey(ownerKey);
		Matcher matcher = OWNER_LINK.matcher((link != null) ? link.strip() : "");
		String error = null;
		if (!matcher.find()) {
			error = message("workspace.moveIn.malformed", locale);
		}
		else {
			try {
				this.workspaces.moveIn(ownerKey, matcher.group(1));
			}
			catch (NotFoundException ex) {
				KeyMisses.count(request);
				error = message("workspace.moveIn.unknown", locale);
			}
		}
		if (error != null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("errors", Map.of("link", error));
			model.addAttribute("link", link);
			return list(model, workspace, "/wo/" + ownerKey, ownerKey, ListQuery.firstPage());
		}
		return "redirect:/wo/" + ownerKey + "?done=movedIn";
	}

	@GetMapping("/wo/{ownerKey}/delete")
	String confirmDelete(@PathVariable String ownerKey, Model model) {
		model.addAttribute("workspace", this.workspaces.byOwnerKey(ownerKey));
		model.addAttribute("ownerKey", ownerKey);
		return "workspace/delete";
	}

	@PostMapping("/wo/{ownerKey}/delete")
	String delete(@PathVariable String ownerKey) {
		this.workspaces.delete(ownerKey);
		return "redirect:/workspaces/new?done=deleted";
	}

	private String list(Model model, Workspace workspace, String base, String ownerKey, ListQuery query) {
		model.addAttribute("workspace", workspace);
		model.addAttribute("list", ListPage.of(base, query, this.workspaces.assessments(workspace, query)));
		model.addAttribute("statuses", ListQuery.STATUSES);
		model.addAttribute("sorts", List.of(ListQuery.Sort.values()));
		model.addAttribute("architectures", this.engine.catalogue().architectures());
		PublishedVersion teamCatalogue = this.catalogues.latestVersion(workspace.id()).orElse(null);
		model.addAttribute("teamCatalogue", teamCatalogue);
		model.addAttribute("teamCatalogueBase", (teamCatalogue != null) ? this.catalogues.baseOf(teamCatalogue) : null);
		model.addAttribute("builtInVersion", this.engine.catalogue().version());
		model.addAttribute("owner", ownerKey != null);
		model.addAttribute("ownerKey", ownerKey);
		if (!model.containsAttribute("filterErrors")) {
			model.addAttribute("filterErrors", Map.of());
		}
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		if (!model.containsAttribute("name")) {
			model.addAttribute("name", workspace.name());
		}
		List<String> fragments = new ArrayList<>();
		if (ownerKey != null) {
			String root = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
			model.addAttribute("viewUrl", root + "/w/" + workspace.viewKey());
			model.addAttribute("ownerUrl", root + "/wo/" + ownerKey);
			Map<String, Object> attributes = new HashMap<>();
			for (WorkspaceSection section : this.sections) {
				section.contribute(workspace, ownerKey, attributes);
				fragments.add(section.fragment());
			}
			attributes.forEach((name, value) -> {
				if (!model.containsAttribute(name)) {
					model.addAttribute(name, value);
				}
			});
		}
		model.addAttribute("workspaceSections", fragments);
		return "workspace/list";
	}

	private Map<String, String> nameErrors(String name, Locale locale) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (name.isEmpty()) {
			errors.put("name", message("problem.required", locale));
		}
		else if (name.length() > Workspace.NAME_MAX) {
			errors.put("name", message("problem.tooLong", locale, Workspace.NAME_MAX));
		}
		else if (name.chars().anyMatch(Character::isISOControl)) {
			errors.put("name", message("problem.controlCharacters", locale));
		}
		return errors;
	}

	private String message(String code, Locale locale, Object... args) {
		return this.messages.getMessage(code, args, locale);
	}

}
