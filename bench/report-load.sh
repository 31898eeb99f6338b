#!/usr/bin/env bash
# Report load benchmark, run by hand (not by the test suite). See bench/README.md "Report load".
#
#   bash bench/report-load.sh [--db h2|postgres] [--reporters 16] [--seconds 30] [--overload 2] [--jfr FILE]
#   bash bench/report-load.sh --dry-run      checks the tools and prints what it would do
#   bash bench/report-load.sh --help
#
# One run: the JDBC single-row INSERT ceiling of the same database; a warm-up; N reporters as fast as they can
# (closed: the sustainable rate); then new reporters arriving at --overload times that rate (open); then every
# reference shown on a confirmation page checked against hate_report; then the figures with PASS/FAIL lines.
# --db h2 (default): the embedded default a newcomer runs (demo profile, H2 file database) in a fresh temp dir.
# --db postgres: its own database (BENCH_PG_DB, default safer_bench) on 127.0.0.1:5432, dropped and created
# (as the postgres superuser: runuser or psql -U postgres), a throw-away SAFER_CRYPTO_KEYSET.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

usage() { sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; }
db=h2 reporters=16 seconds=30 warmup=15 overload=2 jfr="" dry_run=false insert_seconds=15
while [ $# -gt 0 ]; do
  case "$1" in
    -h|--help) usage; exit 0 ;;
    --dry-run) dry_run=true ;;
    --db) db=$2; shift ;;
    --reporters) reporters=$2; shift ;;
    --seconds) seconds=$2; shift ;;
    --warmup) warmup=$2; shift ;;
    --overload) overload=$2; shift ;;
    --jfr) jfr=$(realpath -m "$2"); shift ;;
    *) usage >&2; exit 2 ;;
  esac
  shift
done
case "$db" in h2|postgres) ;; *) echo "--db h2 or --db postgres" >&2; exit 2 ;; esac
port=${BENCH_PORT:-18080}
pg_db=${BENCH_PG_DB:-safer_bench}

if $dry_run; then
  missing=0
  for tool in java curl; do
    if command -v "$tool" >/dev/null; then echo "found $tool"; else echo "missing $tool" >&2; missing=1; fi
  done
  if [ "$db" = postgres ]; then
    command -v psql >/dev/null && echo "found psql" || { echo "missing psql" >&2; missing=1; }
  fi
  echo "would run the report load on $db: INSERT ceiling ${insert_seconds}s, warm-up ${warmup}s, $reporters reporters" \
    "for ${seconds}s, then ${overload}x that rate for ${seconds}s, on port $port"
  exit $missing
fi

mkdir -p target/report-load
stamp=$(date -u +%Y%m%dT%H%M%S)
results=$root/target/report-load/$db-$stamp.properties
refs=$root/target/report-load/$db-$stamp.refs
applog=$root/target/report-load/$db-$stamp-app.log
: > "$refs"

[ -n "${SKIP_BUILD:-}" ] && ls target/safer-communities-*.jar >/dev/null 2>&1 || ./mvnw -q -B -DskipTests package
jar=$root/$(ls target/safer-communities-*.jar | grep -v original | head -n 1)
cp_file=target/report-load/classpath.txt
[ -s "$cp_file" ] && [ "$cp_file" -nt pom.xml ] || \
  ./mvnw -q -B dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=runtime >/dev/null
cp=$(cat "$cp_file")
bench() { java -cp "$cp" bench/ReportLoad.java "$@"; }

env_common=(SAFER_REPORTING_RATE_LIMIT_REPORTS_PER_CLIENT=100000000
  SAFER_REPORTING_RATE_LIMIT_FOLLOW_UP_ATTEMPTS_PER_CLIENT=100000000
  SAFER_WEB_TRUSTED_PROXIES=127.0.0.1 PORT=$port)
jvm=(-Xmx${BENCH_HEAP:-512m})
[ -n "$jfr" ] && jvm+=("-XX:StartFlightRecording=filename=$jfr,settings=profile,dumponexit=true")

