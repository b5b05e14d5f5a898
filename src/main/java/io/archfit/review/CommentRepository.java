package io.archfit.review;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface CommentRepository extends JpaRepository<Comment, Long> {

	List<Comment> findByAssessmentIdOrderByCreatedAtDescIdDesc(Long assessmentId, Pageable page);

	List<Comment> findByAssessmentIdAndHiddenFalseOrderByCreatedAtDescIdDesc(Long assessmentId, Pageable page);

	long countByAssessmentId(Long assessmentId);

	long countByAssessmentIdAndHiddenFalse(Long assessmentId);

	Optional<Comment> findByIdAndAssessmentId(Long id, Long assessmentId);

}
