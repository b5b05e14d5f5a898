# Shared by bench/run and bench/profile: building, seeding, starting and stopping.
# shellcheck shell=bash

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$BENCH_DIR")
WORK=${BENCH_WORK:-$BENCH_DIR/work}
APP_PORT=${BENCH_APP_PORT:-19080}
CEILING_PORT=${BENCH_CEILING_PORT:-19081}
SEED_PORT=${BENCH_SEED_PORT:-19082}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
# Both apps run with the heap the README recommends for one instance.
JVM_OPTS=${BENCH_JVM_OPTS:--Xmx256m -XX:+ExitOnOutOfMemoryError}
# Assessments created through the API before the database is grown with SQL (divides 1 000).
SEED_API_COUNT=${BENCH_SEED_API_COUNT:-100}
# The app's own H2 settings (application.properties), on a file under $WORK.
DB_SETTINGS="MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0"
CLK_TCK=$(getconf CLK_TCK)

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() {
	log "$*"
	exit 1
}

STARTED=()
stop_all() {
	local pid
	for pid in "${STARTED[@]}"; do
		stop_pid "$pid"
	done
	STARTED=()
}
trap stop_all EXIT
trap 'exit 130' INT TERM

need() {
	command -v "$1" >/dev/null || die "$1 is missing: $2"
}

check_tools() {
	need "$JAVA" "a JDK 17 or newer"
	need jcmd "the JDK's jcmd"
	need wrk "apt-get install -y wrk"
	need curl "apt-get install -y curl"
	need python3 "Python 3 (standard library only)"
}

app_jar() {
	local jar
	for jar in "$ROOT"/target/archfit-*.jar; do
		[[ $jar == *-plain.jar ]] || {
			echo "$jar"
			return
		}
	done
}

ceiling_jar() { echo "$BENCH_DIR/ceiling/target/ceiling-1.0.jar"; }

build() {
	log "building the app: ./mvnw -q -B -DskipTests package"
	(cd "$ROOT" && ./mvnw -q -B -DskipTests package) || die "the app's build failed"
	log "building the ceiling: ./mvnw -q -B -f bench/ceiling/pom.xml -DskipTests package"
	(cd "$ROOT" && ./mvnw -q -B -f bench/ceiling/pom.xml -DskipTests package) || die "the ceiling's build failed"
}

check_jars() {
	[[ -n $(app_jar) && -f $(app_jar) ]] || die "no app jar under target/: run without --no-build"
	[[ -f $(ceiling_jar) ]] || die "no ceiling jar: run without --no-build"
}

# CPU time (user + system) a process has used, in clock ticks.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }

# wait_idle PID: waits (up to 120 s) until the process uses under 10 % of a core over half a
# second, so that requests still queued from the run before (wrk stops counting, the server
# goes on answering) are not counted in the next run.
wait_idle() {
	local pid=$1 deadline=$((SECONDS + 120)) before after
	while ((SECONDS < deadline)); do
		before=$(cpu_ticks "$pid")
		sleep 0.5
		after=$(cpu_ticks "$pid")
		((after - before <= CLK_TCK / 20)) && return 0
	done
	log "warning: process $pid is still busy after 120 s"
}

