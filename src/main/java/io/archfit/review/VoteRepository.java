package io.archfit.review;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface VoteRepository extends JpaRepository<Vote, Long> {

	Optional<Vote> findByAssessmentIdAndVoterKey(Long assessmentId, String voterKey);

	List<Vote> findByAssessmentIdOrderByCreatedAtAscIdAsc(Long assessmentId);

	long countByAssessmentIdAndVoterKey(Long assessmentId, String voterKey);

}
