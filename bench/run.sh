#!/usr/bin/env bash
# Kampus beside its baselines, on this machine, in one run: `bench/run.sh`.
#
# Starts the release server on SQLite (fresh data folder, the shipped courses), signs in,
# enrolls, and drives it with wrk over loopback; in the same run nginx serves the very bytes
# of the lesson as a static file. Prints requests/s, p99 and Kampus/baseline ratios.
# Everything stays on 127.0.0.1 and stops by itself (BENCH_DURATION per scenario).
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${BENCH_DURATION:-10s}
CONNECTIONS=${BENCH_CONNECTIONS:-64}
KAMPUS_PORT=${BENCH_KAMPUS_PORT:-18080}
NGINX_PORT=${BENCH_NGINX_PORT:-18081}
COURSE=migration-and-gender
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/kampus-target}"

for tool in wrk nginx jq curl sqlite3 pgbench psql; do
  command -v "$tool" >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk nginx-light jq curl sqlite3 postgresql-client postgresql-contrib >/dev/null; break; }
done
cargo build --release --locked -p kampus-api -q
BIN="$CARGO_TARGET_DIR/release/kampus"

work=$(mktemp -d)
cleanup() {
  [ -n "${kampus_pid:-}" ] && kill "$kampus_pid" 2>/dev/null || true
  [ -n "${kampus_pg_pid:-}" ] && kill "$kampus_pg_pid" 2>/dev/null || true
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# The shipped courses and the benchmark's own (a 20-question final without attempt limit).
mkdir -p "$work/content"
for course in content/*/ bench/content/*/; do ln -s "$PWD/$course" "$work/content/$(basename "$course")"; done
export KAMPUS_BIND="127.0.0.1:$KAMPUS_PORT" KAMPUS_DATA_DIR="$work/data" KAMPUS_CONTENT_DIR="$work/content"
# Many learners sign in from one address here.
export KAMPUS_LOGIN_IP_LIMIT_PER_MINUTE=100000
export KAMPUS_JWT_SECRET=bench-signing-key-0123456789abcdef-0123456789
# Request logs go to a file at the production default level (info).
"$BIN" user create-admin --email bench@kampus.test --name Bench --password-stdin <<< "bench password 12345" >/dev/null 2>&1
"$BIN" serve > "$work/kampus.log" 2>&1 &
kampus_pid=$!
for _ in $(seq 1 100); do curl -sf "http://$KAMPUS_BIND/readyz" >/dev/null && break; sleep 0.1; done

U="http://$KAMPUS_BIND"
TOKEN=$(curl -sf "$U/api/v1/auth/login" -H 'Content-Type: application/json' \
  -d '{"email":"bench@kampus.test","password":"bench password 12345"}' | jq -r .access_token)
curl -sf -X PUT "$U/api/v1/courses/$COURSE/enrollment" -H "Authorization: Bearer $TOKEN" >/dev/null
LESSON=$(curl -sf "$U/api/v1/courses/$COURSE" | jq -r '.modules[0].lessons[0].id')
LESSON_PATH="/api/v1/courses/$COURSE/lessons/$LESSON"

# Learners for the attempt scenario, each enrolled in the benchmark course; one signed-in token
# per line. Account creation hashes a password (argon2, by design slow): two at a time.
LEARNERS=${BENCH_LEARNERS:-96}
seq 1 "$LEARNERS" | xargs -P 2 -I{} sh -c \
  'echo "bench password 12345" | "$0" user create --email "learner{}@kampus.test" --name "Learner {}" --password-stdin >/dev/null 2>&1' "$BIN"
for i in $(seq 1 "$LEARNERS"); do
  t=$(curl -sf "$U/api/v1/auth/login" -H 'Content-Type: application/json' \
    -d "{\"email\":\"learner$i@kampus.test\",\"password\":\"bench password 12345\"}" | jq -r .access_token)
  curl -sf -X PUT "$U/api/v1/courses/bench-assessment/enrollment" -H "Authorization: Bearer $t" >/dev/null
  echo "$t"
done > "$work/tokens"

mkdir -p "$work/www"
# nginx's workers run as an unprivileged user: let them read the file.
chmod 755 "$work" "$work/www"
curl -sf "$U$LESSON_PATH" -H "Authorization: Bearer $TOKEN" > "$work/www/lesson.json"
chmod 644 "$work/www/lesson.json"
cat > "$work/nginx.conf" <<CONF
worker_processes 2;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  default_type application/json;
  sendfile on;
  server { listen 127.0.0.1:$NGINX_PORT; root $work/www; }
}
CONF
nginx -c "$work/nginx.conf" -p "$work"
sleep 0.3

