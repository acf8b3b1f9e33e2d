#!/usr/bin/env bash
# What each way of signing in costs a request: wrk against GET /api/me on a running tracker with
# HTTP Basic, a session cookie and a personal API token, one after the other in one run.
#
#   docs/benchmarks/auth-cost.sh [base-url] [email] [password] [seconds] [connections]
#
# The account must exist (the first admin will do). Needs curl and wrk (Debian: apt-get install
# wrk). Sends traffic to the base URL only; keep it on this machine (127.0.0.1).
set -euo pipefail

base=${1:-http://127.0.0.1:8080}
email=${2:?email of an existing account}
password=${3:?its password}
seconds=${4:-20}
connections=${5:-4}

case "$base" in
  http://127.*|http://localhost*|http://\[::1\]*) ;;
  *) echo "refusing to load $base: benchmarks run against this machine only" >&2; exit 2 ;;
esac

jar=$(mktemp)
trap 'rm -f "$jar"' EXIT

# Sign in through the form, as a browser does: the pre-sign-in page sets a cookie and a CSRF field.
csrf=$(curl -sf -c "$jar" -b "$jar" "$base/signin" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p')
curl -sf -o /dev/null -c "$jar" -b "$jar" --data-urlencode "_csrf=$csrf" \
  --data-urlencode "email=$email" --data-urlencode "password=$password" "$base/signin"
cookie=$(awk '$6 == "TRACKER_SESSION" { print $6 "=" $7 }' "$jar")
[ -n "$cookie" ] || { echo "sign-in failed" >&2; exit 1; }

# A token is made only in a signed-in session, with the password entered again.
page_csrf=$(curl -sf -b "$jar" "$base/account" | sed -n 's/.*name="csrf-token" content="\([^"]*\)".*/\1/p')
token=$(curl -sf -b "$jar" -H "X-CSRF-Token: $page_csrf" -H 'Content-Type: application/json' \
  -d "{\"name\":\"auth-cost benchmark\",\"expiresInDays\":1,\"password\":$(printf '%s' "$password" | python3 -c 'import json,sys; print(json.dumps(sys.stdin.read()))')}" \
  "$base/api/me/tokens" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')

basic=$(printf '%s:%s' "$email" "$password" | base64 -w0)

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
run() {
  local label=$1 header=$2
  curl -sf -o /dev/null -H "$header" "$base/api/me" || { echo "$label: request refused" >&2; exit 1; }
  printf '%-16s ' "$label"
  wrk -t1 -c"$connections" -d"${seconds}s" -H "$header" "$base/api/me" |
    awk '/Requests\/sec/ { rps = $2 } /Non-2xx/ { bad = $NF } /Latency/ && !lat { lat = $2 }
         END { printf "%8s req/s  mean latency %s  non-2xx %s\n", rps, lat, bad ? bad : 0 }'
}
run "HTTP Basic" "Authorization: Basic $basic"
run "session cookie" "Cookie: $cookie"
run "API token" "Authorization: Bearer $token"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
