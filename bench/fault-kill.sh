#!/usr/bin/env bash
# Fault benchmark: SIGKILL during concurrent sends. The packaged application runs on its embedded default (H2
# file database under ./data of a temporary directory, demo profile) or, with --db postgres, on a PostgreSQL
# database of its own. REPORTERS people send complete reports through the public pages (bench/FaultLoad.java);
# the JVM is killed with SIGKILL KILLS times mid-run and started again each time. Then every reference that was
# shown on a confirmation page must be in hate_report exactly once, and no report may be half-written.
#
# Usage: bash bench/fault-kill.sh [--db h2|postgres] [--reporters 20] [--interval 20] [--kills 2] [--jar PATH]
#                                 [--database safer_fault] [--port 18091] [--dry-run] [--help]
#   --interval  seconds of sending before each kill, and after the last restart
#   --jar       use this jar instead of building one (e.g. an older build, to compare)
# Needs java (17+), curl and, for --db postgres, PostgreSQL on 127.0.0.1:5432 with the role safer/safer and a
# superuser reachable by `runuser -u postgres -- psql` (root) or `psql -h 127.0.0.1 -U postgres`.
# Prints the counts and PASS or FAIL; exit code 0 only for PASS.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/fault-lib.sh

db=h2
reporters=20
interval=20
kills=2
jar=""
database=safer_fault
port=18091
dry_run=false
pg_user=safer
pg_password=safer
while (($#)); do
	case $1 in
		--db) db=$2; shift ;;
		--reporters) reporters=$2; shift ;;
		--interval) interval=$2; shift ;;
		--kills) kills=$2; shift ;;
		--jar) jar=$2; shift ;;
		--database) database=$2; shift ;;
		--port) port=$2; shift ;;
		--dry-run) dry_run=true ;;
		-h | --help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
		*) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
	esac
	shift
done
[[ $db == h2 || $db == postgres ]] || { echo "--db is h2 or postgres" >&2; exit 2; }
pg_url="jdbc:postgresql://127.0.0.1:5432/$database"

if $dry_run; then
	tools=(java jar curl awk)
	[[ $db == postgres ]] && tools+=(psql)
	fault_require "${tools[@]}" || exit 1
	echo "would start the application on $db, send with $reporters reporters, SIGKILL it $kills times" \
		"($interval s apart) and check every reference shown"
	exit 0
fi
fault_require java jar curl awk || exit 1

work=$(mktemp -d "${TMPDIR:-/tmp}/fault-kill.XXXXXX")
app=""
client=""
cleanup() {
	[[ -n "$client" ]] && kill "$client" 2>/dev/null || true
	fault_stop_app
}
trap cleanup EXIT

fault_jar
fault_drivers
if [[ $db == postgres ]]; then
	fault_fresh_database
	keyset=$(java -jar "$jar" new-keyset)
	check_url=$pg_url
	check_user=$pg_user
	check_password=$pg_password
else
	check_url="jdbc:h2:file:$work/app/data/safer-communities;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;IFEXISTS=TRUE"
	check_user=sa
	check_password=""
fi

echo "fault-kill: $db, $reporters reporters, $kills SIGKILLs $interval s apart; work directory $work"
fault_start_app
echo "started in ${start_seconds} s (pid $app)"

java -cp "$drivers" bench/FaultLoad.java send "http://127.0.0.1:$port" "$reporters" 3600 "$work/out" >"$work/client.log" 2>&1 &
client=$!
t0=$(fault_wait_client)
restarts_ok=0
kill_times=()
for k in $(seq 1 "$kills"); do
	sleep "$interval"
	kill_times+=("$(fault_since "$t0")")
	kill -9 "$app"
	wait "$app" 2>/dev/null || true
	echo "SIGKILL $k at ${kill_times[-1]} s"
	if fault_start_app; then
		restarts_ok=$((restarts_ok + 1))
		echo "restarted in ${start_seconds} s"
	else
		echo "FAIL: the application did not start again after SIGKILL $k"
		break
	fi
done
last_restart=$(fault_since "$t0")
sleep "$interval"
touch "$work/out/stop"
wait "$client" || true
cat "$work/client.log"
fault_stop_app

shown_total=$(grep -c . "$work/out/shown.txt" || true)
shown_before_kill=$(awk -F'\t' -v t="${kill_times[0]:-0}" '$2 < t' "$work/out/shown.txt" | wc -l)
shown_after_restart=$(awk -F'\t' -v t="$last_restart" '$2 > t' "$work/out/shown.txt" | wc -l)
if ((kills > 0)); then
	rate=$(awk -v n="$shown_before_kill" -v t="${kill_times[0]}" 'BEGIN { printf "%.1f", n / t }')
else
	# No kill: the rate over the second half of the run (the first half warms the JVM up).
	half=$(awk -v t="$interval" 'BEGIN { print t / 2 }')
	shown_before_kill=$(awk -F'\t' -v t="$half" '$2 >= t' "$work/out/shown.txt" | wc -l)
	rate=$(awk -v n="$shown_before_kill" -v t="$half" 'BEGIN { printf "%.1f", n / t }')
fi
echo
if ((kills > 0)); then
	echo "references shown: $shown_total ($shown_before_kill before the first SIGKILL: $rate reports/s; $shown_after_restart after the last restart)"
else
	echo "references shown: $shown_total; steady rate (second half of the run): $rate reports/s"
fi
echo "restarts after SIGKILL: $restarts_ok of $kills"

set +e
java -cp "$drivers" bench/FaultLoad.java check "$check_url" "$check_user" "$check_password" "$work/out"
check=$?
set -e
if ((check == 0 && restarts_ok == kills && shown_after_restart > 0)); then
	echo "PASS: fault-kill ($db): every reference shown survived $kills SIGKILLs, stored once, nothing half-written"
	exit 0
fi
echo "FAIL: fault-kill ($db) (check exit $check, restarts $restarts_ok/$kills, shown after last restart $shown_after_restart)"
echo "logs: $work/app.log, $work/client.log"
exit 1
