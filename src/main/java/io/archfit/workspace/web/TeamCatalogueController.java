package io.archfit.workspace.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import io.archfit.catalogue.Catalogue;
import io.archfit.catalogue.CatalogueDiff;
import io.archfit.catalogue.CatalogueException;
import io.archfit.catalogue.CatalogueProblem;
import io.archfit.catalogue.Criterion;
import io.archfit.catalogue.KnockOut;
import io.archfit.catalogue.RiskRule;
import io.archfit.catalogue.Rule;
import io.archfit.catalogue.Step;
import io.archfit.catalogue.Trait;
import io.archfit.system.NotFoundException;
import io.archfit.workspace.Workspace;
import io.archfit.workspace.Workspaces;
import io.archfit.workspace.catalogue.CatalogueDraft;
import io.archfit.workspace.catalogue.CatalogueFormats;
import io.archfit.workspace.catalogue.DraftEdits;
import io.archfit.workspace.catalogue.PublishedVersion;
import io.archfit.workspace.catalogue.TeamCatalogues;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A workspace's own catalogue in the browser. Under the owner link: derive a draft from
 * the built-in catalogue, change it (group and criterion weights, a criterion, a hard
 * limit, a question, a rule, a risk, the removal of any of them, or a whole uploaded
 * document), download it, and publish it as a new version. Every change is checked at
 * once: a change with problems is not kept, and the page comes back with the values
 * entered and every problem with where it is. Under the view link: the published versions
 * and what each changed.
 */
@Controller
class TeamCatalogueController {

	private static final Set<String> CONFIRMATIONS = Set.of("derived", "derivedLatest", "weights", "criterion",
			"knockOut", "question", "rule", "risk", "removed", "uploaded", "published");

	private final Workspaces workspaces;

	private final TeamCatalogues catalogues;

	TeamCatalogueController(Workspaces workspaces, TeamCatalogues catalogues) {
		this.workspaces = workspaces;
		this.catalogues = catalogues;
	}

	@GetMapping("/wo/{ownerKey}/catalogue")
	String edit(@PathVariable String ownerKey, @RequestParam(required = false) String done, Model model) {
		Workspace workspace = this.workspaces.byOwnerKey(ownerKey);
		model.addAttribute("done", (done != null && CONFIRMATIONS.contains(done)) ? done : null);
		return page(model, workspace, ownerKey, List.of(), null, new LinkedMultiValueMap<>());
	}

	@PostMapping("/wo/{ownerKey}/catalogue/derive")
	String derive(@PathVariable String ownerKey, @RequestParam(required = false) String from) {
		long workspace = this.workspaces.byOwnerKey(ownerKey).id();
		if ("latest".equals(from)) {
			this.catalogues.deriveFromLatest(workspace);
			return "redirect:/wo/" + ownerKey + "/catalogue?done=derivedLatest";
		}
		this.catalogues.derive(workspace);
		return "redirect:/wo/" + ownerKey + "/catalogue?done=derived";
	}

	@PostMapping("/wo/{ownerKey}/catalogue/take-built-in")
	String takeBuiltIn(@PathVariable String ownerKey, Model model, HttpServletResponse response) {
		Workspace workspace = this.workspaces.byOwnerKey(ownerKey);
		if (this.catalogues.draft(workspace.id()).isEmpty()) {
			return "redirect:/wo/" + ownerKey + "/catalogue";
		}
		try {
			model.addAttribute("merged", this.catalogues.takeBuiltIn(workspace.id()));
			model.addAttribute("mergedVersion", this.catalogues.current().version());
			return page(model, workspace, ownerKey, List.of(), null, new LinkedMultiValueMap<>());
		}
		catch (CatalogueException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(model, workspace, ownerKey, ex.details(), "take", new LinkedMultiValueMap<>());
		}
	}

	@PostMapping("/wo/{ownerKey}/catalogue/weights")
	String weights(@PathVariable String ownerKey, @RequestParam MultiValueMap<String, String> form, Model model,
			HttpServletResponse response) {
		return change(ownerKey, "weights", form, model, response, (draft) -> {
			List<String> problems = new ArrayList<>();
			List<String> groups = List.copyOf(draft.catalogue().groupWeights().keySet());
			Map<String, Double> weights = CatalogueForms.weights(form, groups, problems);
			Map<String, Double> criterionWeights = CatalogueForms.criterionWeights(form,
					draft.catalogue().criteria().stream().map(Criterion::id).toList(), problems);
			return problems.isEmpty() ? DraftEdits.weights(draft.json(), weights, criterionWeights)
					: fieldProblem(problems);
		});
	}

