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
cat <<SQL
SET RETENTION_TIME 0;
SET @ws1k = (SELECT id FROM workspace WHERE name = 'Bench 1k');
SET @src = @ws1k;
SET @dst = @ws1k;
SET @lo = (SELECT MIN(id) FROM assessment WHERE workspace_id = @ws1k);
SET @span = (SELECT MAX(id) FROM assessment WHERE workspace_id = @ws1k) - @lo + 1;
SET @base = (SELECT MAX(id) FROM assessment);
SET @step = 3600;
SET @details = 1;
SQL
for ((r = 1; r < 1000 / seeded; r++)); do
	echo "SET @r = $r; RUNSCRIPT FROM '$copy';"
done
cat <<SQL
INSERT INTO workspace (name, view_key, owner_key_hash, created_at, updated_at, version)
VALUES ('Bench 100k', REPLACE(CAST(RANDOM_UUID() AS VARCHAR), '-', ''),
    REPLACE(CAST(RANDOM_UUID() AS VARCHAR), '-', '') || REPLACE(CAST(RANDOM_UUID() AS VARCHAR), '-', ''),
    CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0);
SET @dst = (SELECT id FROM workspace WHERE name = 'Bench 100k');
SET @lo = (SELECT MIN(id) FROM assessment WHERE workspace_id = @ws1k);
SET @span = (SELECT MAX(id) FROM assessment WHERE workspace_id = @ws1k) - @lo + 1;
SET @base = (SELECT MAX(id) FROM assessment);
SET @step = 60;
SET @details = 0;
SQL
for ((r = 1; r <= 100; r++)); do
	echo "SET @r = $r; RUNSCRIPT FROM '$copy';"
done
cat <<SQL
SET @next = (SELECT MAX(id) + 1 FROM assessment);
ALTER TABLE assessment ALTER COLUMN id RESTART WITH @next;
SQL
