package io.archfit.assessment;

import java.util.Optional;

import io.archfit.catalogue.Catalogue;

/**
 * Finds the workspace behind a workspace key, and the catalogue its assessments are
 * scored with, so that an assessment can be created in (or moved into) a workspace
 * without assessments depending on workspaces. The workspace module implements it;
 * without it no assessment belongs to a workspace.
 */
public interface WorkspaceLookup {

	/**
	 * The id of the workspace whose owner key this is.
	 * @param workspaceOwnerKey the key as presented (may be malformed or null)
	 * @return the workspace id, or empty for an unknown key
	 */
	Optional<Long> ownedWorkspace(String workspaceOwnerKey);

	/**
	 * The id of the workspace whose view key this is.
	 * @param workspaceViewKey the key as presented (may be malformed or null)
	 * @return the workspace id, or empty for an unknown key
	 */
	default Optional<Long> viewedWorkspace(String workspaceViewKey) {
		return Optional.empty();
	}

	/**
	 * The latest published version of the workspace's own catalogue.
	 * @return the catalogue, or empty when the workspace uses the built-in one
	 */
	default Optional<Catalogue> catalogueOf(long workspaceId) {
		return Optional.empty();
	}

}
