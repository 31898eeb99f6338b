#!/usr/bin/env bash
# The page ceiling, run by hand: how many requests a second this machine serves of the cheapest pages, with the
# fastest load generator there is (wrk, in C) on the same cores. A whole online report is 25 requests, most of
# them dearer than these (a POST writes the encrypted draft; the send hashes, encrypts and audits), so the ceiling
# divided by 25 is the most complete journeys a second the machine could serve. See bench/README.md "Page ceiling".
#
#   bash bench/page-ceiling.sh [--seconds 20] [--connections 16]      (needs wrk: apt-get install wrk)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
seconds=20 connections=16
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) seconds=$2; shift ;;
    --connections) connections=$2; shift ;;
    -h|--help) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
port=${BENCH_PORT:-18080}
[ -n "${SKIP_BUILD:-}" ] && ls target/safer-communities-*.jar >/dev/null 2>&1 || ./mvnw -q -B -DskipTests package
jar=$root/$(ls target/safer-communities-*.jar | grep -v original | head -n 1)
workdir=$(mktemp -d /tmp/page-ceiling.XXXXXX)
app=""
cleanup() { [ -n "$app" ] && kill "$app" 2>/dev/null; wait 2>/dev/null; rm -rf "$workdir"; }
trap cleanup EXIT
if curl -fs "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1; then
  echo "something already answers on port $port: stop it or set BENCH_PORT" >&2; exit 1
fi
echo "== $(date -u +%FT%TZ) page ceiling, embedded demo (H2); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
(cd "$workdir" && exec env PORT=$port java -Xmx${BENCH_HEAP:-512m} -jar "$jar" > "$workdir/app.log" 2>&1) &
app=$!
for _ in $(seq 1 240); do curl -fs "http://127.0.0.1:$port/actuator/health" >/dev/null && break; sleep 1; done
base=http://127.0.0.1:$port

# requests/s of one address: wrk's own "Requests/sec" line; non-2xx answers are counted and shown
rate() {
  local out
  out=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency "$base$1")
  local non2xx; non2xx=$(echo "$out" | awk '/Non-2xx/ {print $NF}')
  echo "$out" | awk -v path="$1" -v bad="${non2xx:-0}" \
    '/Requests\/sec/ {rps=$2} /^ +99%/ {p99=$2} /^ +50%/ {p50=$2}
     END {printf "%-28s %9.0f requests/s  median %s  p99 %s  non-2xx %s\n", path, rps, p50, p99, bad}' >&2
  echo "$out" | awk '/Requests\/sec/ {print $2}'
}
echo "== warm-up (not counted)"
wrk -t2 -c"$connections" -d10s "$base/report" >/dev/null
wrk -t2 -c"$connections" -d5s "$base/css/safer.css" >/dev/null
echo "== ${seconds}s each, $connections connections, from $(date -u +%FT%TZ)"
static=$(rate /css/safer.css)
start=$(rate /report)
helppage=$(rate /get-help)
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
awk -v s="$static" -v r="$start" -v h="$helppage" 'BEGIN {
  cheapest = (r > h) ? r : h
  printf "a static file: %.0f/s; the cheapest public pages: %.0f/s (the report start page %.0f/s, get help %.0f/s), %.1f%% of the static rate\n", s, cheapest, r, h, 100 * cheapest / s
  printf "at most %.1f complete 25-request journeys/s if every request were as cheap as the cheapest page (target 150: %.1f%% of it)\n", cheapest / 25, 100 * cheapest / 25 / 150
  printf "at most %.1f journeys/s even if every request were a static file\n", s / 25
  if (cheapest / 25 < 150) { print "RESULT: the 150 journeys/s target is out of reach on this machine (FAIL)"; exit 1 }
  print "RESULT: the ceiling allows the target (PASS)"
}'
