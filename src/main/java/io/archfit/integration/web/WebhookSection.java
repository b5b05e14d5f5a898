package io.archfit.integration.web;

import java.util.Map;
import java.util.Set;

import io.archfit.integration.WebhookEvents;
import io.archfit.integration.Webhooks;
import io.archfit.workspace.Workspace;
import io.archfit.workspace.WorkspaceSection;

import org.springframework.stereotype.Component;

/**
 * The webhooks on the workspace's owner page: the endpoints with their state, and the
 * form to add one.
 */
@Component
class WebhookSection implements WorkspaceSection {

	private final Webhooks webhooks;

	WebhookSection(Webhooks webhooks) {
		this.webhooks = webhooks;
	}

	@Override
	public String fragment() {
		return "integration/webhooks :: webhooks";
	}

	@Override
	public Set<String> confirmations() {
		return Set.of("webhookDeleted");
	}

	@Override
	public void contribute(Workspace workspace, String ownerKey, Map<String, Object> model) {
		model.put("webhookEndpoints",
				this.webhooks.endpoints(workspace.id()).stream().map(WebhookViews.EndpointView::of).toList());
		model.put("webhookForm", WebhookViews.Form.empty());
		model.put("webhookErrors", Map.of());
		model.put("webhookEvents", WebhookEvents.TYPES);
		model.put("webhookMax", Webhooks.MAX_ENDPOINTS);
	}

}
