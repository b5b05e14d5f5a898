package io.archfit.assessment;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RevisionRepository extends JpaRepository<Revision, Long> {

	@Query("select new io.archfit.assessment.RevisionLine(r.number, r.createdAt, r.catalogueVersion, r.recommended, "
			+ "r.score) from Revision r where r.assessmentId = :assessmentId order by r.number desc")
	List<RevisionLine> findLinesByAssessmentId(Long assessmentId);

	List<Revision> findByAssessmentIdOrderByNumberDesc(Long assessmentId);

	Optional<Revision> findByAssessmentIdAndNumber(Long assessmentId, int number);

}
