#!/usr/bin/env bash
# Writes the H2 script that grows the database seeded through the API (workspace
# "Bench 1k" with N assessments, N dividing 1 000) into the benchmark's database:
#   1. "Bench 1k" is filled up to 1 000 assessments with copies of the seeded ones (with
#      their revisions, comments and votes);
#   2. a new workspace "Bench 100k" gets 100 copies of those 1 000 (with their votes, which
#      the list shows; revisions and comments are not read by the list).
# Usage: grow.sh SEEDED_COUNT > script.sql
set -euo pipefail
seeded=$1
copy="$(cd "$(dirname "$0")" && pwd)/copy.sql"
# copies INTO STEP DETAILS FIRST LAST: copies rounds FIRST..LAST of the assessments of
# "Bench 1k" (as they are now) into the workspace whose id INTO gives, STEP seconds apart, with
# revisions and comments when DETAILS is 1 (see copy.sql).
copies() {
	cat <<SQL
SET @dst = $1;
SET @lo = (SELECT MIN(id) FROM assessment WHERE workspace_id = @ws1k);
SET @span = (SELECT MAX(id) FROM assessment WHERE workspace_id = @ws1k) - @lo + 1;
SET @base = (SELECT MAX(id) FROM assessment);
SET @step = $2;
SET @details = $3;
SQL
	for ((r = $4; r <= $5; r++)); do
		echo "SET @r = $r; RUNSCRIPT FROM '$copy';"
	done
}

cat <<SQL
SET RETENTION_TIME 0;
SET @ws1k = (SELECT id FROM workspace WHERE name = 'Bench 1k');
SET @src = @ws1k;
SQL
copies @ws1k 3600 1 1 $((1000 / seeded - 1))
cat <<SQL
INSERT INTO workspace (name, view_key, owner_key_hash, created_at, updated_at, version)
VALUES ('Bench 100k', REPLACE(CAST(RANDOM_UUID() AS VARCHAR), '-', ''),
    REPLACE(CAST(RANDOM_UUID() AS VARCHAR), '-', '') || REPLACE(CAST(RANDOM_UUID() AS VARCHAR), '-', ''),
    CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0);
SQL
copies "(SELECT id FROM workspace WHERE name = 'Bench 100k')" 60 0 1 100
cat <<SQL
SET @next = (SELECT MAX(id) + 1 FROM assessment);
ALTER TABLE assessment ALTER COLUMN id RESTART WITH @next;
SQL
