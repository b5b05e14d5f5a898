package io.archfit.assessment;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.archfit.catalogue.Catalogue;
import io.archfit.evaluation.Answers;
import io.archfit.evaluation.CostAssumptions;
import io.archfit.evaluation.Evaluation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A saved state of an assessment's answers: number, time, answers, priorities and the
 * catalogue version they were scored with. Revisions are never changed once written.
 */
@Entity
@Table(name = "assessment_revision")
public class Revision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "assessment_id", nullable = false)
	private Long assessmentId;

	@Column(nullable = false)
	private int number;

	@Column(name = "answers", nullable = false)
	private String answersJson;

	@Column(name = "priorities", nullable = false)
	private String prioritiesJson;

	@Column(name = "assumptions")
	private String assumptionsJson;

	@Column(name = "catalogue_id", nullable = false)
	private String catalogueId = Catalogue.BUILT_IN;

	@Column(name = "catalogue_version", nullable = false)
	private String catalogueVersion;

	private String recommended;

	private Double score;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected Revision() {
	}

	static Revision of(Assessment assessment, Instant now) {
		Revision revision = new Revision();
		revision.assessmentId = assessment.id();
		revision.number = assessment.revision();
		revision.answersJson = assessment.answersJson();
		revision.prioritiesJson = assessment.prioritiesJson();
		revision.assumptionsJson = assessment.assumptionsJson();
		revision.catalogueId = assessment.catalogueId();
		revision.catalogueVersion = assessment.catalogueVersion();
		revision.recommended = assessment.recommended();
		revision.score = assessment.score();
		revision.createdAt = now;
		return revision;
	}

	/** A revision as an archive recorded it, scored again with its own catalogue. */
	static Revision restored(Assessment assessment, int number, Answers answers, List<String> priorities,
			CostAssumptions assumptions, Evaluation evaluation, Instant createdAt) {
		Revision revision = new Revision();
		revision.assessmentId = assessment.id();
		revision.number = number;
		revision.answersJson = JsonText.write(answers.asMap());
		revision.prioritiesJson = JsonText.write(List.copyOf(priorities));
		Map<String, Object> changed = new LinkedHashMap<>();
		Map<String, Object> all = assumptions.toMap();
		assumptions.changedFromDefaults().forEach((name) -> changed.put(name, all.get(name)));
		revision.assumptionsJson = changed.isEmpty() ? null : JsonText.write(changed);
		revision.catalogueId = evaluation.catalogueId();
		revision.catalogueVersion = evaluation.catalogueVersion();
		revision.recommended = evaluation.recommended();
		revision.score = evaluation.ranking().get(0).score();
		revision.createdAt = createdAt;
		return revision;
	}

	/** Links a revision made before its assessment was first stored. */
	void belongsTo(Long assessmentId) {
		if (this.assessmentId == null) {
			this.assessmentId = assessmentId;
		}
	}

	public int number() {
		return this.number;
	}

	public Answers answers() {
		return Answers.of(JsonText.stringMap(this.answersJson));
	}

	public List<String> priorities() {
		return JsonText.stringList(this.prioritiesJson);
	}

	/** The cost assumptions that differed from the defaults at this revision. */
	public Map<String, Double> assumptions() {
		return JsonText.numberMap(this.assumptionsJson);
	}

	/** The cost assumptions this revision was scored with. */
	public CostAssumptions costAssumptions() {
		return CostAssumptions.fromMap(assumptions());
	}

	/** The id of the catalogue this revision was scored with. */
	public String catalogueId() {
		return this.catalogueId;
	}

	public String catalogueVersion() {
		return this.catalogueVersion;
	}

	public String recommended() {
		return this.recommended;
	}

	public Double score() {
		return this.score;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

}