# start_app PORT DB LOG [app args...]: starts the app on 127.0.0.1; sets PID and START_NS. DB is
# the folder of an H2 database, or "postgres:SCHEMA" for a schema of the PostgreSQL database of
# BENCH_POSTGRES_URL (with the postgres profile). EXTRA_JVM_OPTS (e.g. a flight recording) go
# to the JVM.
start_app() {
	local port=$1 db=$2 logfile=$3 database=()
	shift 3
	if [[ $db == postgres:* ]]; then
		local schema=${db#postgres:}
		database=(--spring.profiles.active=postgres "--spring.datasource.url=$POSTGRES_URL?currentSchema=$schema"
			"--spring.datasource.username=$POSTGRES_USER" "--spring.flyway.schemas=$schema"
			"--spring.jpa.properties.hibernate.default_schema=$schema")
	else
		database=("--spring.datasource.url=jdbc:h2:file:$db/archfit;$DB_SETTINGS")
	fi
	START_NS=$(date +%s%N)
	# shellcheck disable=SC2086
	ARCHFIT_DB_PASSWORD=${POSTGRES_PASSWORD:-} "$JAVA" $JVM_OPTS ${EXTRA_JVM_OPTS:-} -jar "$(app_jar)" \
		--server.address=127.0.0.1 --server.port="$port" --management.server.port=0 "${database[@]}" "$@" \
		>"$logfile" 2>&1 &
	PID=$!
	STARTED+=("$PID")
}

# start_ceiling PORT LOG: starts the ceiling on 127.0.0.1; sets PID and START_NS.
start_ceiling() {
	local port=$1 logfile=$2
	START_NS=$(date +%s%N)
	# shellcheck disable=SC2086
	"$JAVA" $JVM_OPTS -jar "$(ceiling_jar)" --server.address=127.0.0.1 --server.port="$port" >"$logfile" 2>&1 &
	PID=$!
	STARTED+=("$PID")
}

# wait_up PID URL PATTERN: polls URL until its body matches PATTERN; prints the ms since START_NS.
wait_up() {
	local pid=$1 url=$2 pattern=$3 deadline=$((SECONDS + 300))
	while ((SECONDS < deadline)); do
		kill -0 "$pid" 2>/dev/null || die "process $pid ended while starting (see its log)"
		if curl -s --max-time 2 "$url" 2>/dev/null | grep -q "$pattern"; then
			echo $((($(date +%s%N) - START_NS) / 1000000))
			return
		fi
		sleep 0.05
	done
	die "$url did not come up within 300 s"
}

stop_pid() {
	local pid=$1 i
	kill -0 "$pid" 2>/dev/null || return 0
	kill -TERM "$pid" 2>/dev/null
	for ((i = 0; i < 600; i++)); do
		kill -0 "$pid" 2>/dev/null || break
		sleep 0.1
	done
	kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null
	wait "$pid" 2>/dev/null || true
	local kept=() p
	for p in "${STARTED[@]}"; do
		[[ $p == "$pid" ]] || kept+=("$p")
	done
	STARTED=("${kept[@]}")
	return 0
}

# The H2 jar the app ships with, extracted from its jar (so versions always match).
h2_jar() {
	local dir="$WORK/h2"
	python3 - "$(app_jar)" "$dir" <<'PY'
import os, sys, zipfile
jar, out = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(jar) as z:
    name = next(n for n in z.namelist() if n.startswith("BOOT-INF/lib/h2-") and n.endswith(".jar"))
    target = os.path.join(out, os.path.basename(name))
    if not os.path.exists(target):
        os.makedirs(out, exist_ok=True)
        with open(target, "wb") as f:
            f.write(z.read(name))
    print(target)
PY
}

seed_stamp() {
	cat "$BENCH_DIR/seed.py" "$BENCH_DIR/sql/copy.sql" "$BENCH_DIR/sql/grow.sh" \
		"$ROOT"/src/main/resources/db/migration/*.sql | sha256sum | cut -c1-16
	echo "api-count=$SEED_API_COUNT"
}

# seed_database [--reseed]: makes $WORK/seeded (database + seed.json) unless an identical one
# (same seeding scripts and migrations) is there already.
seed_database() {
	local reseed=$1 seeded="$WORK/seeded" tmp="$WORK/seeding"
	if [[ -z $reseed && -f $seeded/stamp && "$(cat "$seeded/stamp")" == "$(seed_stamp)" ]]; then
		log "reusing the seeded database in $seeded (--reseed makes a new one)"
		return
	fi
	rm -rf "$seeded" "$tmp"
	mkdir -p "$tmp/db"
	log "seeding: $SEED_API_COUNT assessments through the API (port $SEED_PORT)"
	start_app "$SEED_PORT" "$tmp/db" "$tmp/app.log" \
		--archfit.rate-limit.creations-per-minute=0 --archfit.rate-limit.comments-per-minute=0 \
		--archfit.rate-limit.votes-per-minute=0 --archfit.rate-limit.key-misses-per-minute=0
	local pid=$PID
	wait_up "$pid" "http://127.0.0.1:$SEED_PORT/actuator/health" '"UP"' >/dev/null
	python3 "$BENCH_DIR/seed.py" --port "$SEED_PORT" --count "$SEED_API_COUNT" --out "$tmp/seed.json" ||
		die "seeding through the API failed (see $tmp/app.log)"
	stop_pid "$pid"
	log "growing the database with SQL: Bench 1k to 1 000 assessments, Bench 100k with 100 000"
	local h2 url started
	h2=$(h2_jar)
	url="jdbc:h2:file:$tmp/db/archfit;$DB_SETTINGS"
	"$BENCH_DIR/sql/grow.sh" "$SEED_API_COUNT" >"$tmp/grow.sql"
	started=$SECONDS
	"$JAVA" -cp "$h2" org.h2.tools.RunScript -url "$url" -user sa -script "$tmp/grow.sql" ||
		die "growing the database failed"
	"$JAVA" -cp "$h2" org.h2.tools.Shell -url "$url" -user sa \
		-sql "select w.name, w.view_key, count(a.id) from workspace w left join assessment a on a.workspace_id = w.id group by w.name, w.view_key order by w.name" \
		>"$tmp/workspaces.txt"
	log "grown in $((SECONDS - started)) s: $(tr '\n' ' ' <"$tmp/workspaces.txt")"
	python3 - "$tmp/seed.json" "$tmp/workspaces.txt" <<'PY' || die "the grown database does not hold the expected workspaces"
import json, sys
seed = json.load(open(sys.argv[1]))
for line in open(sys.argv[2]):
    cells = [c.strip() for c in line.split("|")]
    if len(cells) == 3 and cells[0] == "Bench 100k":
        seed["workspace100kViewKey"] = cells[1]
        assert int(cells[2]) == 100000, cells
    if len(cells) == 3 and cells[0] == "Bench 1k":
        assert int(cells[2]) == 1000, cells
assert "workspace100kViewKey" in seed
json.dump(seed, open(sys.argv[1], "w"))
PY
	seed_stamp >"$tmp/stamp"
	mv "$tmp" "$seeded"
}

# The PostgreSQL database of bench/run --postgres (the local server by default) and psql's
# view of it.
POSTGRES_URL=${BENCH_POSTGRES_URL:-jdbc:postgresql://127.0.0.1:5432/archfit_test}
POSTGRES_USER=${BENCH_POSTGRES_USER:-postgres}
POSTGRES_PASSWORD=${BENCH_POSTGRES_PASSWORD:-}
bench_psql() {
	local rest=${POSTGRES_URL#jdbc:postgresql://}
	PGPASSWORD=$POSTGRES_PASSWORD psql -q -X -h "${rest%%:*}" -p "$(echo "$rest" | sed -E 's|^[^:]+:([0-9]+)/.*|\1|')" \
		-U "$POSTGRES_USER" -d "${rest#*/}" "$@"
}