cat > "$work/progress.lua" <<'LUA'
-- A lesson-completed event with a fresh UUID per request (so each is new work, not a
-- duplicate). The lesson stays completed after the first: later ones record the event and
-- move nothing (the course-completion check runs only on a first completion).
local random = math.random
local function uuid()
  return string.gsub("xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx", "[xy]", function(c)
    return string.format("%x", c == "x" and random(0, 15) or random(8, 11))
  end)
end
function setup(thread) thread:set("seed", math.random(1, 1e9)) end
function init() math.randomseed(seed) end
request = function()
  local body = string.format('{"event_id":"%s","kind":"lesson-completed","lesson_id":"%s"}', uuid(), wrk_lesson)
  return wrk.format("POST", wrk_path, nil, body)
end
LUA
sed -i "1i wrk_lesson = \"$LESSON\"\nwrk_path = \"/api/v1/courses/$COURSE/progress\"" "$work/progress.lua"
for mode in true false; do
  { echo "tokens_file = \"$work/tokens\"; course = \"bench-assessment\"; thread_count = 2; save_separately = $mode"
    cat bench/attempt.lua; } > "$work/attempt-$mode.lua"
done

# wrk prints Requests/sec and, with --latency, the 99% line.
# BENCH_PERF=<text in a scenario's name>: record that scenario with `perf record` into
# bench-perf.data (for `perf report -i bench-perf.data`), to see where the time goes: the whole
# machine (`--sort comm` shows Kampus, PostgreSQL, wrk side by side).
measure() { # name, wrk args…
  local name=$1; shift
  local perf_pid=
  if [ -n "${BENCH_PERF:-}" ] && [[ "$name" == *"$BENCH_PERF"* ]]; then
    perf record -e cpu-clock -F 1000 -g -a -o bench-perf.data -- sleep "${DURATION%s}" >/dev/null 2>&1 &
    perf_pid=$!
  fi
  local out; out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$@")
  [ -n "$perf_pid" ] && wait "$perf_pid"
  last_wrk_output=$out
  local rps p99 errors
  rps=$(awk '/Requests\/sec/ {print $2}' <<< "$out")
  p99=$(awk '$1 == "99%" {print $2}' <<< "$out")
  errors=$(awk '/Non-2xx|Socket errors/ {print}' <<< "$out" | tr '\n' ' ')
  printf '%-44s %12s req/s   p99 %-9s %s\n' "$name" "$rps" "$p99" "$errors" >&2
  echo "$rps"
}

echo "== $(nproc) cores, $CONNECTIONS connections, $DURATION per scenario, wrk $(wrk --version 2>&1 | head -1 | awk '{print $2}'), $(nginx -v 2>&1)" >&2
nginx_rps=$(measure "nginx: the lesson's bytes as a static file" "http://127.0.0.1:$NGINX_PORT/lesson.json")
lesson_rps=$(measure "kampus: GET lesson (signed in, enrolled)" -H "Authorization: Bearer $TOKEN" "$U$LESSON_PATH")
catalog_rps=$(measure "kampus: GET catalog (anonymous)" "$U/api/v1/courses")
progress_rps=$(measure "kampus: POST lesson completion (SQLite write)" -H "Authorization: Bearer $TOKEN" \
  -H 'Content-Type: application/json' -s "$work/progress.lua" "$U/api/v1/courses/$COURSE/progress")
