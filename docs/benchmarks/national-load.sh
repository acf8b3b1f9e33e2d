#!/usr/bin/env bash
# National load benchmark (docs/benchmarks.md, "National load"): generates a national data set in a
# fresh database, starts the tracker on it (./mvnw -Prun), drives each read endpoint and
# progress-update writes with wrk, times the dashboard's own SQL run directly in the mariadb
# client, prints one table, and stops the tracker.
#
#   docs/benchmarks/national-load.sh [services]      # 5000 (default), 160, or any count to 99999
#
# Settings (environment):
#   BENCH_DB                database to DROP and recreate; must contain "bench"
#                           (default tracker_bench for 5000 services, tracker_bench<N> otherwise)
#   DB_HOST, DB_PORT        MariaDB server on this machine (127.0.0.1, 3306)
#   DB_USER, DB_PASSWORD    an account that may create databases and set global variables (root, empty)
#   BENCH_PORT              HTTP port of the tracker started here (18480)
#   BENCH_SECONDS           length of each measured wrk run (10)
#   BENCH_WARMUP_SECONDS    unmeasured wrk run before each measured one (3; 0: none)
#   BENCH_READ_CONNECTIONS  wrk connections for reads (32), over BENCH_WRK_THREADS threads (2)
#   BENCH_WRITE_CONNECTIONS wrk connections for writes, each on its own action (16, at most 20)
#   BENCH_SQL_RUNS          replays of each dashboard variant's SQL in the mariadb client (5; 0: skip)
#   BENCH_SCHEMA_VERSION    migration the data is generated against (13; the tracker migrates the
#                           rest, if any, over the generated rows at start-up); "latest" for all
#   BENCH_START_TIMEOUT     seconds to wait for /health/ready (1800)
#   BENCH_OUT               folder for the logs and the result table (target/national-load/<time>)
#
# Needs: JDK 17, curl, python3, the mariadb client, and wrk (installed with apt-get if missing).
# Passwords of the accounts it uses are generated for the run and never written to disk.
set -euo pipefail

services=${1:-5000}
[[ $services =~ ^[1-9][0-9]{0,4}$ ]] || { echo "usage: $0 [services: 1 to 99999]" >&2; exit 2; }
(( services >= 4 )) || { echo "need at least 4 services (service 3 holds the 20-action plan)" >&2; exit 2; }

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
here="$root/docs/benchmarks"
cd "$root"

if [[ $services == 5000 ]]; then default_db=tracker_bench; else default_db=tracker_bench$services; fi
db=${BENCH_DB:-$default_db}
db_host=${DB_HOST:-127.0.0.1}
db_port=${DB_PORT:-3306}
db_user=${DB_USER:-root}
export MYSQL_PWD=${DB_PASSWORD:-}
port=${BENCH_PORT:-18480}
seconds=${BENCH_SECONDS:-10}
warmup=${BENCH_WARMUP_SECONDS:-3}
read_conns=${BENCH_READ_CONNECTIONS:-32}
wrk_threads=${BENCH_WRK_THREADS:-2}
write_conns=${BENCH_WRITE_CONNECTIONS:-16}
sql_runs=${BENCH_SQL_RUNS:-5}
schema_version=${BENCH_SCHEMA_VERSION:-13}
start_timeout=${BENCH_START_TIMEOUT:-1800}
out=${BENCH_OUT:-$root/target/national-load/$(date +%Y%m%d-%H%M%S)}
base="http://127.0.0.1:$port"

say() { printf '[national-load] %s\n' "$*" >&2; }
die() { say "ERROR: $*"; exit 1; }

# shellcheck source=national-data.sh
source "$here/national-data.sh"
bench_check_db_name
case "$db_host" in
  127.*|localhost) ;;
  *) die "DB_HOST=$db_host: the SQL timings read the server's general log, so the server must be on this machine" ;;
esac
(( write_conns >= 1 && write_conns <= 20 )) || die "BENCH_WRITE_CONNECTIONS must be 1 to 20 (one action each)"

for tool in java curl python3 mariadb; do
  command -v "$tool" >/dev/null || die "$tool is missing"
done
if ! command -v wrk >/dev/null; then
  say "wrk is missing: installing it (apt-get install wrk)"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null ||
    die "could not install wrk; install it (Debian: apt-get install wrk) and run again"
fi
if curl -s -o /dev/null "$base/"; then
  die "something already answers on port $port: stop it or set BENCH_PORT"
fi

mkdir -p "$out"
sql -e 'SELECT 1' >/dev/null || die "cannot reach MariaDB at $db_host:$db_port as $db_user"

