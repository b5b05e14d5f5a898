package io.archfit.assessment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AssessmentRepository extends JpaRepository<Assessment, Long> {

	Optional<Assessment> findByViewKey(String viewKey);

	Optional<Assessment> findByOwnerKeyHash(String ownerKeyHash);

	List<Assessment> findByOwnerKeyHashIn(Collection<String> ownerKeyHashes);

	List<Assessment> findByScenarioOf(Long originalId);

	List<Assessment> findByWorkspaceIdOrderByIdAsc(Long workspaceId);

}
