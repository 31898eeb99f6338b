#!/usr/bin/env bash
# Shared by bench/fault-kill.sh and bench/fault-postgres-restart.sh (sourced, never run on its own): building the
# jar, the JDBC drivers for the checks, a database of the run's own, starting the application and waiting for it.

# The packaged jar: --jar PATH, else built now (./mvnw package, tests skipped).
fault_jar() {
	if [[ -n "${jar:-}" ]]; then
		[[ -f "$jar" ]] || { echo "no such jar: $jar" >&2; exit 2; }
	else
		./mvnw -q -B -DskipTests package
		jar=$(ls target/safer-communities-*.jar | grep -v original | head -n 1)
	fi
	jar=$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")
}

# The JDBC drivers the application itself ships (H2 and PostgreSQL), taken out of its jar for the checks.
fault_drivers() {
	mkdir -p "$work/lib"
	local entries
	entries=$(jar tf "$jar" | grep -E '^BOOT-INF/lib/(h2|postgresql)-[0-9][^/]*\.jar$')
	# shellcheck disable=SC2086
	(cd "$work/lib" && jar xf "$jar" $entries)
	drivers=$(ls "$work"/lib/BOOT-INF/lib/*.jar | paste -sd: -)
}

# psql as the PostgreSQL superuser: through runuser when root, else over TCP as postgres (trust auth, as in CI).
fault_psql_admin() {
	if [[ $(id -u) == 0 ]] && command -v runuser >/dev/null; then
		runuser -u postgres -- psql -qtA -v ON_ERROR_STOP=1 "$@"
	else
		psql -h "${PGHOST:-127.0.0.1}" -p "${PGPORT:-5432}" -U postgres -qtA -v ON_ERROR_STOP=1 "$@"
	fi
}

# A fresh database of the run's own, owned by the application's role.
fault_fresh_database() {
	fault_psql_admin -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" >/dev/null
	fault_psql_admin -c "CREATE DATABASE $database OWNER $pg_user" >/dev/null
}

# Starts the application in the background (its working directory is $work/app, so the H2 default's ./data is
# there) and waits until it answers /actuator/health. Sets app (its process id) and start_seconds.
fault_start_app() {
	mkdir -p "$work/app"
	local env_vars=(PORT="$port" SAFER_REPORTING_RATE_LIMIT_REPORTS_PER_CLIENT=100000000
		SAFER_REPORTING_RATE_LIMIT_FOLLOW_UP_ATTEMPTS_PER_CLIENT=100000000 SAFER_WEB_BASE_URL="http://127.0.0.1:$port")
	if [[ $db == postgres ]]; then
		env_vars+=(SPRING_PROFILES_ACTIVE=postgres SPRING_DATASOURCE_URL="$pg_url" SPRING_DATASOURCE_USERNAME="$pg_user"
			SPRING_DATASOURCE_PASSWORD="$pg_password" SAFER_CRYPTO_KEYSET="$keyset")
	else
		# The embedded default exactly as shipped (demo profile, H2 file database under ./data), without the
		# bundled open-data import, which only slows the start.
		env_vars+=(SAFER_DEMO_SAMPLE_DATA=false)
	fi
	(cd "$work/app" && exec env "${env_vars[@]}" java -Xmx512m -jar "$jar") >>"$work/app.log" 2>&1 &
	app=$!
	local waited=0
	until curl -fs "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1; do
		if ! kill -0 "$app" 2>/dev/null; then
			echo "the application stopped while starting; last lines of $work/app.log:" >&2
			tail -n 30 "$work/app.log" >&2
			return 1
		fi
		if ((waited >= 180)); then
			echo "the application did not answer within 180 s" >&2
			return 1
		fi
		sleep 1
		waited=$((waited + 1))
	done
	start_seconds=$waited
}

# Stops the application cleanly (SIGTERM) and waits for it.
fault_stop_app() {
	if [[ -n "${app:-}" ]] && kill -0 "$app" 2>/dev/null; then
		kill "$app" 2>/dev/null || true
		for _ in $(seq 1 60); do kill -0 "$app" 2>/dev/null || break; sleep 1; done
		kill -9 "$app" 2>/dev/null || true
		wait "$app" 2>/dev/null || true
	fi
}

# Waits until the client has started (it writes OUT_DIR/started); prints that moment in epoch seconds.
fault_wait_client() {
	for _ in $(seq 1 120); do
		[[ -f "$work/out/started" ]] && break
		sleep 0.25
	done
	date +%s.%N
}

# Seconds since $1 (epoch seconds, as from date +%s.%N).
fault_since() {
	awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }'
}

# A count from the client's summary (0 when absent).
fault_count() {
	local value
	value=$(grep -E "^$1=" "$work/out/send.properties" 2>/dev/null | cut -d= -f2 || true)
	echo "${value:-0}"
}

# Checks the tools a run needs; prints what is missing.
fault_require() {
	local missing=0
	for tool in "$@"; do
		if ! command -v "$tool" >/dev/null; then
			echo "missing $tool" >&2
			missing=1
		fi
	done
	return $missing
}
