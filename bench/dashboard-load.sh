#!/usr/bin/env bash
# Dashboard benchmark: ROWS generated street_crime rows (default 10 million) in PostgreSQL; the dashboard overview
# and one indicator page timed over HTTP against a plain GROUP BY over the raw rows in PostgreSQL and in DuckDB,
# all in the same run. Usage: bash bench/dashboard-load.sh [rows=10000000] [repetitions=100].
# Needs PostgreSQL on 127.0.0.1:5432 with the role safer (see .ci/run) and psql. Downloads the DuckDB JDBC driver
# from Maven Central into the local Maven repository (bench only: the product does not depend on it).
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-10000000}
repetitions=${2:-100}
port=18081
db=safer_dash_bench
duckdb_version=1.5.6.0
email=board-bench@example.org
password='Bench-board-passw0rd-2026'
period_end=2026-06-01
borough=E09000003          # Barnet
crime_type='Anti-social behaviour'
mkdir -p bench/results target

psql_admin() { runuser -u postgres -- psql -qtA -v ON_ERROR_STOP=1 "$@"; }
psql_db() { PGPASSWORD=safer psql -h 127.0.0.1 -U safer -d $db -qtA -v ON_ERROR_STOP=1 "$@"; }
psql_admin -c "DROP DATABASE IF EXISTS $db" >/dev/null
psql_admin -c "CREATE DATABASE $db OWNER safer" >/dev/null

[ -n "${SKIP_BUILD:-}" ] || ./mvnw -q -B -DskipTests package
jar=$(ls target/safer-communities-*.jar | grep -v original | head -n 1)
keyset=$(java -jar "$jar" new-keyset)
./mvnw -q -B dependency:get -Dartifact=org.duckdb:duckdb_jdbc:$duckdb_version >/dev/null
duck_jar=$(find ~/.m2/repository/org/duckdb/duckdb_jdbc/$duckdb_version -name '*.jar' | head -n 1)

start_app() {
  SPRING_PROFILES_ACTIVE=postgres \
  SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/$db SPRING_DATASOURCE_USERNAME=safer SPRING_DATASOURCE_PASSWORD=safer \
  SAFER_CRYPTO_KEYSET="$keyset" SAFER_BOOTSTRAP_ADMIN_EMAIL=$email SAFER_BOOTSTRAP_ADMIN_PASSWORD="$password" PORT=$port \
  java -Xmx1g -jar "$jar" >> target/dashboard-bench-app.log 2>&1 &
  app=$!
  for _ in $(seq 1 180); do curl -fs "http://127.0.0.1:$port/actuator/health" >/dev/null && return; sleep 1; done
  echo "the application did not start: see target/dashboard-bench-app.log" >&2; exit 1
}
: > target/dashboard-bench-app.log
start_app
trap 'kill $app 2>/dev/null || true' EXIT
# The bootstrap administrator becomes a board member who need not change the password.
psql_db -c "insert into staff_user_role select id, 'BOARD' from staff_user where email = '$email' on conflict do nothing" \
  -c "update staff_user set must_change_password = false where email = '$email'"

echo "== Generating $rows street_crime rows: 36 months to $period_end, 33 boroughs, 14 crime types"
start=$(date +%s.%N)
psql_db <<SQL
select setseed(0.42);
insert into police_import (kind, file_name, sha256, force_code, status, started_at)
  values ('POLICE_UK_STREET', 'generated-benchmark-rows', repeat('0', 64), 'metropolitan', 'COMPLETED', now());
insert into street_crime (force_code, crime_month, row_no, import_id, crime_type, borough_code, ward_code)
with lists as (
  select array['Anti-social behaviour','Bicycle theft','Burglary','Criminal damage and arson','Drugs','Other crime',
               'Other theft','Possession of weapons','Public order','Robbery','Shoplifting','Theft from the person',
               'Vehicle crime','Violence and sexual offences'] as types,
         (select array_agg(code order by code) from borough where code <> 'E09000001') as boroughs,
         (select array_agg(code order by code) from ward) as wards,
         (select max(id) from police_import) as import_id
), drawn as materialized (
  select g, 1 + floor(random() * 14)::int as t, 1 + floor(random() * 32)::int as b, random() as w
  from generate_series(1, $rows) g
)
select 'metropolitan', (date '$period_end' - make_interval(months => (g % 36)::int))::date, g, l.import_id,
       l.types[d.t], l.boroughs[d.b],
       case when l.boroughs[d.b] = '$borough' then l.wards[1 + floor(d.w * cardinality(l.wards))::int] end
from drawn d cross join lists l;
analyze street_crime;
-- What the importer records of each file it loads: the months, force, crime types and boroughs the rows cover
insert into street_crime_coverage (crime_month, force_code, import_id, crime_type, borough_code, row_count)
select crime_month, force_code, import_id, crime_type, coalesce(borough_code, ''), count(*)
from street_crime group by crime_month, force_code, import_id, crime_type, coalesce(borough_code, '');
SQL
end=$(date +%s.%N)
printf 'Generated in %.0f s\n' "$(echo "$end - $start" | bc -l)"

echo "== Refreshing the application's monthly aggregates (at start-up, as for a source never refreshed)"
kill $app; wait $app 2>/dev/null || true
psql_db -c "delete from indicator_refresh where source = 'POLICE_STREET'"
start=$(date +%s.%N)
start_app
until psql_db -c "select 1 from indicator_refresh where source = 'POLICE_STREET'" | grep -q 1; do sleep 1; done
end=$(date +%s.%N)
printf 'Aggregates refreshed from %s raw rows in %.0f s (start-up included); indicator_month rows: %s\n' "$rows" \
  "$(echo "$end - $start" | bc -l)" "$(psql_db -c 'select count(*) from indicator_month')"

echo "== Exporting the rows for DuckDB"
csv=/tmp/dashboard-bench-rows.csv
psql_db -c "\\copy (select crime_month, crime_type, borough_code, ward_code from street_crime) to '$csv' with (format csv, header true)"

cp=$(./mvnw -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=runtime)
java -Xmx2g -cp "$cp:$duck_jar" bench/DashboardLoad.java "http://127.0.0.1:$port" "$email" "$password" \
  "jdbc:postgresql://127.0.0.1:5432/$db?user=safer&password=safer" /tmp/dashboard-bench.duckdb "$csv" \
  "$period_end" "$borough" "$crime_type" "${OVERVIEW_PATH:-/staff/dashboard}" "${INDICATOR_PATH:-/staff/dashboard/asb}" \
  "$repetitions" | tee bench/results/dashboard.txt
rm -f "$csv" /tmp/dashboard-bench.duckdb*
