#!/usr/bin/env bash
# Fault benchmark: PostgreSQL stopped and started again while people send reports. The packaged application runs
# on a PostgreSQL database of its own; REPORTERS people send reports through the public pages without pause
# (bench/FaultLoad.java) and HELD more have answered everything (before PostgreSQL is stopped) and all press "Send"
# one second after it went down.
# PostgreSQL is stopped (fast shutdown) for DOWN seconds and started again; the application is not restarted.
# Passes when: no send got a 5xx or a time-out, and sends that could not be stored got the "Your report has not been
# sent" page (at least one did); every held sender's report was sent in the end, after the not-sent page by coming
# back to check answers, finding their answers and sending again once PostgreSQL was back; the
# same application process recovered (reports sent after the restart); every reference shown is stored exactly
# once; no report is half-written.
#
# Usage: bash bench/fault-postgres-restart.sh [--reporters 10] [--held 10] [--warm 20] [--down 7] [--after 25]
#                                             [--jar PATH] [--database safer_fault] [--port 18092] [--dry-run] [--help]
# PostgreSQL is stopped with `pg_ctlcluster --skip-systemctl-redirect VERSION main stop -m fast` (the only cluster
# under /etc/postgresql) or PG_STOP_COMMAND / PG_START_COMMAND; it is ALWAYS started again when the script ends,
# however it ends. DOWN is at most 10 s: other people may share this PostgreSQL.
# Prints the counts and PASS or FAIL; exit code 0 only for PASS.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/fault-lib.sh

db=postgres
reporters=10
held=10
warm=20
down=7
after=25
jar=""
database=safer_fault
port=18092
dry_run=false
pg_user=safer
pg_password=safer
while (($#)); do
	case $1 in
		--reporters) reporters=$2; shift ;;
		--held) held=$2; shift ;;
		--warm) warm=$2; shift ;;
		--down) down=$2; shift ;;
		--after) after=$2; shift ;;
		--jar) jar=$2; shift ;;
		--database) database=$2; shift ;;
		--port) port=$2; shift ;;
		--dry-run) dry_run=true ;;
		-h | --help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
		*) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
	esac
	shift
done
((down >= 2 && down <= 10)) || { echo "--down is 2 to 10 seconds (at most 10)" >&2; exit 2; }
pg_url="jdbc:postgresql://127.0.0.1:5432/$database"

pg_version=$(ls /etc/postgresql 2>/dev/null | sort -n | tail -n 1 || true)
stop_command=${PG_STOP_COMMAND:-"pg_ctlcluster --skip-systemctl-redirect $pg_version main stop -m fast"}
start_command=${PG_START_COMMAND:-"pg_ctlcluster --skip-systemctl-redirect $pg_version main start"}

if $dry_run; then
	fault_require java jar curl awk psql || exit 1
	if [[ -z ${PG_STOP_COMMAND:-} && -z $pg_version ]]; then
		echo "missing /etc/postgresql/VERSION (set PG_STOP_COMMAND and PG_START_COMMAND)" >&2
		exit 1
	fi
	echo "would start the application on PostgreSQL ($database), send with $reporters reporters and $held held" \
		"senders, stop PostgreSQL for $down s ($stop_command) and start it again ($start_command)"
	exit 0
fi
fault_require java jar curl awk psql || exit 1

work=$(mktemp -d "${TMPDIR:-/tmp}/fault-pg.XXXXXX")
app=""
client=""
stopped=false
cleanup() {
	if $stopped; then
		# Never leave PostgreSQL down, whatever happened.
		bash -c "$start_command" || true
		stopped=false
	fi
	[[ -n "$client" ]] && kill "$client" 2>/dev/null || true
	fault_stop_app
}
trap cleanup EXIT
trap 'exit 130' INT TERM

fault_jar
fault_drivers
fault_fresh_database
keyset=$(java -jar "$jar" new-keyset)