if [ "$db" = postgres ]; then
  psql_admin() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- psql -qtA -v ON_ERROR_STOP=1 "$@"
    else psql -h 127.0.0.1 -U postgres -qtA -v ON_ERROR_STOP=1 "$@"; fi
  }
  psql_admin -c "DROP DATABASE IF EXISTS $pg_db" >/dev/null
  psql_admin -c "CREATE DATABASE $pg_db OWNER safer" >/dev/null
  jdbc="jdbc:postgresql://127.0.0.1:5432/$pg_db?user=safer&password=safer"
  keyset=$(java -jar "$jar" new-keyset)
  workdir=$root
  app_env=(SPRING_PROFILES_ACTIVE=postgres SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/$pg_db
    SPRING_DATASOURCE_USERNAME=safer SPRING_DATASOURCE_PASSWORD=safer SAFER_CRYPTO_KEYSET="$keyset")
  insert_jdbc=$jdbc
else
  # As a newcomer runs it: `java -jar`, no profile (the embedded demo), H2 file database under ./data.
  workdir=$(mktemp -d /tmp/report-load-h2.XXXXXX)
  app_env=()
  h2_options="MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
  jdbc="jdbc:h2:file:$workdir/data/safer-communities;$h2_options;user=sa;password="
  insert_jdbc="jdbc:h2:file:$workdir/insert-ceiling;$h2_options;user=sa;password="
fi

app=""
stop_app() {
  if [ -n "$app" ]; then kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; app=""; fi
}
cleanup() { stop_app; [ "$db" = h2 ] && rm -rf "$workdir"; true; }
trap cleanup EXIT

if curl -fs "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1; then
  echo "something already answers on port $port: stop it or set BENCH_PORT" >&2; exit 1
fi
echo "== $(date -u +%FT%TZ) report load on $db; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
(cd "$workdir" && exec env "${env_common[@]}" "${app_env[@]}" java "${jvm[@]}" -jar "$jar" > "$applog" 2>&1) &
app=$!
for _ in $(seq 1 240); do curl -fs "http://127.0.0.1:$port/actuator/health" >/dev/null && break; sleep 1; done
curl -fs "http://127.0.0.1:$port/actuator/health" >/dev/null || { echo "the application did not start: see $applog" >&2; exit 1; }

base=http://127.0.0.1:$port
if [ "$db" = postgres ]; then
  bench insert --jdbc "$insert_jdbc" --threads "$reporters" --seconds "$insert_seconds" --results "$results"
else
  bench insert --jdbc "$insert_jdbc" --threads "$reporters" --seconds "$insert_seconds" --results "$results"
  rm -f "$workdir"/insert-ceiling*
fi
echo "== warm-up, ${warmup}s (not counted)"
bench load --base "$base" --label warmup --reporters "$reporters" --seconds "$warmup" --results "$results" --refs "$refs" >/dev/null
echo "== closed: $reporters reporters, ${seconds}s, from $(date -u +%FT%TZ); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
bench load --base "$base" --label closed --reporters "$reporters" --seconds "$seconds" --results "$results" --refs "$refs"
rate=$(grep '^closed.journeys-per-second=' "$results" | cut -d= -f2)
open_rate=$(echo "$rate * $overload" | bc -l 2>/dev/null || awk "BEGIN{print $rate * $overload}")
echo "== open: ${overload}x the sustainable rate = $open_rate new reporters/s, ${seconds}s, from $(date -u +%FT%TZ); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
bench load --base "$base" --label open --rate "$open_rate" --seconds "$seconds" --results "$results" --refs "$refs"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ "$db" = h2 ]; then stop_app; fi   # the H2 file is the application's while it runs
bench check --jdbc "$jdbc" --refs "$refs" --results "$results"
stop_app
set +e
bench summary --results "$results" --title "$db, $reporters reporters, ${seconds}s, ${overload}x, $(date -u +%FT%TZ)"
status=$?
echo "figures: $results"
exit $status
