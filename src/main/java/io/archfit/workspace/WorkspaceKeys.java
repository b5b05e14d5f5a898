package io.archfit.workspace;

import java.util.Optional;

import io.archfit.assessment.WorkspaceLookup;
import io.archfit.catalogue.Catalogue;
import io.archfit.system.AccessKeys;
import io.archfit.workspace.catalogue.TeamCatalogues;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lets assessments be created in a workspace by its owner key, and be scored with the
 * workspace's own catalogue.
 */
@Component
class WorkspaceKeys implements WorkspaceLookup {

	private final WorkspaceRepository workspaces;

	private final TeamCatalogues catalogues;

	WorkspaceKeys(WorkspaceRepository workspaces, TeamCatalogues catalogues) {
		this.workspaces = workspaces;
		this.catalogues = catalogues;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Long> ownedWorkspace(String workspaceOwnerKey) {
		if (!AccessKeys.isWellFormed(workspaceOwnerKey)) {
			return Optional.empty();
		}
		return this.workspaces.findByOwnerKeyHash(AccessKeys.hash(workspaceOwnerKey)).map(Workspace::id);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Long> viewedWorkspace(String workspaceViewKey) {
		if (!AccessKeys.isWellFormed(workspaceViewKey)) {
			return Optional.empty();
		}
		return this.workspaces.findByViewKey(workspaceViewKey).map(Workspace::id);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Catalogue> catalogueOf(long workspaceId) {
		return this.catalogues.latest(workspaceId);
	}

}
