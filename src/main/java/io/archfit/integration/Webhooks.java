package io.archfit.integration;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.archfit.system.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A workspace's webhook endpoints, for its owner: add one (its secret is shown once),
 * list, delete, resume a paused one, and see and redeliver its deliveries. Callers have
 * checked the workspace's owner key; an endpoint or delivery of another workspace is a
 * 404.
 */
@Service
public class Webhooks {

	/** Endpoints one workspace may have. */
	public static final int MAX_ENDPOINTS = 20;

	public static final int DESCRIPTION_MAX = 200;

	/** Deliveries per page of an endpoint's list. */
	public static final int PAGE_SIZE = 20;

	/** What the owner asks for; the format defaults to {@code standard}. */
	public record Request(String url, List<String> events, String format, String description) {

	}

	/** A new endpoint and its secret, shown only now. */
	public record Created(WebhookEndpoint endpoint, String secret) {

	}

	private final WebhookEndpointRepository endpoints;

	private final WebhookDeliveryRepository deliveries;

	private final DeliverySender sender;

	private final AddressPolicy policy;

	private final TransactionTemplate transactions;

	private final Clock clock = Clock.systemUTC();

	Webhooks(WebhookEndpointRepository endpoints, WebhookDeliveryRepository deliveries, DeliverySender sender,
			WebhookSettings settings, PlatformTransactionManager transactions) {
		this.endpoints = endpoints;
		this.deliveries = deliveries;
		this.sender = sender;
		this.policy = new AddressPolicy(settings.allowPrivateAddresses());
		this.transactions = new TransactionTemplate(transactions);
	}

	/**
	 * Adds an endpoint to the workspace, its chat messages in {@code locale}'s language;
	 * refuses bad input with {@link InvalidWebhookException}. The URL's host is resolved
	 * and checked here (outside any transaction) and again before every delivery.
	 */
	public Created add(long workspaceId, Request request, Locale locale) {
		List<InvalidWebhookException.Problem> problems = new ArrayList<>();
		String url = (request.url() != null) ? request.url().strip() : null;
		try {
			this.policy.check(url);
		}
		catch (AddressPolicy.Refused ex) {
			problems.add(new InvalidWebhookException.Problem("url", ex.code(), AddressPolicy.URL_MAX));
		}
		Set<String> events = new LinkedHashSet<>();
		if (request.events() == null || request.events().stream().allMatch((e) -> e == null || e.isBlank())) {
			problems.add(new InvalidWebhookException.Problem("events", "webhookEventsRequired"));
		}
		else {
			for (String event : request.events()) {
				if (event != null && !event.isBlank() && !WebhookEvents.TYPES.contains(event.strip())) {
					problems.add(new InvalidWebhookException.Problem("events", "webhookUnknownEvent"));
					break;
				}
				if (event != null && !event.isBlank()) {
					events.add(event.strip());
				}
			}
		}
		String formatId = (request.format() == null || request.format().isBlank()) ? WebhookFormat.STANDARD.id()
				: request.format().strip();
		WebhookFormat format = WebhookFormat.of(formatId).orElse(null);
		if (format == null) {
			problems.add(new InvalidWebhookException.Problem("format", "webhookFormat"));
		}
		String description = (request.description() != null && !request.description().isBlank())
				? request.description().strip() : null;
		if (description != null && description.length() > DESCRIPTION_MAX) {
			problems.add(new InvalidWebhookException.Problem("description", "tooLong", DESCRIPTION_MAX));
		}
		else if (description != null && description.chars().anyMatch(Character::isISOControl)) {
			problems.add(new InvalidWebhookException.Problem("description", "controlCharacters"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidWebhookException(problems);
		}
		String secret = Signature.newSecret();
		WebhookEndpoint endpoint = this.transactions.execute((status) -> {
			if (this.endpoints.countByWorkspaceId(workspaceId) >= MAX_ENDPOINTS) {
				throw new InvalidWebhookException(
						List.of(new InvalidWebhookException.Problem("url", "webhookTooMany", MAX_ENDPOINTS)));
			}
			return this.endpoints.save(new WebhookEndpoint(workspaceId, url, description, format, List.copyOf(events),
					secret, locale.getLanguage(), this.clock.instant()));
		});
		return new Created(endpoint, secret);
	}

	@Transactional(readOnly = true)
	public List<WebhookEndpoint> endpoints(long workspaceId) {
		return this.endpoints.findByWorkspaceIdOrderByIdAsc(workspaceId);
	}

	@Transactional(readOnly = true)
	public WebhookEndpoint endpoint(long workspaceId, long id) {
		return this.endpoints.findByIdAndWorkspaceId(id, workspaceId).orElseThrow(NotFoundException::new);
	}

	/** Deletes the endpoint and its deliveries. */
	@Transactional
	public void delete(long workspaceId, long id) {
		this.endpoints.delete(endpoint(workspaceId, id));
	}

	/** Resumes a paused endpoint: its deliveries waiting meanwhile go out now. */
	@Transactional
	public WebhookEndpoint resume(long workspaceId, long id) {
		WebhookEndpoint endpoint = endpoint(workspaceId, id);
		endpoint.resume();
		wakeSenderAfterCommit();
		return this.endpoints.save(endpoint);
	}

	/** One page (from 0) of the endpoint's deliveries, newest first. */
	@Transactional(readOnly = true)
	public Page<WebhookDelivery> deliveries(WebhookEndpoint endpoint, int page) {
		return this.deliveries.findByEndpointIdOrderByIdDesc(endpoint.id(), PageRequest.of(page, PAGE_SIZE));
	}

	/** Sends a delivery once more, now, with its webhook id. */
	@Transactional
	public WebhookDelivery redeliver(long workspaceId, long endpointId, long deliveryId) {
		WebhookEndpoint endpoint = endpoint(workspaceId, endpointId);
		WebhookDelivery delivery = this.deliveries.findByIdAndEndpointId(deliveryId, endpoint.id())
			.orElseThrow(NotFoundException::new);
		delivery.redeliver(this.clock.instant());
		wakeSenderAfterCommit();
		return this.deliveries.save(delivery);
	}

	private void wakeSenderAfterCommit() {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				Webhooks.this.sender.wake();
			}
		});
	}

}
