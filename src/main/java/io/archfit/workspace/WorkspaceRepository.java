package io.archfit.workspace;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface WorkspaceRepository extends JpaRepository<Workspace, Long> {

	Optional<Workspace> findByViewKey(String viewKey);

	Optional<Workspace> findByOwnerKeyHash(String ownerKeyHash);

}
