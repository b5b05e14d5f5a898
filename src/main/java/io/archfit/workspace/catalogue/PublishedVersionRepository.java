package io.archfit.workspace.catalogue;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PublishedVersionRepository extends JpaRepository<PublishedVersion, Long> {

	Optional<PublishedVersion> findByCatalogueIdAndNumber(String catalogueId, int number);

	Optional<PublishedVersion> findFirstByCatalogueIdOrderByNumberDesc(String catalogueId);

	List<PublishedVersion> findByCatalogueIdOrderByNumberAsc(String catalogueId);

}
