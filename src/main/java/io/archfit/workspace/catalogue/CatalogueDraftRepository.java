package io.archfit.workspace.catalogue;

import org.springframework.data.jpa.repository.JpaRepository;

interface CatalogueDraftRepository extends JpaRepository<CatalogueDraft, Long> {

}
