package io.archfit.integration.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import io.archfit.integration.InvalidWebhookException;
import io.archfit.integration.WebhookDelivery;
import io.archfit.integration.WebhookEndpoint;
import io.archfit.integration.Webhooks;
import io.archfit.system.ApiProblem;
import io.archfit.system.ForbiddenException;
import io.archfit.system.InvalidRequestException;
import io.archfit.system.NotFoundException;
import io.archfit.workspace.Workspace;
import io.archfit.workspace.Workspaces;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A workspace's webhooks over JSON, for its owner: the workspace's view key in the path,
 * its owner key in the {@code X-Owner-Key} header.
 */
@RestController
@Tag(name = "Webhooks",
		description = "Signed notifications (Standard Webhooks) of what happens to a workspace's assessments")
class WebhookApi {

	static final String OWNER_KEY_HEADER = "X-Owner-Key";

	private final Workspaces workspaces;

	private final Webhooks webhooks;

	private final MessageSource messages;

	WebhookApi(Workspaces workspaces, Webhooks webhooks, MessageSource messages) {
		this.workspaces = workspaces;
		this.webhooks = webhooks;
		this.messages = messages;
	}

	/** A new endpoint. */
	record EndpointRequest(String url, List<String> events, String format, String description) {

	}

	/** A new endpoint with its secret, shown only in this answer. */
	record Created(long id, String secret, String url, List<String> events, String format, String description,
			Instant createdAt) {

	}

	/** An endpoint; {@code pausedAt} is set while it is paused. */
	record EndpointJson(long id, String url, List<String> events, String format, String description, Instant createdAt,
			Instant failingSince, Instant pausedAt) {

		static EndpointJson of(WebhookEndpoint endpoint) {
			return new EndpointJson(endpoint.id(), endpoint.url(), endpoint.events(), endpoint.format().id(),
					endpoint.description(), endpoint.createdAt(), endpoint.failingSince(), endpoint.pausedAt());
		}

	}

	/**
	 * A delivery: {@code webhookId} is the {@code webhook-id} header of each attempt;
	 * {@code error} says why the last attempt got no answer.
	 */
	record DeliveryJson(long id, String webhookId, String eventType, String status, int attempts, Integer responseCode,
			String error, Instant createdAt, Instant lastAttemptAt, Instant nextAttemptAt, Instant deliveredAt) {

		static DeliveryJson of(WebhookDelivery delivery) {
			boolean pending = delivery.status() == WebhookDelivery.Status.PENDING;
			return new DeliveryJson(delivery.id(), delivery.messageId(), delivery.eventType(), delivery.status().id(),
					delivery.attempts(), delivery.responseCode(), delivery.lastError(), delivery.createdAt(),
					delivery.lastAttemptAt(), pending ? delivery.nextAttemptAt() : null, delivery.deliveredAt());
		}

	}

	/** A page of deliveries, newest first; {@code page} counts from 1. */
	record DeliveriesJson(List<DeliveryJson> items, int page, int size, long totalItems, int totalPages) {

	}