# --- clean-up: stop the tracker, switch the general log back, whatever happens -------------------
log_dir=
general_log_before=$(sql -e 'SELECT @@GLOBAL.general_log')
general_log_file_before=$(sql -e 'SELECT @@GLOBAL.general_log_file')
restore_general_log() {
  sql -e "SET GLOBAL general_log = $general_log_before;
          SET GLOBAL general_log_file = '$general_log_file_before'" 2>/dev/null ||
    say "WARNING: could not restore the server's general log settings"
  if [[ -n $log_dir ]]; then rm -rf "$log_dir"; fi
}
cleanup() {
  local status=$?
  trap - EXIT INT TERM
  stop_tracker
  restore_general_log
  if (( status != 0 )); then say "failed (exit $status); logs in $out"; fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- 1. build, then a fresh database with the data -----------------------------------------------
bench_build
bench_national_data

# The active plan of 20 actions (service 3's), its inspection, and the actions the writers use.
read -r plan_id inspection_id service_id <<<"$(sql "$db" -e "
  SELECT p.id, p.inspection_id, i.service_id FROM action_plan p
  JOIN inspection i ON i.id = p.inspection_id JOIN plan_action a ON a.plan_id = p.id
  WHERE p.status = 'ACTIVE' GROUP BY p.id HAVING COUNT(*) = 20 ORDER BY p.id LIMIT 1")"
[[ -n ${plan_id:-} ]] || die "the data has no active plan of 20 actions"
write_actions=$(sql "$db" -e "SELECT GROUP_CONCAT(id ORDER BY id) FROM
  (SELECT id FROM plan_action WHERE plan_id = $plan_id ORDER BY id LIMIT $write_conns) a")

# --- 2. the tracker --------------------------------------------------------------------------------
newpass() { python3 -c 'import secrets; print(secrets.token_hex(16))'; }
admin_email=bench-admin@tracker.local
admin_password=$(newpass)
inspector_email=bench-inspector@tracker.local
inspector_password=$(newpass)
lead_email=bench-lead@tracker.local
lead_password=$(newpass)

bench_start_tracker PORT="$port" HTTP_ADDRESS=127.0.0.1 DEMO=false \
  TRACKER_ADMIN_EMAIL="$admin_email" TRACKER_ADMIN_PASSWORD="$admin_password"

create_account() { # email password role [organisation id]
  local orgs=${4:+[$4]}
  local code
  code=$(curl -s -o "$out/account.json" -w '%{http_code}' -u "$admin_email:$admin_password" \
    -H 'Content-Type: application/json' \
    -d "{\"email\":\"$1\",\"displayName\":\"Benchmark $3\",\"roles\":[\"$3\"],\"organisationIds\":${orgs:-[]},\"password\":\"$2\"}" \
    "$base/api/users")
  [[ $code == 201 ]] || die "creating $1 answered $code: $(cat "$out/account.json")"
}
create_account "$inspector_email" "$inspector_password" INSPECTOR
create_account "$lead_email" "$lead_password" SERVICE_LEAD "$service_id"
inspector_auth="Authorization: Basic $(printf '%s:%s' "$inspector_email" "$inspector_password" | base64 -w0)"
lead_auth="Authorization: Basic $(printf '%s:%s' "$lead_email" "$lead_password" | base64 -w0)"
# The first Basic request of an account hashes its password (PBKDF2, about 0.4 s of CPU); the
# tracker then remembers the credential for a few minutes. One request each before any wrk run, so
# that 16 or 32 connections do not all hash at once.
for auth in "$inspector_auth" "$lead_auth"; do
  curl -sf -o /dev/null -H "$auth" "$base/api/plans/$plan_id" || die "GET /api/plans/$plan_id refused a benchmark account"
done

# --- 3. what is driven ---------------------------------------------------------------------------
# Sort keys as NationalSort declares them (so a key added there is measured too).
sort_keys=$(grep -o '^ *[A-Z_]*("[a-zA-Z]*")' src/main/java/org/yjtracker/dashboard/control/NationalSort.java \
  2>/dev/null | sed 's/.*("\(.*\)")/\1/' | tr '\n' ' ' || true)
[[ -n $sort_keys ]] || sort_keys="service region framework published overall score planStage
  openRecommendations implementedRecommendations overdueActions staleActions"

labels=() paths=() auths=()
add() { labels+=("$1"); paths+=("$2"); auths+=("$3"); }
add "/health (ceiling)" "/health" none
add "inspection" "/api/inspections/$inspection_id" inspector
add "plan (20 actions)" "/api/plans/$plan_id" inspector
add "public list" "/api/public/inspections" none
add "dashboard, first page (sort=service)" "/api/dashboard" inspector
for key in $sort_keys; do
  [[ $key == service ]] || add "dashboard sort=$key" "/api/dashboard?sort=$key" inspector
  add "dashboard sort=-$key" "/api/dashboard?sort=-$key" inspector
done
add "dashboard region=LONDON" "/api/dashboard?region=LONDON" inspector
add "dashboard overall=GOOD" "/api/dashboard?overall=GOOD" inspector
add "dashboard framework=HMIP_YJ_2018" "/api/dashboard?framework=HMIP_YJ_2018" inspector
add "dashboard ownerKind=POLICE" "/api/dashboard?ownerKind=POLICE" inspector
add "dashboard theme=VICTIMS" "/api/dashboard?theme=VICTIMS" inspector
add "dashboard q=0004 (text)" "/api/dashboard?q=0004" inspector

header_for() { case $1 in inspector) echo "$inspector_auth" ;; *) echo "X-Bench: none" ;; esac; }

