#!/usr/bin/env bash
# Import benchmark, run by hand (not part of the test suite). See bench/README.md.
#
#   bash bench/run.sh             the benchmark
#   bash bench/run.sh --dry-run   checks the tools and files it needs and prints what it would do (the build's
#                                 BenchScriptsTests runs this, so a broken script fails the build)
#   bash bench/run.sh --help
#
# 1. Builds 12 months of Metropolitan Police street-level crime (~1 million rows) from the shared samples
#    (bench/BuildDataset.java: repeated and shifted rows, synthetic volume), unless bench/data exists.
# 2. PostgreSQL COPY of the same CSV files into a bare table (no keys, no indexes): the baseline.
# 3. The application's own command line, `java -Xmx512m -jar … import police-uk FILES…`, into the real schema
#    (validation, point-in-area ward and borough look-up, batch inserts, rejection log, one transaction per month).
# 4. Guarded replacement: three months imported again from changed files (same rows, so each replaces its
#    month: the previous rows are set aside for undo, then the new ones written), and one truncated month
#    (refused: held, nothing changed; then imported with --replace).
# Both load into throw-away schemas (BENCH_SCHEMA, default imports_bench, and imports_bench_copy) of the test
# database, dropped first. The application gets a throw-away encryption keyset (its `new-keyset` command): it
# refuses to start without SAFER_CRYPTO_KEYSET, and the benchmark stores no personal data.
set -euo pipefail
cd "$(dirname "$0")/.."

usage() {
  sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'
}
DRY_RUN=false
case "${1:-}" in
  -h|--help) usage; exit 0 ;;
  --dry-run) DRY_RUN=true ;;
  "") ;;
  *) usage >&2; exit 2 ;;
esac

export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGDATABASE=${PGDATABASE:-safer_test}
export PGUSER=${PGUSER:-safer} PGPASSWORD=${PGPASSWORD:-safer}
SCHEMA=${BENCH_SCHEMA:-imports_bench}
HEAP=${BENCH_HEAP:-512m}
SOURCE=${BENCH_SOURCE:-../shared/data/police_uk/met_burglary}
[ -d "$SOURCE" ] || SOURCE=/work/shared/data/police_uk/met_burglary

if $DRY_RUN; then
  missing=0
  for tool in java psql bc; do
    if command -v "$tool" >/dev/null; then echo "found $tool"; else echo "missing $tool" >&2; missing=1; fi
  done
  for file in bench/BuildDataset.java mvnw; do
    [ -f "$file" ] && echo "found $file" || { echo "missing $file" >&2; missing=1; }
  done
  echo "would build bench/data from $SOURCE (unless it exists), then load into schemas $SCHEMA and ${SCHEMA}_copy"
  echo "of $PGDATABASE on $PGHOST:$PGPORT as $PGUSER, with java -Xmx$HEAP and a throw-away SAFER_CRYPTO_KEYSET"
  exit $missing
fi

[ -d bench/data ] || java bench/BuildDataset.java "$SOURCE" bench/data
JAR=$(ls target/safer-communities-*.jar 2>/dev/null | grep -v '\.original$' | head -1 || true)
if [ -z "$JAR" ]; then
  ./mvnw -q -B -DskipTests package
  JAR=$(ls target/safer-communities-*.jar | grep -v '\.original$' | head -1)
