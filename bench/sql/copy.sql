-- One copy of the assessments of workspace @src with ids in [@lo, @lo + @span) into
-- workspace @dst, as copy number @r: new ids after @base, new unique keys (32 characters
-- of a fresh random UUID for the view key, 64 for the owner key hash), a title numbered
-- by the new id, time stamps moved back by @r times @step seconds, and copies of the
-- votes; of the revisions and comments too when @details is 1. The ids in the range
-- are all in @src (the seeded ids are contiguous), so the copies of the votes, revisions
-- and comments read their tables by the assessment id's index.

INSERT INTO assessment (id, version, view_key, owner_key_hash, title, title_lower, description, answers,
    priorities, assumptions, catalogue_version, recommended, score, confidence, status, wizard_step, revision,
    created_at, updated_at, decided_architecture, decision_rationale, deciders, decided_at, superseded_by,
    workspace_id, scenario_of)
SELECT @base + (@r - 1) * @span + (a.id - @lo) + 1, a.version,
    REPLACE(CAST(RANDOM_UUID() AS VARCHAR), '-', ''),
    REPLACE(CAST(RANDOM_UUID() AS VARCHAR), '-', '') || REPLACE(CAST(RANDOM_UUID() AS VARCHAR), '-', ''),
    REGEXP_REPLACE(a.title, '[0-9]+$', LPAD(CAST(@base + (@r - 1) * @span + (a.id - @lo) + 1 AS VARCHAR), 6, '0')),
    LOWER(REGEXP_REPLACE(a.title, '[0-9]+$',
        LPAD(CAST(@base + (@r - 1) * @span + (a.id - @lo) + 1 AS VARCHAR), 6, '0'))),
    a.description, a.answers, a.priorities, a.assumptions, a.catalogue_version, a.recommended, a.score,
    a.confidence, a.status, a.wizard_step, a.revision,
    DATEADD(SECOND, -(@r * @step + MOD(a.id, @step)), a.created_at),
    DATEADD(SECOND, -(@r * @step + MOD(a.id, @step)), a.updated_at),
    a.decided_architecture, a.decision_rationale, a.deciders, a.decided_at, a.superseded_by, @dst, NULL
FROM assessment a
WHERE a.id >= @lo AND a.id < @lo + @span AND a.workspace_id = @src;

INSERT INTO vote (assessment_id, voter, voter_key, architecture, created_at, updated_at)
SELECT @base + (@r - 1) * @span + (v.assessment_id - @lo) + 1, v.voter, v.voter_key, v.architecture,
    DATEADD(SECOND, -(@r * @step), v.created_at), DATEADD(SECOND, -(@r * @step), v.updated_at)
FROM vote v
WHERE v.assessment_id >= @lo AND v.assessment_id < @lo + @span;

INSERT INTO assessment_revision (assessment_id, number, answers, priorities, assumptions, catalogue_version,
    recommended, score, created_at)
SELECT @base + (@r - 1) * @span + (v.assessment_id - @lo) + 1, v.number, v.answers, v.priorities, v.assumptions,
    v.catalogue_version, v.recommended, v.score, DATEADD(SECOND, -(@r * @step), v.created_at)
FROM assessment_revision v
WHERE @details = 1 AND v.assessment_id >= @lo AND v.assessment_id < @lo + @span;

INSERT INTO comment (assessment_id, author, body, hidden, created_at)
SELECT @base + (@r - 1) * @span + (c.assessment_id - @lo) + 1, c.author, c.body, c.hidden,
    DATEADD(SECOND, -(@r * @step), c.created_at)
FROM comment c
WHERE @details = 1 AND c.assessment_id >= @lo AND c.assessment_id < @lo + @span;
