#!/usr/bin/env bash
# Reminder run benchmark (docs/benchmarks.md, "Reminder run (issue 15)"): the national data set of
# national-load.sh plus management boards and police partners (reminder-partners.sql) in a fresh
# database, the tracker started on it (./mvnw -Prun, mails caught by the launcher's mail catcher),
# people added (reminder-people.sql), then timed: the first reminder run,
# the worker until the outbox is empty, and a second run the same day. Prints one table and stops
# the tracker.
#
#   docs/benchmarks/reminders.sh [services]      # 5000 (default), 160, or any count to 99999
#
# Settings (environment):
#   BENCH_DB                database to DROP and recreate; must contain "bench"
#                           (default tracker_bench_reminders for 5000, tracker_bench_reminders<N> else)
#   DB_HOST, DB_PORT        MariaDB server on this machine (127.0.0.1, 3306)
#   DB_USER, DB_PASSWORD    an account that may create databases (root, empty)
#   BENCH_PORT              HTTP port of the tracker started here (18490)
#   BENCH_MAIL_PORT         port of the launcher's mail catcher (MAIL_CATCHER_PORT, 3990)
#   BENCH_SCHEMA_VERSION    migration the data is generated against (13), as national-load.sh
#   BENCH_START_TIMEOUT     seconds to wait for /health/ready (1800)
#   BENCH_REQUEST_TIMEOUT   seconds one run or one worker call may take (3600)
#   BENCH_MAX_WORKER_CALLS  worker calls at most before giving up on an empty outbox (400)
#   BENCH_OUT               folder for the logs and the result table (target/reminders/<time>)
#
# Needs: JDK 17 (java, jcmd, jstat), curl, python3 and the mariadb client. The admin's password is
# generated for the run and never written to disk.
set -euo pipefail

services=${1:-5000}
[[ $services =~ ^[1-9][0-9]{0,4}$ ]] || { echo "usage: $0 [services: 1 to 99999]" >&2; exit 2; }

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
here="$root/docs/benchmarks"
cd "$root"

if [[ $services == 5000 ]]; then default_db=tracker_bench_reminders; else default_db=tracker_bench_reminders$services; fi
db=${BENCH_DB:-$default_db}
db_host=${DB_HOST:-127.0.0.1}
db_port=${DB_PORT:-3306}
db_user=${DB_USER:-root}
export MYSQL_PWD=${DB_PASSWORD:-}
port=${BENCH_PORT:-18490}
mail_port=${BENCH_MAIL_PORT:-3990}
schema_version=${BENCH_SCHEMA_VERSION:-13}
start_timeout=${BENCH_START_TIMEOUT:-1800}
request_timeout=${BENCH_REQUEST_TIMEOUT:-3600}
max_worker_calls=${BENCH_MAX_WORKER_CALLS:-400}
out=${BENCH_OUT:-$root/target/reminders/$(date +%Y%m%d-%H%M%S)}
base="http://127.0.0.1:$port"

say() { printf '[reminders] %s\n' "$*" >&2; }
die() { say "ERROR: $*"; exit 1; }

# shellcheck source=national-data.sh
source "$here/national-data.sh"
bench_check_db_name
case "$db_host" in
  127.*|localhost) ;;
  *) die "DB_HOST=$db_host: the statement sampling reads the server's process list, so the server must be on this machine" ;;
esac

for tool in java jcmd jstat curl python3 mariadb; do
  command -v "$tool" >/dev/null || die "$tool is missing"
done
if curl -s -o /dev/null "$base/"; then
  die "something already answers on port $port: stop it or set BENCH_PORT"
fi
if (exec 3<>"/dev/tcp/127.0.0.1/$mail_port") 2>/dev/null; then
  die "something already listens on port $mail_port: stop it or set BENCH_MAIL_PORT"
fi

mkdir -p "$out"
sql -e 'SELECT 1' >/dev/null || die "cannot reach MariaDB at $db_host:$db_port as $db_user"