# seed_postgres SCHEMA DIR: a fresh schema seeded as seed_database seeds H2 (through the API,
# then grown with SQL, see sql/grow-postgres.sql); its seed.json goes to DIR.
seed_postgres() {
	local schema=$1 dir=$2
	need psql "apt-get install -y postgresql-client"
	mkdir -p "$dir"
	bench_psql -c "create schema $schema" || die "could not create schema $schema at $POSTGRES_URL"
	log "seeding PostgreSQL schema $schema: $SEED_API_COUNT assessments through the API (port $SEED_PORT)"
	start_app "$SEED_PORT" "postgres:$schema" "$dir/seed-app.log" \
		--archfit.rate-limit.creations-per-minute=0 --archfit.rate-limit.comments-per-minute=0 \
		--archfit.rate-limit.votes-per-minute=0 --archfit.rate-limit.key-misses-per-minute=0
	local pid=$PID started
	wait_up "$pid" "http://127.0.0.1:$SEED_PORT/actuator/health" '"UP"' >/dev/null
	python3 "$BENCH_DIR/seed.py" --port "$SEED_PORT" --count "$SEED_API_COUNT" --out "$dir/seed.json" ||
		die "seeding through the API failed (see $dir/seed-app.log)"
	stop_pid "$pid"
	log "growing the schema with SQL: Bench 1k to 1 000 assessments, Bench 100k with 100 000"
	started=$SECONDS
	bench_psql -v schema="$schema" -v seeded="$SEED_API_COUNT" -f "$BENCH_DIR/sql/grow-postgres.sql" \
		>"$dir/workspaces.txt" || die "growing the schema failed"
	log "grown in $((SECONDS - started)) s: $(tr '\n' ' ' <"$dir/workspaces.txt")"
	python3 - "$dir/seed.json" "$dir/workspaces.txt" <<'PY' || die "the grown schema does not hold the expected workspaces"
import json, sys
seed = json.load(open(sys.argv[1]))
for line in open(sys.argv[2]):
    cells = line.strip().split("|")
    if len(cells) == 3 and cells[0] == "Bench 100k":
        seed["workspace100kViewKey"] = cells[1]
        assert int(cells[2]) == 100000, cells
    if len(cells) == 3 and cells[0] == "Bench 1k":
        assert int(cells[2]) == 1000, cells
assert "workspace100kViewKey" in seed
json.dump(seed, open(sys.argv[1], "w"))
PY
}

# fresh_db DIR: a copy of the seeded database to run on (the seeded one stays as it is).
fresh_db() {
	rm -rf "$1"
	mkdir -p "$1"
	cp "$WORK/seeded/db/"*.mv.db "$1/"
}

# request_files DIR [SEED_JSON]: one file of requests per page (see wrk/requests.lua), from
# seed.json (by default the seeded H2 database's).
request_files() {
	python3 - "${2:-$WORK/seeded/seed.json}" "$1" <<'PY'
import json, os, sys
seed = json.load(open(sys.argv[1]))
out = sys.argv[2]
os.makedirs(out, exist_ok=True)
keys = [a["viewKey"] for a in seed["assessments"]]
def write(name, lines):
    with open(os.path.join(out, name + ".txt"), "w") as f:
        f.write("\n".join(lines) + "\n")
write("ceiling", ["GET /tpl"])
write("home", ["GET /"])
write("report", [f"GET /a/{k}" for k in keys])
write("list-1k", [f"GET /w/{seed['workspaceViewKey']}"])
write("list-100k", [f"GET /w/{seed['workspace100kViewKey']}"])
write("compare", [f"GET /compare?keys={keys[i]},{keys[(i + 1) % len(keys)]},{keys[(i + 2) % len(keys)]}"
                  for i in range(len(keys))])
write("evaluate", ["POST /api/v1/evaluations " + json.dumps(a["evaluation"], separators=(",", ":"))
                   for a in seed["assessments"]])
write("export", [f"GET /a/{k}/export.md" for k in keys])
# the home page of a returning browser: its five latest assessments, from the cookie
with open(os.path.join(out, "home.cookie"), "w") as f:
    f.write("archfit_recent=" + ".".join(a["ownerKey"] for a in seed["assessments"][:5]))
PY
}