echo "fault-postgres-restart: $reporters reporters, $held held senders, PostgreSQL down for $down s; work directory $work"
fault_start_app
first_app=$app
echo "started in ${start_seconds} s (pid $app)"

java -cp "$drivers" bench/FaultLoad.java send "http://127.0.0.1:$port" "$reporters" 3600 "$work/out" \
	--held "$held" >"$work/client.log" 2>&1 &
client=$!
t0=$(fault_wait_client)
sleep "$warm"
for _ in $(seq 1 180); do [[ -f "$work/out/held-ready" ]] && break; sleep 1; done
[[ -f "$work/out/held-ready" ]] || echo "the held senders were not all ready after 180 s"
stopped=true
down_from=$(fault_since "$t0")
bash -c "$stop_command"
echo "PostgreSQL stopped at $down_from s"
# One second into the outage the held senders press "Send": with the application's 5 s wait for a database
# connection, they are answered while it lasts.
sleep 1
touch "$work/out/press"
sleep $((down - 1))
bash -c "$start_command"
stopped=false
down_to=$(fault_since "$t0")
echo "PostgreSQL started at $down_to s"
sleep "$after"
touch "$work/out/stop"
wait "$client" || true
client=""
cat "$work/client.log"
same_app=false
kill -0 "$first_app" 2>/dev/null && [[ $app == "$first_app" ]] && same_app=true

shown_during=$(awk -F'\t' -v a="$down_from" -v b="$down_to" '$2 > a && $2 < b' "$work/out/shown.txt" | wc -l)
shown_after=$(awk -F'\t' -v t="$down_to" '$2 > t' "$work/out/shown.txt" | wc -l)
send_5xx=$(fault_count send_5xx)
send_timeout=$(fault_count send_timeout)
send_io=$(fault_count send_io_error)
not_sent=$(fault_count send_not_sent_page)
kept=$(fault_count answers_kept)
lost=$(( $(fault_count answers_lost) + $(fault_count answers_not_back_in_time) ))
held_ok=$(fault_count held_shown_after_not_sent)
held_shown=$(fault_count held_shown)
held_ready=$(fault_count held_ready)
echo
echo "sends answered while PostgreSQL was down or coming back: not-sent page $not_sent, 5xx $send_5xx," \
	"time-outs $send_timeout, connection errors $send_io (slowest send $(fault_count slowest_send_ms) ms)"
echo "after the not-sent page: answers still on check answers $kept, answers gone $lost;" \
	"held senders ready $held_ready of $held, sent after the not-sent page $held_ok, sent after waiting $held_shown"
echo "references shown while down: $shown_during; after PostgreSQL was back: $shown_after;" \
	"same application process throughout: $same_app"
echo "other journeys broken by the outage (question pages, counted, not judged):" \
	"$(grep -E '^(journey_|failed: )' "$work/out/send.properties" | paste -sd' ' - || true)"

set +e
java -cp "$drivers" bench/FaultLoad.java check "$pg_url" "$pg_user" "$pg_password" "$work/out"
check=$?
set -e
fault_stop_app

failures=()
((send_5xx + send_timeout + send_io == 0)) || failures+=("sends failed with 5xx, time-outs or connection errors instead of the not-sent page")
((held_ready == held && held_ok + held_shown == held)) || failures+=("not every held sender's report was sent in the end")
((lost == 0)) || failures+=("answers gone after the not-sent page")
((not_sent > 0)) || failures+=("no send saw the not-sent page (was PostgreSQL down during sends?)")
((shown_after > 0)) && $same_app || failures+=("no recovery without a restart")
((check == 0)) || failures+=("the database check failed")
if ((${#failures[@]} == 0)); then
	echo "PASS: fault-postgres-restart: not-sent page while down, answers kept, recovered without a restart, nothing lost or half-written"
	exit 0
fi
for failure in "${failures[@]}"; do echo "FAIL: $failure"; done
echo "logs: $work/app.log, $work/client.log"
exit 1