	@Operation(summary = "Add a webhook endpoint",
			description = "events: any of assessment.created, assessment.answers-changed, status.changed, "
					+ "decision.recorded, comment.created, vote.cast. format: standard (default; JSON signed per "
					+ "Standard Webhooks) or chat ({\"text\": …} for Slack- and Teams-style incoming webhooks). "
					+ "The URL must be https on a public address. The secret (whsec_…) is returned only here.")
	@PostMapping(path = "/api/v1/workspaces/{viewKey}/webhooks", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Created> add(@PathVariable String viewKey, @RequestHeader(OWNER_KEY_HEADER) String ownerKey,
			@RequestBody EndpointRequest request, Locale locale) {
		Workspace workspace = owned(viewKey, ownerKey);
		Webhooks.Created created = this.webhooks.add(workspace.id(),
				new Webhooks.Request(request.url(), request.events(), request.format(), request.description()), locale);
		WebhookEndpoint endpoint = created.endpoint();
		return ResponseEntity
			.created(URI.create("/api/v1/workspaces/" + viewKey + "/webhooks/" + endpoint.id() + "/deliveries"))
			.body(new Created(endpoint.id(), created.secret(), endpoint.url(), endpoint.events(),
					endpoint.format().id(), endpoint.description(), endpoint.createdAt()));
	}

	@Operation(summary = "List the workspace's webhook endpoints")
	@GetMapping(path = "/api/v1/workspaces/{viewKey}/webhooks", produces = MediaType.APPLICATION_JSON_VALUE)
	List<EndpointJson> list(@PathVariable String viewKey, @RequestHeader(OWNER_KEY_HEADER) String ownerKey) {
		Workspace workspace = owned(viewKey, ownerKey);
		return this.webhooks.endpoints(workspace.id()).stream().map(EndpointJson::of).toList();
	}

	@Operation(summary = "Delete a webhook endpoint and its deliveries")
	@DeleteMapping(path = "/api/v1/workspaces/{viewKey}/webhooks/{id}")
	ResponseEntity<Void> delete(@PathVariable String viewKey, @PathVariable String id,
			@RequestHeader(OWNER_KEY_HEADER) String ownerKey) {
		Workspace workspace = owned(viewKey, ownerKey);
		this.webhooks.delete(workspace.id(), number(id));
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "Resume a paused webhook endpoint",
			description = "An endpoint is paused when it has failed for a day without a success, or answered 410.")
	@PostMapping(path = "/api/v1/workspaces/{viewKey}/webhooks/{id}/resume",
			produces = MediaType.APPLICATION_JSON_VALUE)
	EndpointJson resume(@PathVariable String viewKey, @PathVariable String id,
			@RequestHeader(OWNER_KEY_HEADER) String ownerKey) {
		Workspace workspace = owned(viewKey, ownerKey);
		return EndpointJson.of(this.webhooks.resume(workspace.id(), number(id)));
	}

	@Operation(summary = "The endpoint's recent deliveries", description = "Newest first, 20 a page (page from 1).")
	@GetMapping(path = "/api/v1/workspaces/{viewKey}/webhooks/{id}/deliveries",
			produces = MediaType.APPLICATION_JSON_VALUE)
	DeliveriesJson deliveries(@PathVariable String viewKey, @PathVariable String id,
			@RequestHeader(OWNER_KEY_HEADER) String ownerKey,
			@Parameter(description = "page number, from 1") @RequestParam(required = false) String page,
			Locale locale) {
		Workspace workspace = owned(viewKey, ownerKey);
		WebhookEndpoint endpoint = this.webhooks.endpoint(workspace.id(), number(id));
		int number = 1;
		if (page != null) {
			if (!page.matches("\\d{1,6}") || Integer.parseInt(page) < 1) {
				throw new InvalidRequestException(List.of(new ApiProblem.FieldError("page", "invalidPage",
						this.messages.getMessage("problem.invalidPage", null, locale))));
			}
			number = Integer.parseInt(page);
		}
		Page<WebhookDelivery> deliveries = this.webhooks.deliveries(endpoint, number - 1);
		return new DeliveriesJson(deliveries.getContent().stream().map(DeliveryJson::of).toList(), number,
				Webhooks.PAGE_SIZE, deliveries.getTotalElements(), deliveries.getTotalPages());
	}

	@Operation(summary = "Send a delivery again",
			description = "Now, with the same webhook-id (receivers that have it already may ignore it).")
	@PostMapping(path = "/api/v1/workspaces/{viewKey}/webhooks/{id}/deliveries/{deliveryId}/redeliver",
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<DeliveryJson> redeliver(@PathVariable String viewKey, @PathVariable String id,
			@PathVariable String deliveryId, @RequestHeader(OWNER_KEY_HEADER) String ownerKey) {
		Workspace workspace = owned(viewKey, ownerKey);
		WebhookDelivery delivery = this.webhooks.redeliver(workspace.id(), number(id), number(deliveryId));
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(DeliveryJson.of(delivery));
	}

	@ExceptionHandler(InvalidWebhookException.class)
	ResponseEntity<ProblemDetail> invalid(InvalidWebhookException ex, Locale locale) {
		List<ApiProblem.FieldError> errors = ex.problems()
			.stream()
			.map((problem) -> new ApiProblem.FieldError(problem.field(), problem.code(),
					this.messages.getMessage("problem." + problem.code(), problem.args(), problem.code(), locale)))
			.toList();
		ProblemDetail problem = ApiProblem.invalid(this.messages.getMessage("problem.invalid", null, locale), errors);
		problem.setInstance(ApiProblem.instance());
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/**
	 * The workspace behind the view key, if the owner key is its own: an unknown view key
	 * is a 404, a wrong owner key a 403.
	 */
	private Workspace owned(String viewKey, String ownerKey) {
		Workspace workspace = this.workspaces.byViewKey(viewKey);
		boolean owner = this.workspaces.findByOwnerKey(ownerKey)
			.map((found) -> found.id().equals(workspace.id()))
			.orElse(false);
		if (!owner) {
			throw new ForbiddenException("problem.workspaceOwnerKeyMismatch");
		}
		return workspace;
	}

	private static long number(String id) {
		if (id == null || !id.matches("\\d{1,18}")) {
			throw new NotFoundException();
		}
		return Long.parseLong(id);
	}

}