# --- clean-up: stop the samplers and the tracker, whatever happens -------------------------------
sampler_pids=()
stop_samplers() {
  local pid
  for pid in "${sampler_pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${sampler_pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  sampler_pids=()
}
cleanup() {
  local status=$?
  trap - EXIT INT TERM
  stop_samplers
  stop_tracker
  if (( status != 0 )); then say "failed (exit $status); logs in $out"; fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- 1. build, then a fresh database with the data and the partners ------------------------------
bench_build
bench_national_data
say "adding management boards and police partners (docs/benchmarks/reminder-partners.sql)"
sql "$db" -e "SOURCE $here/reminder-partners.sql;" >"$out/partners.log" ||
  die "adding partners failed: see $out/partners.log"
partner_actions=$(sql "$db" -e "SELECT COUNT(*) FROM plan_action a JOIN organisation o
  ON o.id = a.lead_organisation_id WHERE o.kind = 'POLICE'")
say "$partner_actions actions are led by a police partner"

# --- 2. the tracker, then the people -----------------------------------------------------------------
admin_email=bench-admin@tracker.local
admin_password=$(python3 -c 'import secrets; print(secrets.token_hex(16))')
bench_start_tracker PORT="$port" HTTP_ADDRESS=127.0.0.1 DEMO=false \
  NOTIFICATION_SCHEDULE_ENABLED=false MAIL_CATCHER_PORT="$mail_port" \
  TRACKER_ADMIN_EMAIL="$admin_email" TRACKER_ADMIN_PASSWORD="$admin_password"
admin_auth="Authorization: Basic $(printf '%s:%s' "$admin_email" "$admin_password" | base64 -w0)"

# The tracker makes its first admin only in a database without accounts: the people come now.
say "adding people (docs/benchmarks/reminder-people.sql)"
sql "$db" -e "SOURCE $here/reminder-people.sql;" >"$out/people.log" || die "adding people failed: see $out/people.log"
people=$(sql "$db" -e "SELECT GROUP_CONCAT(CONCAT(role, ' ', n) ORDER BY role SEPARATOR ', ') FROM
  (SELECT role, COUNT(*) AS n FROM account_role GROUP BY role) r")
say "people: $people"

# The JVMs of the process group: Payara Micro (the tracker) and the launcher (the mail catcher).
jvm_pid() { # pattern
  local pid
  for pid in $(ps -o pid= -s "$app_pgid"); do
    if tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -Eq -- "$1"; then echo "$pid"; return; fi
  done
}
tracker_pid=$(jvm_pid '-jar [^ ]*payara-micro')
launcher_pid=$(jvm_pid 'org.yjtracker.launcher.Launcher')
[[ -n $tracker_pid ]] || die "no Payara Micro process found in process group $app_pgid"
max_heap_mb=$(jcmd "$tracker_pid" VM.flags 2>/dev/null | grep -o -- '-XX:MaxHeapSize=[0-9]*' | head -1 | cut -d= -f2 |
  awk '{ printf "%d", $1 / 1048576 }')

# Heap used (MB, all generations, sampled each second) of both JVMs, and the statements MariaDB is
# running for the tracker's database (sampled twice a second).
jstat -gc "$tracker_pid" 1000 >"$out/heap-tracker.log" 2>/dev/null &
sampler_pids+=($!)
if [[ -n $launcher_pid ]]; then
  jstat -gc "$launcher_pid" 1000 >"$out/heap-launcher.log" 2>/dev/null &
  sampler_pids+=($!)
fi
(
  while :; do
    sql -e "SELECT DATE_FORMAT(NOW(3), '%H:%i:%s.%f'), TIME_MS,
              REPLACE(REPLACE(LEFT(INFO, 160), '\n', ' '), '\t', ' ')
            FROM information_schema.PROCESSLIST
            WHERE DB = '$db' AND COMMAND <> 'Sleep' AND INFO IS NOT NULL
              AND INFO NOT LIKE '%information_schema.PROCESSLIST%'" 2>/dev/null || true
    sleep 0.5
  done
) >"$out/processlist.log" &
sampler_pids+=($!)
heap_max() { # jstat log: the largest S0U+S1U+EU+OU, MB
  awk 'NR > 1 && $1 ~ /^[0-9.]+$/ { u = ($3 + $4 + $6 + $8) / 1024; if (u > m) m = u }
       END { printf "%.0f", m }' "$1" 2>/dev/null
}

# The first Basic request of an account hashes its password (PBKDF2); one before the timings.
curl -sf -o /dev/null -H "$admin_auth" "$base/api/admin/reminder-runs" || die "the admin cannot read the reminder runs"

post() { # path file: prints "status seconds"
  curl -s -o "$2" -w '%{http_code} %{time_total}' --max-time "$request_timeout" -X POST \
    -H "$admin_auth" "$base$1"
}
json() { # file field...
  python3 -c 'import json, sys
d = json.load(open(sys.argv[1]))
print(" ".join(str(d[k]) for k in sys.argv[2:]))' "$@"
}
server_seconds() { # run record file
  python3 -c 'import json, sys
from datetime import datetime
d = json.load(open(sys.argv[1]))
t = lambda s: datetime.fromisoformat(s.replace("Z", "+00:00"))
print("%.1f" % (t(d["finishedAt"]) - t(d["startedAt"])).total_seconds())' "$1"
}
london_day() { TZ=Europe/London date +%F; }

# --- 3. the measurements ----------------------------------------------------------------------------
load_before=$(cat /proc/loadavg)
say "load before: $load_before"

say "first reminder run (POST /api/admin/reminder-runs)"
day1=$(london_day)
read -r code run1_seconds <<<"$(post /api/admin/reminder-runs "$out/run-1.json")"
run1_seconds=$(printf '%.1f' "$run1_seconds")
[[ $code == 201 ]] || die "the first run answered $code: $(head -c 500 "$out/run-1.json")"
read -r run1_found run1_written run1_queued run1_sent run1_failed \
  <<<"$(json "$out/run-1.json" found written mailsQueued mailsSent mailsFailed)"
run1_server=$(server_seconds "$out/run-1.json")
say "first run: $run1_seconds s (server $run1_server s): found $run1_found, written $run1_written,"\
" queued $run1_queued, sent $run1_sent, failed $run1_failed"
heap_run1=$(heap_max "$out/heap-tracker.log")

say "the worker until the outbox is empty (POST /api/admin/mails/deliveries)"
worker_calls=0 worker_sent=0 worker_failed=0 worker_seconds=0 worker_slowest=0
while :; do
  (( worker_calls < max_worker_calls )) || die "the outbox was not empty after $max_worker_calls worker calls"
  read -r code seconds <<<"$(post /api/admin/mails/deliveries "$out/worker.json")"
  [[ $code == 200 ]] || die "the worker answered $code: $(head -c 500 "$out/worker.json")"
  read -r sent failed <<<"$(json "$out/worker.json" sent failed)"
  worker_calls=$((worker_calls + 1))
  worker_sent=$((worker_sent + sent))
  worker_failed=$((worker_failed + failed))
  read -r worker_seconds worker_slowest <<<"$(awk -v a="$worker_seconds" -v b="$seconds" -v m="$worker_slowest" \
    'BEGIN { printf "%.3f %.3f", a + b, (b > m ? b : m) }')"
  echo "$worker_calls $seconds $sent $failed" >>"$out/worker.log"
  (( sent + failed > 0 )) || break
  (( worker_calls % 5 )) || say "worker: $worker_calls calls, $worker_sent sent, $worker_failed failed so far"
done
worker_seconds=$(printf '%.1f' "$worker_seconds")
worker_rate=$(awk -v n="$worker_sent" -v s="$worker_seconds" 'BEGIN { printf "%.1f", (s > 0 ? n / s : 0) }')
say "worker: $worker_calls calls, $worker_sent sent, $worker_failed failed in $worker_seconds s ($worker_rate mails/s)"

say "second reminder run, the same day"
read -r code run2_seconds <<<"$(post /api/admin/reminder-runs "$out/run-2.json")"
run2_seconds=$(printf '%.1f' "$run2_seconds")
[[ $code == 201 ]] || die "the second run answered $code: $(head -c 500 "$out/run-2.json")"
day2=$(london_day)
read -r run2_found run2_written run2_queued run2_sent run2_failed \
  <<<"$(json "$out/run-2.json" found written mailsQueued mailsSent mailsFailed)"
run2_server=$(server_seconds "$out/run-2.json")
say "second run: $run2_seconds s (server $run2_server s): found $run2_found, written $run2_written,"\
" queued $run2_queued, sent $run2_sent, failed $run2_failed"
same_day="yes"
[[ $day1 == "$day2" ]] || same_day="NO: the day (Europe/London) changed from $day1 to $day2 between the runs"

load_after=$(cat /proc/loadavg)
say "load after: $load_after"
stop_samplers
heap_peak=$(heap_max "$out/heap-tracker.log")
launcher_heap_peak=$( [[ -n $launcher_pid ]] && heap_max "$out/heap-launcher.log" || echo "?")
out_of_memory=$(grep -c 'OutOfMemoryError' "$out/tracker.log" || true)

mail_counts=$(sql "$db" -e "SELECT status, COUNT(*) FROM outbox_mail GROUP BY status ORDER BY status" |
  awk '{ printf "%s%s %s", (NR > 1 ? ", " : ""), $1, $2 }')
notification_counts=$(sql "$db" -e "SELECT kind, COUNT(*) FROM notification GROUP BY kind ORDER BY kind" |
  awk '{ printf "%s%s %s", (NR > 1 ? ", " : ""), $1, $2 }')
notification_states=$(sql "$db" -e "SELECT state, COUNT(*) FROM notification GROUP BY state ORDER BY state" |
  awk '{ printf "%s%s %s", (NR > 1 ? ", " : ""), $1, $2 }')
digest_size=$(sql "$db" -e "SELECT MIN(n), ROUND(AVG(n), 1), MAX(n) FROM
  (SELECT COUNT(*) AS n FROM notification WHERE mail_id IS NOT NULL GROUP BY mail_id) m" |
  awk '{ printf "%s / %s / %s", $1, $2, $3 }')
mail_bytes=$(sql "$db" -e "SELECT ROUND(AVG(LENGTH(body_text) + LENGTH(body_html)) / 1024, 1),
  ROUND(MAX(LENGTH(body_text) + LENGTH(body_html)) / 1024, 1) FROM outbox_mail" |
  awk '{ printf "%s KB average, %s KB largest", $1, $2 }')

# Which statements the sampler saw running most often (a rough profile of the database's share).
awk -F'\t' 'NF >= 3 { s = $3; sub(/^XA COMMIT .*/, "XA COMMIT (a transaction ends)", s)
  sub(/^SET STATEMENT max_statement_time=[0-9]+ FOR /, "", s); gsub(/[0-9]+/, "N", s); c[substr(s, 1, 110)]++ }
  END { for (k in c) printf "%6d  %s\n", c[k], k }' "$out/processlist.log" | sort -rn | head -15 \
  >"$out/processlist-top.txt"

stop_tracker

# --- 4. the table ----------------------------------------------------------------------------------
commit=$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src db-migrations || echo "+changes")
{
  echo "Reminder run: $services services ($n_services organisations before the people, $n_plans plans,"\
" $n_actions actions, $n_updates progress updates; people: $people; $partner_actions actions led by"\
" a police partner); code at $commit; $(nproc) cores; $(date -u '+%F %H:%M') UTC; tracker ready"\
" $startup_seconds s after start; heap -Xmx${max_heap_mb:-?}m."
  echo
  echo "| step | wall time, s | result |"
  echo "|---|---:|---|"
  echo "| first run (POST /api/admin/reminder-runs) | $run1_seconds | found $run1_found, written $run1_written, mails queued $run1_queued, sent $run1_sent, failed $run1_failed; server's record $run1_server s; heap peak so far $heap_run1 MB |"
  echo "| worker until the outbox is empty (POST /api/admin/mails/deliveries) | $worker_seconds | $worker_calls calls, sent $worker_sent, failed $worker_failed: $worker_rate mails/s; slowest call $worker_slowest s |"
  echo "| second run, same day | $run2_seconds | found $run2_found, written $run2_written, mails queued $run2_queued, sent $run2_sent, failed $run2_failed; server's record $run2_server s; same day: $same_day |"
  echo
  echo "Afterwards: outbox_mail by status: $mail_counts. notification by kind: $notification_counts;"\
" by state: $notification_states. Notifications a mail (min / average / max): $digest_size; mail size"\
" (text + HTML): $mail_bytes."
  echo "Heap used, peak of 1 s samples: tracker $heap_peak MB of ${max_heap_mb:-?} MB, launcher (mail"\
" catcher) $launcher_heap_peak MB; OutOfMemoryError in the tracker's log: $out_of_memory."
  echo
  echo "Load before: $load_before"
  echo "Load after:  $load_after"
  echo
  echo "Statements seen running most often (process list sampled every 0.5 s; numbers as N):"
  echo
  echo '```'
  cat "$out/processlist-top.txt"
  echo '```'
} >"$out/results.md"
echo
cat "$out/results.md"
echo
say "table saved in $out/results.md"