measure "kampus: attempt (start, submit with 20 answers)" -s "$work/attempt-false.lua" "$U" >/dev/null
pairs=$(awk '/attempt cycles:/ {print $3 / $5}' <<< "$last_wrk_output")
pair_failures=$(awk '/attempt cycles:/ {print $8}' <<< "$last_wrk_output")
measure "kampus: attempt (start, save 20 answers, submit)" -s "$work/attempt-true.lua" "$U" >/dev/null
cycles=$(awk '/attempt cycles:/ {print $3 / $5}' <<< "$last_wrk_output")
attempt_failures=$(awk '/attempt cycles:/ {print $8}' <<< "$last_wrk_output")
# Baselines for writes, same machine, same run: single-row insert transactions without Kampus.
# SQLite: the sqlite3 shell commits 100,000 of them in a row (WAL, synchronous=NORMAL, as
# Kampus sets it); PostgreSQL: pgbench, as many connections as wrk uses, one insert each.
sqlite_raw_rps=$(
  db="$work/raw.db"
  sqlite3 "$db" "PRAGMA journal_mode=WAL; CREATE TABLE raw_events (id TEXT PRIMARY KEY, at TEXT NOT NULL);" >/dev/null
  { echo "PRAGMA synchronous=NORMAL;"
    seq 1 100000 | awk '{printf "BEGIN IMMEDIATE; INSERT INTO raw_events VALUES (%c%032x%c, datetime()); COMMIT;\n", 39, $1, 39}'; } > "$work/raw.sql"
  start=$(date +%s.%N); sqlite3 "$db" < "$work/raw.sql"; end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.0f", 100000 / (e - s) }')
printf '%-44s %12s tx/s\n' "sqlite3: raw single-row insert transactions" "$sqlite_raw_rps" >&2

# BENCH_POSTGRES_URL: a server where a scratch database may be created (and is dropped after).
pg_server=${BENCH_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/postgres}
if psql "$pg_server" -qc "select 1" >/dev/null 2>&1; then
  pg_db="kampus_bench_$$"
  psql "$pg_server" -qc "CREATE DATABASE $pg_db" >/dev/null
  pg_url="${pg_server%/*}/$pg_db"
  cleanup_pg() { psql "$pg_server" -qc "DROP DATABASE IF EXISTS $pg_db WITH (FORCE)" >/dev/null 2>&1 || true; }
  trap 'cleanup_pg; cleanup' EXIT
  psql "$pg_url" -qc "CREATE TABLE raw_events (id TEXT PRIMARY KEY, at TIMESTAMP NOT NULL)" >/dev/null
  echo "INSERT INTO raw_events VALUES (md5(random()::text || clock_timestamp()::text), now());" > "$work/raw-pg.sql"
  pg_raw_tps=$(pgbench -n -c "$CONNECTIONS" -j 2 -T "${DURATION%s}" -f "$work/raw-pg.sql" "$pg_url" 2>/dev/null \
    | awk -F'= ' '/^tps/ {split($2, a, " "); printf "%.0f", a[1]}')
  printf '%-44s %12s tx/s\n' "pgbench: raw single-row insert transactions" "$pg_raw_tps" >&2
  # The same Kampus binary on PostgreSQL, on another port: one learner's lesson events.
  PG_PORT=$((KAMPUS_PORT + 2))
  DATABASE_URL="$pg_url" KAMPUS_BIND="127.0.0.1:$PG_PORT" KAMPUS_DATA_DIR="$work/data-pg" \
    "$BIN" user create-admin --email bench@kampus.test --name Bench --password-stdin <<< "bench password 12345" >/dev/null 2>&1
  DATABASE_URL="$pg_url" KAMPUS_BIND="127.0.0.1:$PG_PORT" KAMPUS_DATA_DIR="$work/data-pg" "$BIN" serve > "$work/kampus-pg.log" 2>&1 &
  kampus_pg_pid=$!
  for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$PG_PORT/readyz" >/dev/null && break; sleep 0.1; done
  PG_U="http://127.0.0.1:$PG_PORT"
  PG_TOKEN=$(curl -sf "$PG_U/api/v1/auth/login" -H 'Content-Type: application/json' \
    -d '{"email":"bench@kampus.test","password":"bench password 12345"}' | jq -r .access_token)
  curl -sf -X PUT "$PG_U/api/v1/courses/$COURSE/enrollment" -H "Authorization: Bearer $PG_TOKEN" >/dev/null
  pg_progress_rps=$(measure "kampus: POST lesson completion (PostgreSQL write)" -H "Authorization: Bearer $PG_TOKEN" \
    -H 'Content-Type: application/json' -s "$work/progress.lua" "$PG_U/api/v1/courses/$COURSE/progress")
  kill "$kampus_pg_pid" 2>/dev/null || true
else
  echo "PostgreSQL not reachable at $pg_server: its scenarios are skipped" >&2
fi

echo "== ratios" >&2
awk -v k="$lesson_rps" -v n="$nginx_rps" 'BEGIN { printf "GET lesson / nginx static file: %.2f\n", k / n }' >&2
awk -v k="$progress_rps" -v n="$sqlite_raw_rps" 'BEGIN { printf "POST lesson completion (SQLite) / raw sqlite3 insert transactions: %.2f\n", k / n }' >&2
if [ -n "${pg_raw_tps:-}" ]; then
  awk -v k="$pg_progress_rps" -v n="$pg_raw_tps" 'BEGIN { printf "POST lesson completion (PostgreSQL) / raw pgbench insert transactions: %.2f\n", k / n }' >&2
fi
echo "20-question attempts started and submitted with their answers: $pairs/s ($pair_failures failed requests)" >&2
echo "20-question attempts started, answered, submitted (three requests): $cycles/s ($attempt_failures failed requests)" >&2
echo "kampus RSS after the run: $(ps -o rss= -p "$kampus_pid") KiB ($(grep -E '^Rss(Anon|File|Shmem)' "/proc/$kampus_pid/status" | awk '{printf "%s %s kB  ", $1, $2}'))" >&2
echo "database after the run: $(du -sh "$KAMPUS_DATA_DIR" | cut -f1) ($(ls -s --block-size=M "$KAMPUS_DATA_DIR" | tr '\n' ' '))" >&2