# One wrk run; prints the BENCH line of national-load.lua (requests, seconds, ok, non2xx, p50, p99).
run_wrk() { # seconds threads connections header url [env assignments...]
  local s=$1 t=$2 c=$3 h=$4 url=$5
  shift 5
  env "$@" wrk -t"$t" -c"$c" -d"${s}s" --timeout 60s -H "$h" -s "$here/national-load.lua" "$url" |
    grep '^BENCH ' || die "wrk gave no result for $url"
}
field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$2"; }

# When wrk stops, the requests it had in flight still run in the tracker; wait for them, so that
# no run starts with another's leftovers (they would also hold pooled connections).
settle() {
  local idle=0
  for _ in $(seq 1 120); do
    if (( $(sql -e "SELECT COUNT(*) FROM information_schema.PROCESSLIST
                    WHERE DB = '$db' AND COMMAND <> 'Sleep'") == 0 )); then
      idle=$((idle + 1))
      (( idle < 3 )) || break
    else
      idle=0
    fi
    sleep 0.5
  done
}

results=() # "label|req/s|p50|p99|non-2xx|socket errors|sql"
record() { # label BENCH-line
  local line=$2
  local rps
  rps=$(awk -v r="$(field requests "$line")" -v s="$(field seconds "$line")" 'BEGIN { printf "%.1f", r / s }')
  local bad
  bad=$(field non2xx "$line")
  (( bad == 0 )) || bad="$bad ($(field statuses "$line"))"
  results+=("$1|$rps|$(field p50_ms "$line")|$(field p99_ms "$line")|$bad|$(( $(field socket_errors "$line") + $(field timeouts "$line") ))|$(field requests "$line")")
}

load_before=$(uptime)
say "load before: $load_before"

for i in "${!labels[@]}"; do
  url="$base${paths[$i]}"
  header=$(header_for "${auths[$i]}")
  code=$(curl -s -o "$out/first-answer.json" -w '%{http_code}' -H "$header" "$url")
  [[ $code == 200 ]] || die "GET ${paths[$i]} answered $code: $(head -c 500 "$out/first-answer.json")"
  if (( warmup > 0 )); then
    run_wrk "$warmup" "$wrk_threads" "$read_conns" "$header" "$url" >/dev/null
    settle
  fi
  line=$(run_wrk "$seconds" "$wrk_threads" "$read_conns" "$header" "$url")
  settle
  record "${labels[$i]}" "$line"
  say "$(printf '%-44s %s' "${labels[$i]}" "${line#BENCH }")"
done

# Writes: one thread a connection, each on its own action of the 20-action plan.
write_label="POST progress update ($write_conns conn., 1 action each)"
curl -sf -o /dev/null -H "$lead_auth" "$base/api/plans/$plan_id" || die "the service lead cannot read its plan"
if (( warmup > 0 )); then
  run_wrk "$((warmup + 2))" "$write_conns" "$write_conns" "$lead_auth" "$base/" \
    BENCH_ACTIONS="$write_actions" BENCH_WRITE_SECONDS="$warmup" >/dev/null
fi
settle
updates_before=$(sql "$db" -e 'SELECT COUNT(*) FROM progress_update')
line=$(run_wrk "$((seconds + 2))" "$write_conns" "$write_conns" "$lead_auth" "$base/" \
  BENCH_ACTIONS="$write_actions" BENCH_WRITE_SECONDS="$seconds")
settle
updates_after=$(sql "$db" -e 'SELECT COUNT(*) FROM progress_update')
record "$write_label" "$line"
say "$(printf '%-44s %s' "$write_label" "${line#BENCH }")"
written=$((updates_after - updates_before))
answered=$(field ok "$line")
if (( written == answered )); then
  write_check="progress_update grew by $written rows = the $answered 2xx answers wrk counted"
else
  write_check="MISMATCH: progress_update grew by $written rows but wrk counted $answered 2xx answers"
fi
say "$write_check"

load_after=$(uptime)
say "load after: $load_after"

# --- 4. the same SQL run directly ----------------------------------------------------------------
declare -A sql_ms=()
if (( sql_runs > 0 )); then
  log_dir=$(mktemp -d /tmp/national-load-log.XXXXXX)
  chown mysql "$log_dir" 2>/dev/null || chmod 0777 "$log_dir"
  our_threads() { sql -e "SELECT GROUP_CONCAT(ID) FROM information_schema.PROCESSLIST WHERE DB = '$db'"; }
  for i in "${!labels[@]}"; do
    [[ ${paths[$i]} == /api/dashboard* ]] || continue
    log="$log_dir/general-$i.log"
    before=$(our_threads)
    sql -e "SET GLOBAL general_log_file = '$log'; SET GLOBAL general_log = 1"
    curl -sf -o /dev/null -H "$inspector_auth" "$base${paths[$i]}" || die "GET ${paths[$i]} failed while logging"
    sql -e "SET GLOBAL general_log = 0; SET GLOBAL general_log_file = '$general_log_file_before'"
    after=$(our_threads)
    [[ -r $log ]] || die "MariaDB wrote no general log to $log_dir (can the server write there?); BENCH_SQL_RUNS=0 skips this part"
    statements="$out/sql-$i.sql"
    python3 "$here/general-log-sql.py" "$log" "$db" "${before//NULL/},${after//NULL/}" >"$statements"
    n=$(grep -c ';$' "$statements" || true)
    (( n > 0 )) || die "no SELECT of the tracker's found in the general log for ${paths[$i]}"
    {
      for _ in $(seq 1 "$sql_runs"); do
        echo "SET @bench_t = SYSDATE(6);"
        cat "$statements"
        echo "SELECT 'bench_elapsed_us', TIMESTAMPDIFF(MICROSECOND, @bench_t, SYSDATE(6));"
      done
    } >"$out/replay-$i.sql"
    median=$(sql "$db" <"$out/replay-$i.sql" | awk '$1 == "bench_elapsed_us" { print $2 }' | sort -n |
      awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.1f", m / 1000 }')
    sql_ms[$i]="$median ($n)"
    say "$(printf '%-44s SQL directly: median %s ms over %s runs, %s statements' "${labels[$i]}" "$median" "$sql_runs" "$n")"
  done
fi

stop_tracker

# --- 5. the table --------------------------------------------------------------------------------
commit=$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src db-migrations || echo "+changes")
{
  echo "National load: $services services ($n_services organisations, $n_inspections inspections,"\
" $n_recommendations recommendations, $n_plans plans, $n_actions actions, $n_updates progress updates"\
" before the writes); code at $commit; $(nproc) cores; tracker ready $startup_seconds s after start."
  echo "wrk: ${seconds} s a run after ${warmup} s of warm-up, $read_conns connections on $wrk_threads threads"\
" for reads, $write_conns for writes. SQL directly: median of $sql_runs runs in the mariadb client"\
" of the SELECTs the tracker ran for one request (their number in brackets). Answers: requests"\
" answered in the run; a request still waiting when a run ends is in no figure, so with only one"\
" or two answers a connection the run was too short for that endpoint (raise BENCH_SECONDS)."
  echo
  echo "| endpoint | answers | req/s | p50 ms | p99 ms | non-2xx (status) | socket errors | SQL directly, ms |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|"
  for i in "${!results[@]}"; do
    IFS='|' read -r label rps p50 p99 bad errors answers <<<"${results[$i]}"
    echo "| $label | $answers | $rps | $p50 | $p99 | $bad | $errors | ${sql_ms[$i]:-} |"
  done
  echo
  echo "Writes: $write_check."
  echo
  echo "Load before: $load_before"
  echo "Load after:  $load_after"
} >"$out/results.md"
echo
cat "$out/results.md"
echo
say "table saved in $out/results.md"
[[ $write_check != MISMATCH* ]] || exit 3
