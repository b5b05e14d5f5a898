package io.archfit.integration;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface WebhookDeliveryRepository extends JpaRepository<WebhookDelivery, Long> {

	boolean existsByEventIdAndEndpointId(UUID eventId, Long endpointId);

	Page<WebhookDelivery> findByEndpointIdOrderByIdDesc(Long endpointId, Pageable page);

	Optional<WebhookDelivery> findByIdAndEndpointId(Long id, Long endpointId);

	/**
	 * Pending deliveries that are due and held by no sender (or by one whose lease ran
	 * out), to active endpoints, the longest waiting first.
	 */
	@Query("""
			select d.id from WebhookDelivery d
			where d.status = 'pending' and d.nextAttemptAt <= :now
			  and (d.leaseUntil is null or d.leaseUntil < :now)
			  and not exists (select e.id from WebhookEndpoint e where e.id = d.endpointId and e.pausedAt is not null)
			order by d.nextAttemptAt, d.id""")
	List<Long> due(Instant now, Pageable limit);

	/**
	 * Claims a due delivery for a sender until {@code until}; 1 when this sender got it,
	 * 0 when another one was quicker.
	 */
	@Modifying
	@Query("""
			update WebhookDelivery d set d.leaseOwner = :owner, d.leaseUntil = :until, d.version = d.version + 1
			where d.id = :id and d.status = 'pending' and d.nextAttemptAt <= :now
			  and (d.leaseUntil is null or d.leaseUntil < :now)""")
	int claim(Long id, String owner, Instant until, Instant now);

	/** Forgets delivered and given-up deliveries created before {@code before}. */
	@Modifying
	@Query("delete from WebhookDelivery d where d.createdAt < :before and d.status <> 'pending'")
	int deleteFinishedBefore(Instant before);

}