	@PostMapping("/wo/{ownerKey}/catalogue/criteria")
	String criterion(@PathVariable String ownerKey, @RequestParam MultiValueMap<String, String> form, Model model,
			HttpServletResponse response) {
		return change(ownerKey, "criterion", form, model, response, (draft) -> {
			List<String> problems = new ArrayList<>();
			Double weight = CatalogueForms.relativeWeight(form, "weight", problems);
			return problems.isEmpty()
					? DraftEdits.criterion(draft.json(), CatalogueForms.text(form, "id"),
							CatalogueForms.text(form, "group"), CatalogueForms.text(form, "kind"), weight,
							CatalogueForms.text(form, "nameEn"), CatalogueForms.text(form, "nameDe"),
							CatalogueForms.text(form, "descriptionEn"), CatalogueForms.text(form, "descriptionDe"))
					: fieldProblem(problems);
		});
	}

	@PostMapping("/wo/{ownerKey}/catalogue/remove")
	String remove(@PathVariable String ownerKey, @RequestParam MultiValueMap<String, String> form, Model model,
			HttpServletResponse response) {
		return change(ownerKey, "removed", form, model, response, (draft) -> {
			CatalogueForms.Removal removal = CatalogueForms.removal(form);
			boolean known = removal != null && removable(draft.catalogue())
				.getOrDefault(CatalogueForms.removalKind(removal.element()), List.of())
				.contains(removal.id());
			return known ? DraftEdits.remove(draft.json(), removal.element(), removal.id())
					: fieldProblem(List.of("element"));
		});
	}

	@PostMapping("/wo/{ownerKey}/catalogue/knock-outs")
	String knockOut(@PathVariable String ownerKey, @RequestParam MultiValueMap<String, String> form, Model model,
			HttpServletResponse response) {
		return change(ownerKey, "knockOut", form, model, response,
				(draft) -> onCondition(form, new ArrayList<>(),
						(when) -> DraftEdits.knockOut(draft.json(), CatalogueForms.text(form, "id"),
								CatalogueForms.text(form, "architecture"), when, CatalogueForms.text(form, "reasonEn"),
								CatalogueForms.text(form, "reasonDe"), CatalogueForms.source(form, draft.author()))));
	}

	@PostMapping("/wo/{ownerKey}/catalogue/questions")
	String question(@PathVariable String ownerKey, @RequestParam MultiValueMap<String, String> form, Model model,
			HttpServletResponse response) {
		return change(ownerKey, "question", form, model, response,
				(draft) -> DraftEdits.question(draft.json(), CatalogueForms.text(form, "id"),
						CatalogueForms.text(form, "step"), CatalogueForms.options(form),
						CatalogueForms.text(form, "labelEn"), CatalogueForms.text(form, "labelDe"),
						CatalogueForms.text(form, "helpEn"), CatalogueForms.text(form, "helpDe")));
	}

	@PostMapping("/wo/{ownerKey}/catalogue/rules")
	String rule(@PathVariable String ownerKey, @RequestParam MultiValueMap<String, String> form, Model model,
			HttpServletResponse response) {
		return change(ownerKey, "rule", form, model, response, (draft) -> {
			List<String> problems = new ArrayList<>();
			Map<String, Integer> effects = CatalogueForms.effects(form, draft.catalogue().architectures(), problems);
			return onCondition(form, problems,
					(when) -> DraftEdits.rule(draft.json(), CatalogueForms.text(form, "id"), when, effects,
							CatalogueForms.list(form, "criteria"), CatalogueForms.text(form, "reasonEn"),
							CatalogueForms.text(form, "reasonDe"), CatalogueForms.source(form, draft.author())));
		});
	}

	@PostMapping("/wo/{ownerKey}/catalogue/risks")
	String risk(@PathVariable String ownerKey, @RequestParam MultiValueMap<String, String> form, Model model,
			HttpServletResponse response) {
		return change(ownerKey, "risk", form, model, response, (draft) -> onCondition(form, new ArrayList<>(),
				(when) -> DraftEdits.risk(draft.json(), CatalogueForms.text(form, "id"),
						CatalogueForms.list(form, "architectures"), when, CatalogueForms.text(form, "titleEn"),
						CatalogueForms.text(form, "titleDe"), CatalogueForms.text(form, "mitigationEn"),
						CatalogueForms.text(form, "mitigationDe"), CatalogueForms.source(form, draft.author()))));
	}

