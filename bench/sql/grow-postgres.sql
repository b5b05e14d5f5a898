-- The PostgreSQL twin of grow.sh + copy.sql (bench/run --postgres): grows the database
-- seeded through the API (workspace "Bench 1k" with :seeded assessments, :seeded dividing
-- 1 000) in the schema :"schema":
--   1. "Bench 1k" is filled up to 1 000 assessments with copies of the seeded ones (with
--      their revisions, comments and votes), copy r moved back r hours;
--   2. a new workspace "Bench 100k" gets 100 copies of those 1 000 (with their votes, which
--      the list shows), copy r moved back r minutes.
-- Copies get new ids after the largest one and new unique keys; the id sequences are moved
-- past them at the end. Usage: psql -v schema=S -v seeded=N -f grow-postgres.sql
\set ON_ERROR_STOP on
SET search_path TO :"schema";

CREATE TEMP TABLE grow_source AS
SELECT w.id AS ws, MIN(a.id) AS lo, MAX(a.id) - MIN(a.id) + 1 AS span
FROM workspace w JOIN assessment a ON a.workspace_id = w.id
WHERE w.name = 'Bench 1k' GROUP BY w.id;

-- copy_rounds(dst, rounds, step seconds, details): rounds 1..rounds of the assessments of
-- "Bench 1k" as they are now, into workspace dst
CREATE FUNCTION pg_temp.copy_rounds(dst bigint, rounds int, step int, details boolean) RETURNS void AS $$
DECLARE
    s record;
    base bigint;
BEGIN
    SELECT g.ws, (SELECT MIN(id) FROM assessment WHERE workspace_id = g.ws) AS lo,
           (SELECT MAX(id) - MIN(id) + 1 FROM assessment WHERE workspace_id = g.ws) AS span
    INTO s FROM grow_source g;
    SELECT MAX(id) INTO base FROM assessment;
    INSERT INTO assessment (id, version, view_key, owner_key_hash, title, title_lower, description, answers,
        priorities, assumptions, catalogue_version, recommended, score, confidence, status, wizard_step, revision,
        created_at, updated_at, decided_architecture, decision_rationale, deciders, decided_at, superseded_by,
        workspace_id, scenario_of)
    SELECT base + (r - 1) * s.span + (a.id - s.lo) + 1, a.version,
        replace(gen_random_uuid()::text, '-', ''),
        replace(gen_random_uuid()::text, '-', '') || replace(gen_random_uuid()::text, '-', ''),
        regexp_replace(a.title, '[0-9]+$', lpad((base + (r - 1) * s.span + (a.id - s.lo) + 1)::text, 6, '0')),
        lower(regexp_replace(a.title, '[0-9]+$', lpad((base + (r - 1) * s.span + (a.id - s.lo) + 1)::text, 6, '0'))),
        a.description, a.answers, a.priorities, a.assumptions, a.catalogue_version, a.recommended, a.score,
        a.confidence, a.status, a.wizard_step, a.revision,
        a.created_at - make_interval(secs => r * step + mod(a.id, step)),
        a.updated_at - make_interval(secs => r * step + mod(a.id, step)),
        a.decided_architecture, a.decision_rationale, a.deciders, a.decided_at, a.superseded_by, dst, NULL
    FROM assessment a CROSS JOIN generate_series(1, rounds) r
    WHERE a.workspace_id = s.ws AND a.id >= s.lo AND a.id < s.lo + s.span;

    INSERT INTO vote (assessment_id, voter, voter_key, architecture, created_at, updated_at)
    SELECT base + (r - 1) * s.span + (v.assessment_id - s.lo) + 1, v.voter, v.voter_key, v.architecture,
        v.created_at - make_interval(secs => r * step), v.updated_at - make_interval(secs => r * step)
    FROM vote v CROSS JOIN generate_series(1, rounds) r
    WHERE v.assessment_id >= s.lo AND v.assessment_id < s.lo + s.span;

    IF details THEN
        INSERT INTO assessment_revision (assessment_id, number, answers, priorities, assumptions,
            catalogue_version, recommended, score, created_at)
        SELECT base + (r - 1) * s.span + (v.assessment_id - s.lo) + 1, v.number, v.answers, v.priorities,
            v.assumptions, v.catalogue_version, v.recommended, v.score,
            v.created_at - make_interval(secs => r * step)
        FROM assessment_revision v CROSS JOIN generate_series(1, rounds) r
        WHERE v.assessment_id >= s.lo AND v.assessment_id < s.lo + s.span;

        INSERT INTO comment (assessment_id, author, body, hidden, created_at)
        SELECT base + (r - 1) * s.span + (c.assessment_id - s.lo) + 1, c.author, c.body, c.hidden,
            c.created_at - make_interval(secs => r * step)
        FROM comment c CROSS JOIN generate_series(1, rounds) r
        WHERE c.assessment_id >= s.lo AND c.assessment_id < s.lo + s.span;
    END IF;
END
$$ LANGUAGE plpgsql;

\o /dev/null
SELECT pg_temp.copy_rounds((SELECT ws FROM grow_source), 1000 / :seeded - 1, 3600, true);

INSERT INTO workspace (name, view_key, owner_key_hash, created_at, updated_at, version)
VALUES ('Bench 100k', replace(gen_random_uuid()::text, '-', ''),
    replace(gen_random_uuid()::text, '-', '') || replace(gen_random_uuid()::text, '-', ''),
    now(), now(), 0);
SELECT pg_temp.copy_rounds((SELECT id FROM workspace WHERE name = 'Bench 100k'), 100, 60, false);

SELECT setval(pg_get_serial_sequence('assessment', 'id'), (SELECT MAX(id) FROM assessment));
\o
ANALYZE;
\pset format unaligned
\pset tuples_only on
SELECT w.name || '|' || w.view_key || '|' || COUNT(a.id) FROM workspace w
LEFT JOIN assessment a ON a.workspace_id = w.id GROUP BY w.name, w.view_key ORDER BY w.name;