fi
mkdir -p bench/results
KEYSET=$(java -jar "$JAR" new-keyset)
echo "Load average before the run: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)" | tee bench/results/load.txt
ROWS=$(for f in bench/data/*.csv; do tail -n +2 "$f" | wc -l; done | awk '{s+=$1} END {print s}')
echo "Data: $(ls bench/data/*.csv | wc -l) files, $ROWS rows, $(du -sh bench/data | cut -f1)"

psql -q -v ON_ERROR_STOP=1 -c "drop schema if exists $SCHEMA cascade" -c "create schema $SCHEMA" \
  -c "drop schema if exists ${SCHEMA}_copy cascade" -c "create schema ${SCHEMA}_copy"

echo "== PostgreSQL COPY into a bare table"
psql -q -v ON_ERROR_STOP=1 -c "create table ${SCHEMA}_copy.copy_baseline (crime_id text, month text, reported_by text,
  falls_within text, longitude double precision, latitude double precision, location text, lsoa_code text,
  lsoa_name text, crime_type text, outcome text, context text)"
start=$(date +%s.%N)
for f in bench/data/*.csv; do
  psql -q -v ON_ERROR_STOP=1 -c "\\copy ${SCHEMA}_copy.copy_baseline from '$f' with (format csv, header true)"
done
end=$(date +%s.%N)
COPY_SECONDS=$(echo "$end - $start" | bc -l)
COPY_RATE=$(echo "$ROWS / $COPY_SECONDS" | bc -l)
printf 'COPY: %d rows in %.1f s = %.0f rows/s\n' "$ROWS" "$COPY_SECONDS" "$COPY_RATE" | tee bench/results/copy.txt

echo "== Application import (java -Xmx$HEAP … import police-uk)"
start=$(date +%s.%N)
SPRING_PROFILES_ACTIVE=postgres \
SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$PGDATABASE?currentSchema=$SCHEMA&reWriteBatchedInserts=true" \
SPRING_DATASOURCE_USERNAME=$PGUSER SPRING_DATASOURCE_PASSWORD=$PGPASSWORD SAFER_CRYPTO_KEYSET="$KEYSET" \
  java -Xmx$HEAP -XX:+UseG1GC -jar "$JAR" import police-uk bench/data/*.csv | tee bench/results/import.txt
end=$(date +%s.%N)
WALL=$(echo "$end - $start" | bc -l)
IMPORT_RATE=$(grep -o '([0-9,]* rows/s)' bench/results/import.txt | tail -1 | tr -d '(),' | cut -d' ' -f1)
printf 'Import: %s rows/s (import phase; %.1f s wall clock including start-up and migrations)\n' "$IMPORT_RATE" "$WALL" \
  | tee -a bench/results/import.txt
printf 'Ratio import / COPY: %.0f%%\n' "$(echo "100 * $IMPORT_RATE / $COPY_RATE" | bc -l)" | tee bench/results/ratio.txt
psql -q -At -c "select 'street_crime rows: ' || count(*) || ', with a ward: ' || count(ward_code) || ', with a borough: ' || count(borough_code) from $SCHEMA.street_crime" \
  | tee -a bench/results/import.txt

echo "== For reference: PostgreSQL COPY of the imported rows into a table like street_crime (same primary key)"
psql -q -v ON_ERROR_STOP=1 -c "\\copy (select * from $SCHEMA.street_crime) to '/tmp/imports-bench-street-crime.csv' with (format csv)" \
  -c "create table ${SCHEMA}_copy.keyed (like $SCHEMA.street_crime including defaults including indexes)"
start=$(date +%s.%N)
psql -q -v ON_ERROR_STOP=1 -c "\\copy ${SCHEMA}_copy.keyed from '/tmp/imports-bench-street-crime.csv' with (format csv)"
end=$(date +%s.%N)
KEYED_SECONDS=$(echo "$end - $start" | bc -l)
printf 'COPY into the keyed table: %.0f rows/s (%.0f%% of the bare-table COPY)\n' "$(echo "$ROWS / $KEYED_SECONDS" | bc -l)" \
  "$(echo "100 * $ROWS / $KEYED_SECONDS / $COPY_RATE" | bc -l)" | tee -a bench/results/ratio.txt
rm -f /tmp/imports-bench-street-crime.csv

echo "== Guarded replacement: three months again from changed files (each replaces its month, previous rows kept)"
REPLACE_DIR=$(mktemp -d)
TRUNCATED_DIR=$(mktemp -d)
trap 'rm -rf "$REPLACE_DIR" "$TRUNCATED_DIR"' EXIT
for f in $(ls bench/data/*.csv | head -3); do
  # Same rows, one more blank line: a different file (SHA-256), so it is not skipped as already imported.
  { cat "$f"; echo; } > "$REPLACE_DIR/$(basename "$f")"
done
import_app() {
  SPRING_PROFILES_ACTIVE=postgres \
  SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$PGDATABASE?currentSchema=$SCHEMA&reWriteBatchedInserts=true" \
  SPRING_DATASOURCE_USERNAME=$PGUSER SPRING_DATASOURCE_PASSWORD=$PGPASSWORD SAFER_CRYPTO_KEYSET="$KEYSET" \
    java -Xmx$HEAP -XX:+UseG1GC -jar "$JAR" import "$@"
}
import_app police-uk "$REPLACE_DIR"/*.csv | tee bench/results/replace.txt
psql -q -At -c "select 'rows kept for undo: ' || count(*) from $SCHEMA.street_crime_replaced" | tee -a bench/results/replace.txt

echo "== Guarded replacement: a truncated month is refused, then imported with --replace"
LAST=$(ls bench/data/*.csv | tail -1)
head -n 1001 "$LAST" > "$TRUNCATED_DIR/$(basename "$LAST")"
if import_app police-uk "$TRUNCATED_DIR"/*.csv > bench/results/truncated.txt; then
  echo "The truncated file was not refused" >&2; cat bench/results/truncated.txt; exit 1
fi
grep -A3 'held' bench/results/truncated.txt | tail -4 || true
import_app --replace police-uk "$TRUNCATED_DIR"/*.csv | tail -2 | tee -a bench/results/truncated.txt