	@PostMapping("/wo/{ownerKey}/catalogue/upload")
	String upload(@PathVariable String ownerKey, @RequestParam MultiValueMap<String, String> form, Model model,
			HttpServletResponse response) {
		return change(ownerKey, "uploaded", form, model, response, (draft) -> {
			String document = form.getFirst("document");
			return (document == null || document.isBlank()) ? fieldProblem(List.of("document"))
					: CatalogueFormats.json(document);
		});
	}

	@PostMapping("/wo/{ownerKey}/catalogue/publish")
	String publish(@PathVariable String ownerKey, Model model, HttpServletResponse response) {
		Workspace workspace = this.workspaces.byOwnerKey(ownerKey);
		try {
			this.catalogues.publishDraft(workspace.id());
		}
		catch (CatalogueException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(model, workspace, ownerKey, ex.details(), "publish", new LinkedMultiValueMap<>());
		}
		return "redirect:/wo/" + ownerKey + "/catalogue?done=published";
	}

	@GetMapping("/wo/{ownerKey}/catalogue/draft.json")
	ResponseEntity<byte[]> download(@PathVariable String ownerKey) {
		Workspace workspace = this.workspaces.byOwnerKey(ownerKey);
		CatalogueDraft draft = this.catalogues.draft(workspace.id()).orElseThrow(NotFoundException::new);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("team-catalogue.json").build().toString())
			.body(draft.document().getBytes(StandardCharsets.UTF_8));
	}

	@GetMapping("/wo/{ownerKey}/catalogue/draft.yaml")
	ResponseEntity<byte[]> downloadYaml(@PathVariable String ownerKey) {
		Workspace workspace = this.workspaces.byOwnerKey(ownerKey);
		CatalogueDraft draft = this.catalogues.draft(workspace.id()).orElseThrow(NotFoundException::new);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/yaml"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("team-catalogue.yaml").build().toString())
			.body(CatalogueFormats.yaml(draft.document()).getBytes(StandardCharsets.UTF_8));
	}

	@GetMapping("/w/{viewKey}/catalogue")
	String versions(@PathVariable String viewKey, Model model) {
		Workspace workspace = this.workspaces.byViewKey(viewKey);
		List<VersionView> versions = new ArrayList<>();
		Catalogue previous = null;
		for (PublishedVersion version : this.catalogues.versions(workspace.id())) {
			Catalogue catalogue = this.catalogues.published(version);
			TeamCatalogues.AgainstBuiltIn builtIn = this.catalogues.againstBuiltIn(version);
			versions.add(0,
					new VersionView(version.number(), version.publishedAt(),
							(previous != null) ? CatalogueDiff.between(previous, catalogue) : null, builtIn.version(),
							builtIn.changes()));
			previous = catalogue;
		}
		model.addAttribute("workspace", workspace);
		model.addAttribute("viewKey", viewKey);
		model.addAttribute("versions", versions);
		return "workspace/catalogue-versions";
	}

	/** A published version and what it changed. */
	record VersionView(int number, Instant publishedAt, List<CatalogueDiff.Change> sincePrevious, String builtInVersion,
			List<CatalogueDiff.Change> sinceBuiltIn) {

	}

	/** The draft a change starts from. */
	record Draft(String json, Catalogue catalogue, String author) {

	}

	private String change(String ownerKey, String what, MultiValueMap<String, String> form, Model model,
			HttpServletResponse response, Function<Draft, String> edit) {
		Workspace workspace = this.workspaces.byOwnerKey(ownerKey);
		Optional<CatalogueDraft> stored = this.catalogues.draft(workspace.id());
		if (stored.isEmpty()) {
			return "redirect:/wo/" + ownerKey + "/catalogue";
		}
		List<CatalogueProblem> problems;
		try {
			Catalogue catalogue = this.catalogues.validate(workspace.id(), stored.get().document());
			String changed = edit.apply(new Draft(stored.get().document(), catalogue, workspace.name()));
			this.catalogues.change(workspace.id(), changed);
			return "redirect:/wo/" + ownerKey + "/catalogue?done=" + what;
		}
		catch (FormProblem ex) {
			problems = ex.fields.stream().map((field) -> new CatalogueProblem(field, field, "form")).toList();
		}
		catch (CatalogueException ex) {
			problems = ex.details();
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return page(model, workspace, ownerKey, problems, what, form);
	}

	private String page(Model model, Workspace workspace, String ownerKey, List<CatalogueProblem> problems, String form,
			MultiValueMap<String, String> values) {
		Optional<CatalogueDraft> draft = this.catalogues.draft(workspace.id());
		Catalogue catalogue = null;
		if (draft.isPresent()) {
			try {
				catalogue = this.catalogues.validate(workspace.id(), draft.get().document());
			}
			catch (CatalogueException ex) {
				catalogue = null;
			}
		}
		Catalogue shown = (catalogue != null) ? catalogue : this.catalogues.current();
		model.addAttribute("workspace", workspace);
		model.addAttribute("ownerKey", ownerKey);
		model.addAttribute("hasDraft", draft.isPresent());
		model.addAttribute("draft", catalogue);
		model.addAttribute("draftUpdatedAt", draft.map(CatalogueDraft::updatedAt).orElse(null));
		model.addAttribute("latest", this.catalogues.latestVersion(workspace.id()).orElse(null));
		model.addAttribute("catalogueTexts", shown.texts());
		model.addAttribute("problems", problems);
		model.addAttribute("openForm", form);
		model.addAttribute("values", values);
		model.addAttribute("choiceTraits",
				shown.traits().stream().filter((t) -> t.isChoice() && !t.costInput()).toList());
		model.addAttribute("numericTraits",
				shown.traits().stream().filter((t) -> !t.isChoice() && !t.costInput()).toList());
		model.addAttribute("quantities", shown.quantities());
		model.addAttribute("steps", shown.steps().stream().map(Step::id).toList());
		TeamCatalogues.AgainstBuiltIn builtIn = (catalogue != null) ? this.catalogues.againstBuiltIn(catalogue)
				: new TeamCatalogues.AgainstBuiltIn(this.catalogues.current().version(), List.of());
		model.addAttribute("builtInVersion", builtIn.version());
		model.addAttribute("changes", builtIn.changes());
		model.addAttribute("newer",
				(catalogue != null) ? this.catalogues.newerBuiltIn(builtIn.version()).orElse(null) : null);
		model.addAttribute("removable", (catalogue != null) ? removable(catalogue) : Map.of());
		return "workspace/catalogue";
	}

	/** What the removal form offers: the ids of each kind of element, by kind. */
	private static Map<String, List<String>> removable(Catalogue catalogue) {
		Map<String, List<String>> ids = new LinkedHashMap<>();
		ids.put(CatalogueForms.removalKind(DraftEdits.Element.CRITERION),
				catalogue.criteria().stream().map(Criterion::id).toList());
		ids.put(CatalogueForms.removalKind(DraftEdits.Element.QUESTION),
				catalogue.traits().stream().map(Trait::id).toList());
		ids.put(CatalogueForms.removalKind(DraftEdits.Element.RULE), catalogue.rules().stream().map(Rule::id).toList());
		ids.put(CatalogueForms.removalKind(DraftEdits.Element.KNOCK_OUT),
				catalogue.knockOuts().stream().map(KnockOut::id).toList());
		ids.put(CatalogueForms.removalKind(DraftEdits.Element.RISK),
				catalogue.risks().stream().map(RiskRule::id).toList());
		return ids;
	}

	/**
	 * Applies an edit with the form's condition, or refuses the form naming every field
	 * that could not be read (those already in {@code problems} too).
	 */
	private static String onCondition(MultiValueMap<String, String> form, List<String> problems,
			Function<DraftEdits.When, String> edit) {
		DraftEdits.When when = CatalogueForms.when(form, problems);
		return problems.isEmpty() ? edit.apply(when) : fieldProblem(problems);
	}

	private static String fieldProblem(List<String> fields) {
		throw new FormProblem(fields);
	}

	/**
	 * Form values that cannot even be put into the document (a weight that is no number).
	 */
	private static final class FormProblem extends RuntimeException {

		private final transient List<String> fields;

		FormProblem(List<String> fields) {
			super(null, null, false, false);
			this.fields = List.copyOf(fields);
		}

	}

}
