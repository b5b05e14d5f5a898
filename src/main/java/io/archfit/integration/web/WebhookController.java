package io.archfit.integration.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.archfit.integration.InvalidWebhookException;
import io.archfit.integration.WebhookEndpoint;
import io.archfit.integration.WebhookEvents;
import io.archfit.integration.Webhooks;
import io.archfit.system.NotFoundException;
import io.archfit.workspace.Workspace;
import io.archfit.workspace.Workspaces;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A workspace's webhooks in the browser, under the workspace's owner link: add one (its
 * secret shown once, on the page that answers the form), an endpoint's page with its
 * deliveries, redeliver one, resume a paused endpoint, delete one. Forms with problems
 * come back with the message next to the field and what was typed kept.
 */
@Controller
class WebhookController {

	private static final Set<String> CONFIRMATIONS = Set.of("resumed", "redelivered");

	private final Workspaces workspaces;

	private final Webhooks webhooks;

	private final MessageSource messages;

	WebhookController(Workspaces workspaces, Webhooks webhooks, MessageSource messages) {
		this.workspaces = workspaces;
		this.webhooks = webhooks;
		this.messages = messages;
	}

	@PostMapping("/wo/{ownerKey}/webhooks")
	String add(@PathVariable String ownerKey, @RequestParam(required = false) String url,
			@RequestParam(required = false) List<String> events, @RequestParam(required = false) String format,
			@RequestParam(required = false) String description, Model model, Locale locale,
			HttpServletResponse response) {
		Workspace workspace = this.workspaces.byOwnerKey(ownerKey);
		model.addAttribute("workspace", workspace);
		model.addAttribute("ownerKey", ownerKey);
		try {
			Webhooks.Created created = this.webhooks.add(workspace.id(),
					new Webhooks.Request(url, events, format, description), locale);
			model.addAttribute("endpoint", WebhookViews.EndpointView.of(created.endpoint()));
			model.addAttribute("secret", created.secret());
			return "integration/webhook-created";
		}
		catch (InvalidWebhookException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			Map<String, String> errors = new LinkedHashMap<>();
			ex.problems()
				.forEach((problem) -> errors.putIfAbsent(problem.field(),
						this.messages.getMessage("problem." + problem.code(), problem.args(), problem.code(), locale)));
			model.addAttribute("webhookForm", new WebhookViews.Form(url, events, format, description));
			model.addAttribute("webhookErrors", errors);
			model.addAttribute("webhookEvents", WebhookEvents.TYPES);
			return "integration/webhook-new";
		}
	}

	@GetMapping("/wo/{ownerKey}/webhooks/{id}")
	String endpoint(@PathVariable String ownerKey, @PathVariable String id, @RequestParam(required = false) String page,
			@RequestParam(required = false) String done, Model model) {
		Workspace workspace = this.workspaces.byOwnerKey(ownerKey);
		WebhookEndpoint endpoint = this.webhooks.endpoint(workspace.id(), number(id));
		int pageNumber = pageNumber(page);
		String base = "/wo/" + ownerKey + "/webhooks/" + endpoint.id();
		model.addAttribute("workspace", workspace);
		model.addAttribute("ownerKey", ownerKey);
		model.addAttribute("endpoint", WebhookViews.EndpointView.of(endpoint));
		model.addAttribute("deliveries",
				WebhookViews.DeliveryPage.of(this.webhooks.deliveries(endpoint, pageNumber - 1), base));
		model.addAttribute("done", (done != null && CONFIRMATIONS.contains(done)) ? done : null);
		return "integration/webhook";
	}

	@PostMapping("/wo/{ownerKey}/webhooks/{id}/delete")
	String delete(@PathVariable String ownerKey, @PathVariable String id) {
		Workspace workspace = this.workspaces.byOwnerKey(ownerKey);
		this.webhooks.delete(workspace.id(), number(id));
		return "redirect:/wo/" + ownerKey + "?done=webhookDeleted#webhooks";
	}

	@PostMapping("/wo/{ownerKey}/webhooks/{id}/resume")
	String resume(@PathVariable String ownerKey, @PathVariable String id) {
		Workspace workspace = this.workspaces.byOwnerKey(ownerKey);
		WebhookEndpoint endpoint = this.webhooks.resume(workspace.id(), number(id));
		return "redirect:/wo/" + ownerKey + "/webhooks/" + endpoint.id() + "?done=resumed";
	}

	@PostMapping("/wo/{ownerKey}/webhooks/{id}/deliveries/{deliveryId}/redeliver")
	String redeliver(@PathVariable String ownerKey, @PathVariable String id, @PathVariable String deliveryId) {
		Workspace workspace = this.workspaces.byOwnerKey(ownerKey);
		long endpoint = number(id);
		this.webhooks.redeliver(workspace.id(), endpoint, number(deliveryId));
		return "redirect:/wo/" + ownerKey + "/webhooks/" + endpoint + "?done=redelivered#deliveries";
	}

	/** An id from a path: anything else is a 404, as for a missing one. */
	static long number(String id) {
		if (id == null || !id.matches("\\d{1,18}")) {
			throw new NotFoundException();
		}
		return Long.parseLong(id);
	}

	/** A page number from 1; anything else shows the first page. */
	private static int pageNumber(String page) {
		if (page == null || !page.matches("\\d{1,6}") || Integer.parseInt(page) < 1) {
			return 1;
		}
		return Integer.parseInt(page);
	}

}
