package io.archfit.workspace;

import java.util.Map;
import java.util.Set;

/**
 * A part of a workspace's owner page contributed by another module (e.g. its webhooks),
 * so that modules downstream of workspaces can add to the page without the workspace
 * depending on them. Each section names a Thymeleaf fragment and fills the model it
 * needs.
 */
public interface WorkspaceSection {

	/** The fragment to render, as {@code template :: fragment}. */
	String fragment();

	/**
	 * The {@code ?done=} codes this module's actions redirect back to the page with; the
	 * page confirms each with the message {@code workspace.done.<code>}.
	 */
	default Set<String> confirmations() {
		return Set.of();
	}

	/**
	 * Adds what the fragment needs to the model.
	 * @param workspace the workspace shown
	 * @param ownerKey its owner key, as in the page's link
	 * @param model the page's model
	 */
	void contribute(Workspace workspace, String ownerKey, Map<String, Object> model);

}
