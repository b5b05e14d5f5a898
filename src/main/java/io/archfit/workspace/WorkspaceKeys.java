package io.archfit.workspace;

import java.util.Optional;

import io.archfit.assessment.WorkspaceLookup;
import io.archfit.system.AccessKeys;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lets assessments be created in a workspace by its owner key.
 */
@Component
class WorkspaceKeys implements WorkspaceLookup {

	private final WorkspaceRepository workspaces;

	WorkspaceKeys(WorkspaceRepository workspaces) {
		this.workspaces = workspaces;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Long> ownedWorkspace(String workspaceOwnerKey) {
		if (!AccessKeys.isWellFormed(workspaceOwnerKey)) {
			return Optional.empty();
		}
		return this.workspaces.findByOwnerKeyHash(AccessKeys.hash(workspaceOwnerKey)).map(Workspace::id);
	}

}
