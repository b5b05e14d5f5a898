package io.archfit.workspace;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import io.archfit.assessment.Assessment;
import io.archfit.assessment.Assessments;
import io.archfit.system.AccessKeys;
import io.archfit.system.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What can be done with workspaces through their links: create, list their assessments,
 * rename, renew links, move an assessment in, delete.
 */
@Service
@Transactional
public class Workspaces {

	private final WorkspaceRepository workspaces;

	private final AssessmentList list;

	private final Assessments assessments;

	private final Clock clock;

	Workspaces(WorkspaceRepository workspaces, AssessmentList list, Assessments assessments, Clock clock) {
		this.workspaces = workspaces;
		this.list = list;
		this.assessments = assessments;
		this.clock = clock;
	}

	/** A workspace and the owner key just issued for it (shown once, never stored). */
	public record Owned(Workspace workspace, String ownerKey) {

	}

	/** A new workspace; the name has 1 to {@value Workspace#NAME_MAX} characters. */
	public Owned create(String name) {
		String ownerKey = AccessKeys.newKey();
		Workspace workspace = new Workspace(name, AccessKeys.newKey(), AccessKeys.hash(ownerKey), now());
		return new Owned(this.workspaces.save(workspace), ownerKey);
	}

	@Transactional(readOnly = true)
	public Workspace byViewKey(String viewKey) {
		return findByViewKey(viewKey).orElseThrow(NotFoundException::new);
	}

	@Transactional(readOnly = true)
	public Optional<Workspace> findByViewKey(String viewKey) {
		return AccessKeys.isWellFormed(viewKey) ? this.workspaces.findByViewKey(viewKey) : Optional.empty();
	}

	@Transactional(readOnly = true)
	public Workspace byOwnerKey(String ownerKey) {
		return findByOwnerKey(ownerKey).orElseThrow(NotFoundException::new);
	}

	@Transactional(readOnly = true)
	public Optional<Workspace> findByOwnerKey(String ownerKey) {
		return AccessKeys.isWellFormed(ownerKey) ? this.workspaces.findByOwnerKeyHash(AccessKeys.hash(ownerKey))
				: Optional.empty();
	}

	/** One page of the workspace's assessments. */
	@Transactional(readOnly = true)
	public Page<AssessmentRow> assessments(Workspace workspace, ListQuery query) {
		return this.list.page(workspace.id(), query);
	}

	public Workspace rename(String ownerKey, String name) {
		Workspace workspace = byOwnerKey(ownerKey);
		workspace.rename(name, now());
		return this.workspaces.saveAndFlush(workspace);
	}

	/** Issues a new view key; the old view link answers 404 from now on. */
	public Workspace rotateViewKey(String ownerKey) {
		Workspace workspace = byOwnerKey(ownerKey);
		workspace.rotateViewKey(AccessKeys.newKey(), now());
		return this.workspaces.saveAndFlush(workspace);
	}

	/** Issues a new owner key; the old owner link answers 404 from now on. */
	public Owned rotateOwnerKey(String ownerKey) {
		Workspace workspace = byOwnerKey(ownerKey);
		String newOwnerKey = AccessKeys.newKey();
		workspace.rotateOwnerKey(AccessKeys.hash(newOwnerKey), now());
		return new Owned(this.workspaces.saveAndFlush(workspace), newOwnerKey);
	}

	/**
	 * Moves an assessment into the workspace: needs the owner keys of both (an unknown
	 * key is a 404).
	 */
	public Assessment moveIn(String ownerKey, String assessmentOwnerKey) {
		Workspace workspace = byOwnerKey(ownerKey);
		return this.assessments.placeInWorkspace(assessmentOwnerKey, workspace.id());
	}

	/** Deletes the workspace; its assessments stay, in no workspace. */
	public void delete(String ownerKey) {
		this.workspaces.delete(byOwnerKey(ownerKey));
	}

	private Instant now() {
		return this.clock.instant();
	}

}
