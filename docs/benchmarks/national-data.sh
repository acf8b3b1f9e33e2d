# Shared by the national benchmarks (national-load.sh, reminders.sh): sourced, not run.
#
# The caller sets root (project folder), here (docs/benchmarks), out (its log folder), services,
# db, db_host, db_port, db_user, MYSQL_PWD (exported), schema_version, start_timeout and base
# (http://127.0.0.1:PORT), and defines say and die. These functions then build the tracker, fill a
# fresh database with the national data set, and start and stop the tracker on it.

sql() { mariadb -h"$db_host" -P"$db_port" -u"$db_user" -N -B "$@"; }

# The database is dropped and recreated, so only a benchmark's own database may be named.
bench_check_db_name() {
  [[ $db =~ ^[A-Za-z0-9_]+$ && $db == *bench* ]] ||
    die "BENCH_DB='$db': the database is dropped and recreated, so its name must contain 'bench'"
}

# Builds the tracker (./mvnw -Prun package, without starting it).
bench_build() {
  say "building the tracker (./mvnw -Prun package, without starting it)"
  ./mvnw -B -q -Prun package -Dexec.skip=true >"$out/build.log" 2>&1 ||
    die "the build failed: see $out/build.log"
}

# Drops and recreates $db, migrates it to $schema_version and generates $services services with
# national-dashboard-data.sql. Sets db_url and the counts n_services, n_inspections,
# n_recommendations, n_plans, n_actions, n_updates.
bench_national_data() {
  say "database $db: dropping, creating, migrating to $schema_version"
  sql -e "DROP DATABASE IF EXISTS \`$db\`;
          CREATE DATABASE \`$db\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
  db_url="jdbc:mariadb://$db_host:$db_port/$db"
  DB_URL=$db_url DB_USER=$db_user DB_PASSWORD=$MYSQL_PWD \
    java -cp "target/tracker/WEB-INF/lib/*" "$here/MigrateSchema.java" "$schema_version" \
    >"$out/migrate.log" 2>&1 || die "migration failed: see $out/migrate.log"

  say "generating $services services (docs/benchmarks/national-dashboard-data.sql)"
  local started=$SECONDS
  sql "$db" -e "SET @bench_services = $services; SOURCE $here/national-dashboard-data.sql;" \
    >"$out/generate.log" || die "data generation failed: see $out/generate.log"
  local counts
  counts=$(sql "$db" -e "SELECT (SELECT COUNT(*) FROM organisation), (SELECT COUNT(*) FROM inspection),
    (SELECT COUNT(*) FROM recommendation), (SELECT COUNT(*) FROM action_plan),
    (SELECT COUNT(*) FROM plan_action), (SELECT COUNT(*) FROM progress_update)")
  read -r n_services n_inspections n_recommendations n_plans n_actions n_updates <<<"$counts"
  say "generated in $((SECONDS - started)) s: $n_services services, $n_inspections inspections,"\
" $n_recommendations recommendations, $n_plans plans, $n_actions actions, $n_updates progress updates"
}

# Starts the tracker (./mvnw -Prun against $db_url, log in $out/tracker.log) with the given extra
# environment (NAME=value ...), in its own process group (app_pgid), and waits for /health/ready.
# Sets startup_seconds.
bench_start_tracker() {
  say "starting the tracker on $base (./mvnw -Prun against $db; log: $out/tracker.log)"
  # setsid: the tracker (Maven, the launcher, Payara Micro) gets its own process group, stopped as one.
  # The settings are exported in a subshell rather than given to env, so that no password shows in
  # the process list.
  (
    export DB_URL="$db_url" DB_USER="$db_user" DB_PASSWORD="$MYSQL_PWD"
    for setting in "$@"; do export "${setting?}"; done
    exec setsid ./mvnw -B -q -o -Prun >"$out/tracker.log" 2>&1
  ) &
  app_pgid=$!
  local started=$SECONDS
  until curl -sf "$base/health/ready" 2>/dev/null | grep -q '"UP"'; do
    kill -0 "$app_pgid" 2>/dev/null || die "the tracker stopped while starting: see $out/tracker.log"
    (( SECONDS - started < start_timeout )) || die "not ready after $start_timeout s: see $out/tracker.log"
    sleep 2
  done
  startup_seconds=$((SECONDS - started))
  say "ready after $startup_seconds s"
}

# Stops the tracker's process group, if it runs: TERM, then KILL after 60 s.
app_pgid=
stop_tracker() {
  [[ -n $app_pgid ]] || return 0
  if kill -0 -- "-$app_pgid" 2>/dev/null; then
    say "stopping the tracker (process group $app_pgid)"
    kill -TERM -- "-$app_pgid" 2>/dev/null || true
    for _ in $(seq 1 60); do
      kill -0 -- "-$app_pgid" 2>/dev/null || break
      sleep 1
    done
    kill -KILL -- "-$app_pgid" 2>/dev/null || true
  fi
  app_pgid=
}
