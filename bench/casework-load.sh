#!/usr/bin/env bash
# Case-work benchmark (issue 12, speed), run by hand (not by the test suite). See bench/README.md "Case-work".
#
#   bash bench/casework-load.sh [--cases 200000] [--people 500000] [--timeline 1000000] [--repetitions 100] [--jar PATH]
#   bash bench/casework-load.sh --reuse        times again on the data of the last run (after a change to the jar)
#   bash bench/casework-load.sh --dry-run      checks the tools and prints what it would do
#   bash bench/casework-load.sh --help
#
# On its own PostgreSQL database (BENCH_PG_DB, default safer_case_bench; dropped and created as the postgres
# superuser) with a throw-away SAFER_CRYPTO_KEYSET: starts the jar (postgres profile, port BENCH_PORT or 18082),
# fills people, cases and timeline entries sealed and blind-indexed by the application's own code
# (bench/CaseworkData.java), then times over HTTP, signed in as an officer, the case list with each filter, its
# name, postcode and ward searches, the people look-up by name and the person page's possible matches, each
# against the bare SQL the page needs, timed by JDBC in the same run (bench/CaseworkLoad.java). Figures into
# bench/results/casework.txt.
# Target: every page's p95 under 150 ms. Exit status 1 when any misses it.
set -euo pipefail
cd "$(dirname "$0")/.."

usage() { sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; }
cases=200000 people=500000 timeline=1000000 repetitions=100 dry_run=false reuse=false jar=""
while [ $# -gt 0 ]; do
  case "$1" in
    -h|--help) usage; exit 0 ;;
    --dry-run) dry_run=true ;;
    --reuse) reuse=true ;;
    --jar) jar=$(realpath "$2"); shift ;;
    --cases) cases=$2; shift ;;
    --people) people=$2; shift ;;
    --timeline) timeline=$2; shift ;;
    --repetitions) repetitions=$2; shift ;;
    *) usage >&2; exit 2 ;;
  esac
  shift
done
port=${BENCH_PORT:-18082}
db=${BENCH_PG_DB:-safer_case_bench}
email=casework-bench@example.org
password='Bench-casework-passw0rd-2026'

if $dry_run; then
  missing=0
  for tool in java curl psql runuser; do
    if command -v "$tool" >/dev/null; then echo "found $tool"; else echo "missing $tool" >&2; missing=1; fi
  done
  echo "would start the application on database $db, port $port; generate $people people, $cases cases," \
    "$timeline timeline entries; time each page $repetitions times"
  exit $missing
fi

mkdir -p bench/results target
log=target/casework-bench-app.log
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
psql_admin() { runuser -u postgres -- psql -qtA -v ON_ERROR_STOP=1 "$@"; }
psql_db() { PGPASSWORD=safer psql -h 127.0.0.1 -U safer -d "$db" -qtA -v ON_ERROR_STOP=1 "$@"; }
# The throw-away keyset is kept beside the build (owner only) so that --reuse can read the data again.
keyset_file=target/casework-bench.keyset
if ! $reuse; then
  psql_admin -c "DROP DATABASE IF EXISTS $db" >/dev/null
  psql_admin -c "CREATE DATABASE $db OWNER safer" >/dev/null
fi

if [ -z "$jar" ]; then
  [ -n "${SKIP_BUILD:-}" ] && ls target/safer-communities-*.jar >/dev/null 2>&1 || ./mvnw -q -B -DskipTests package
  jar=$PWD/$(ls target/safer-communities-*.jar | grep -v original | head -n 1)
fi
if ! $reuse; then
  (umask 077; java -jar "$jar" new-keyset > "$keyset_file")
fi
SAFER_CRYPTO_KEYSET=$(cat "$keyset_file")
export SAFER_CRYPTO_KEYSET
cp_file=target/casework-bench-classpath.txt
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=runtime >/dev/null
# The application's own classes, from the jar just built, so the data is sealed exactly as the jar seals it.
classes=$(mktemp -d)
(cd "$classes" && jar xf "$jar" BOOT-INF/classes)
cp="$(cat "$cp_file"):$classes/BOOT-INF/classes"

start_app() {
  SPRING_PROFILES_ACTIVE=postgres \
  SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/$db SPRING_DATASOURCE_USERNAME=safer SPRING_DATASOURCE_PASSWORD=safer \
  SAFER_BOOTSTRAP_ADMIN_EMAIL=$email SAFER_BOOTSTRAP_ADMIN_PASSWORD="$password" PORT=$port \
  java -Xmx1g -jar "$jar" >> "$log" 2>&1 &
  app=$!
  for _ in $(seq 1 240); do curl -fs "http://127.0.0.1:$port/actuator/health" >/dev/null && return; sleep 1; done
  echo "the application did not start: see $log" >&2; exit 1
}
: > "$log"
start_app
trap 'kill $app 2>/dev/null || true; rm -rf "$classes"' EXIT
# The bootstrap administrator becomes an officer of the council who need not change the password.
psql_db -c "insert into staff_user_role select id, 'OFFICER' from staff_user where email = '$email' on conflict do nothing" \
  -c "update staff_user set must_change_password = false where email = '$email'"

if ! $reuse; then
  echo "== Generating $people people, $cases cases, $timeline timeline entries"
  start=$(date +%s)
  java -Xmx1g -cp "$cp" bench/CaseworkData.java "jdbc:postgresql://127.0.0.1:5432/$db?user=safer&password=safer" \
    "$cases" "$people" "$timeline" "$email"
  echo "Generated in $(( $(date +%s) - start )) s"
fi
echo "Database: $(psql_db -c "select count(*) from person") people, $(psql_db -c "select count(*) from case_file") cases," \
  "$(psql_db -c "select count(*) from case_timeline_entry") timeline entries," \
  "$(psql_db -c "select pg_size_pretty(pg_database_size('$db'))")"

java -Xmx512m -cp "$cp" bench/CaseworkLoad.java "http://127.0.0.1:$port" "$email" "$password" \
  "jdbc:postgresql://127.0.0.1:5432/$db?user=safer&password=safer" "$repetitions" | tee bench/results/casework.txt
status=${PIPESTATUS[0]}
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a bench/results/casework.txt
exit "$status"
