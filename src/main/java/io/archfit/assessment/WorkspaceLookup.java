package io.archfit.assessment;

import java.util.Optional;

/**
 * Finds the workspace behind a workspace owner key, so that an assessment can be created
 * in (or moved into) a workspace without assessments depending on workspaces. The
 * workspace module implements it; without it no assessment belongs to a workspace.
 */
public interface WorkspaceLookup {

	/**
	 * The id of the workspace whose owner key this is.
	 * @param workspaceOwnerKey the key as presented (may be malformed or null)
	 * @return the workspace id, or empty for an unknown key
	 */
	Optional<Long> ownedWorkspace(String workspaceOwnerKey);

}
