package io.archfit.assessment;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface RevisionRepository extends JpaRepository<Revision, Long> {

	List<Revision> findByAssessmentIdOrderByNumberDesc(Long assessmentId);

	Optional<Revision> findByAssessmentIdAndNumber(Long assessmentId, int number);

}
