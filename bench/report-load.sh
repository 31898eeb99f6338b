#!/usr/bin/env bash
# Report submission benchmark: 50 concurrent reporters send complete online reports over HTTP on loopback,
# against PostgreSQL, compared with a plain JDBC INSERT loop on the same database in the same run.
# Usage: bash bench/report-load.sh [reporters=50] [seconds=60]. Needs PostgreSQL on 127.0.0.1:5432 (see .ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."
reporters=${1:-50}
seconds=${2:-60}
port=18080
db=safer_bench

runuser -u postgres -- psql -qtA -c "DROP DATABASE IF EXISTS $db" >/dev/null
runuser -u postgres -- psql -qtA -c "CREATE DATABASE $db OWNER safer" >/dev/null
./mvnw -q -B -DskipTests package
jar=$(ls target/safer-communities-*.jar | grep -v original | head -n 1)
keyset=$(java -jar "$jar" new-keyset)

SPRING_PROFILES_ACTIVE=postgres \
SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/$db SPRING_DATASOURCE_USERNAME=safer SPRING_DATASOURCE_PASSWORD=safer \
SAFER_CRYPTO_KEYSET="$keyset" SAFER_REPORTING_RATE_LIMIT_PER_CLIENT=100000000 PORT=$port \
java -Xmx512m -jar "$jar" > target/bench-app.log 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true' EXIT
for _ in $(seq 1 90); do curl -fs "http://127.0.0.1:$port/actuator/health" >/dev/null && break; sleep 1; done

cp=$(./mvnw -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=runtime)
java -cp "$cp" bench/ReportLoad.java "http://127.0.0.1:$port" "$reporters" "$seconds" \
  "jdbc:postgresql://127.0.0.1:5432/$db?user=safer&password=safer"
