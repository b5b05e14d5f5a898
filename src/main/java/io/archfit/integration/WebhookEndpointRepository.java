package io.archfit.integration;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * Webhook endpoints. A delivery's outcome changes its endpoint with conditional updates
 * rather than by saving the entity, so senders finishing at once for one endpoint never
 * collide.
 */
interface WebhookEndpointRepository extends JpaRepository<WebhookEndpoint, Long> {

	List<WebhookEndpoint> findByWorkspaceIdOrderByIdAsc(Long workspaceId);

	Optional<WebhookEndpoint> findByIdAndWorkspaceId(Long id, Long workspaceId);

	long countByWorkspaceId(Long workspaceId);

	@Modifying
	@Query("update WebhookEndpoint e set e.failingSince = null where e.id = :id and e.failingSince is not null")
	int succeeded(Long id);

	@Modifying
	@Query("update WebhookEndpoint e set e.failingSince = :now where e.id = :id and e.failingSince is null")
	int failing(Long id, Instant now);

	/** Pauses the endpoint if it has failed since {@code failingBefore} or earlier. */
	@Modifying
	@Query("""
			update WebhookEndpoint e set e.pausedAt = :now
			where e.id = :id and e.pausedAt is null and e.failingSince <= :failingBefore""")
	int pauseIfFailingSince(Long id, Instant failingBefore, Instant now);

}
