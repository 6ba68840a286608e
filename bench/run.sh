#!/usr/bin/env bash
# Kampus beside its baselines, on this machine, in one run:
#
#   bench/run.sh --smoke   seconds: every scenario once, tiny; checks the script still works
#                          (no figure is judged; run by .ci/run)
#   bench/run.sh --quick   under 5 minutes: every scenario, short runs, reports at 10,000
#                          learners, the mixed load with 300 learners for 30 s, the fault runs
#                          (bench/faults.sh --quick)
#   bench/run.sh --full    every scenario at its real size: reports at 100,000 learners, 2,000
#                          learners with think times for 5 minutes, bench/faults.sh --full; and
#                          writes the results into docs/benchmarks.md (between its markers)
#   bench/run.sh --soak    30 minutes of the mixed load (three rounds of 10, the learners sign
#                          in again before each: access tokens last 15 minutes); RSS growth
#                          must stay under 10 %
#
# The release server runs on SQLite (a fresh data folder, the shipped courses plus
# bench/content) and, for the write scenario, on a scratch PostgreSQL database. wrk drives it
# over loopback. Baselines in the same run: nginx serving the very bytes of a lesson and of an
# outline as static files; the sqlite3 shell committing single-row insert transactions with
# Kampus's durability settings; pgbench doing the same on PostgreSQL; the argon2 command-line
# tool hashing with Kampus's parameters (sign-in is bound by it). At the end a table of
# Kampus/baseline ratios and targets. Everything stays on 127.0.0.1 and stops by itself.
# BENCH_DURATION, BENCH_CONNECTIONS, BENCH_MIXED_LEARNERS and BENCH_MIXED_TIME override the mode's
# sizes (e.g. the memory figure alone: BENCH_MIXED_LEARNERS=2000 BENCH_MIXED_TIME=300s --smoke).
# BENCH_PERF=<text in a scenario's name> records that scenario with `perf` (bench-perf.data).
# BENCH_REPORT_DB=<file> reuses a SQLite database made by `kampus dev generate --learners N`
# (a copy of it; say N in BENCH_REPORT_LEARNERS) instead of generating one: at 100,000
# learners generating takes 5 to 17 minutes. The server migrates the copy when it starts.
set -euo pipefail
cd "$(dirname "$0")/.."

MODE=${1:---quick}
case $MODE in
  --smoke) DURATION=1s; CONNECTIONS=8;  LEARNERS=4;  REPORT_LEARNERS=300;    MIXED_LEARNERS=20;   MIXED_TIME=4s;   FAULTS= ;        XAPI_STATEMENTS=2000 ;;
  --quick) DURATION=4s; CONNECTIONS=64; LEARNERS=32; REPORT_LEARNERS=10000;  MIXED_LEARNERS=300;  MIXED_TIME=30s;  FAULTS=--quick ; XAPI_STATEMENTS=20000 ;;
  --full)  DURATION=10s; CONNECTIONS=64; LEARNERS=96; REPORT_LEARNERS=100000; MIXED_LEARNERS=2000; MIXED_TIME=300s; FAULTS=--full ;  XAPI_STATEMENTS=1000000 ;;
  --soak)  DURATION=2s; CONNECTIONS=8;  LEARNERS=4;  REPORT_LEARNERS=300;    MIXED_LEARNERS=2000; MIXED_TIME=600s; FAULTS= ;        XAPI_STATEMENTS=2000 ;;
  *) echo "usage: bench/run.sh [--smoke|--quick|--full|--soak]" >&2; exit 2 ;;
esac
DURATION=${BENCH_DURATION:-$DURATION}
CONNECTIONS=${BENCH_CONNECTIONS:-$CONNECTIONS}
MIXED_LEARNERS=${BENCH_MIXED_LEARNERS:-$MIXED_LEARNERS}
MIXED_TIME=${BENCH_MIXED_TIME:-$MIXED_TIME}
REPORT_LEARNERS=${BENCH_REPORT_LEARNERS:-$REPORT_LEARNERS}
XAPI_STATEMENTS=${BENCH_XAPI_STATEMENTS:-$XAPI_STATEMENTS}
# Requests of each staff dashboard (an admin's, a trainer's of three institutions) timed.
DASHBOARD_REQUESTS=${BENCH_DASHBOARD_REQUESTS:-$([ "$MODE" = --smoke ] && echo 3 || echo 50)}
KAMPUS_PORT=${BENCH_KAMPUS_PORT:-18080}
NGINX_PORT=$((KAMPUS_PORT + 1))
PG_PORT=$((KAMPUS_PORT + 2))
REPORT_PORT=$((KAMPUS_PORT + 3))
COURSE=migration-and-gender
PASSWORD="bench password 12345"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/kampus-target}"
started_at=$(date +%s)

for tool in wrk nginx jq curl sqlite3 pgbench psql argon2; do
  command -v "$tool" >/dev/null || {
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
      wrk nginx-light jq curl sqlite3 postgresql-client postgresql-contrib argon2 >/dev/null
    break
  }
done
# 2,000 learners are 2,000 open connections.
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"

work=$(mktemp -d)
# The server measured is the production binary. The report scenario fills its database with
# `kampus dev generate`, which only a build with `--features dev` has: that build is kept
# beside it as DEV_BIN (both land in release/kampus, so each is copied out after its build).
cargo build --release --locked -p kampus-api --features dev -q
DEV_BIN="$work/kampus-dev"
cp "$CARGO_TARGET_DIR/release/kampus" "$DEV_BIN"
cargo build --release --locked -p kampus-api -q
BIN="$work/kampus"
cp "$CARGO_TARGET_DIR/release/kampus" "$BIN"
pids=()
pg_server=${BENCH_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/postgres}
pg_db="kampus_bench_$$"
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  psql "$pg_server" -qc "DROP DATABASE IF EXISTS $pg_db WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

# Results, one line each: key, value (read back for the table and the docs).
result() { printf '%s\t%s\n' "$1" "$2" >> "$work/results"; }
get() { awk -F'\t' -v k="$1" '$1 == k { v = $2 } END { print v }' "$work/results" 2>/dev/null; }

# The shipped courses and the benchmark's own (a 20-question final without attempt limit).
mkdir -p "$work/content"
for course in content/*/ bench/content/*/; do ln -s "$PWD/$course" "$work/content/$(basename "$course")"; done
export KAMPUS_BIND="127.0.0.1:$KAMPUS_PORT" KAMPUS_DATA_DIR="$work/data" KAMPUS_CONTENT_DIR="$work/content"
# Many learners sign in from one address here.
export KAMPUS_LOGIN_IP_LIMIT_PER_MINUTE=100000000 KAMPUS_VERIFY_LIMIT_PER_MINUTE=100000000
export KAMPUS_JWT_SECRET=bench-signing-key-0123456789abcdef-0123456789
U="http://$KAMPUS_BIND"
J='Content-Type: application/json'

start_server() { # log name, then env assignments for this server; echoes its pid
  local log=$1; shift
  env "$@" "$BIN" serve > "$work/$log.log" 2>&1 &
  echo $!
}
wait_ready() { # base URL
  for _ in $(seq 1 600); do curl -sf "$1/readyz" >/dev/null && return 0; sleep 0.1; done
  echo "server at $1 did not get ready" >&2; return 1
}
login() { # base URL, email → access token
  curl -sf "$1/api/v1/auth/login" -H "$J" \
    -d "{\"email\":\"$2\",\"password\":\"$PASSWORD\"}" | jq -r .access_token
}
# Accounts through the command line (argon2 hashing, by design slow): two at a time.
create_learners() { # prefix, count
  seq 1 "$2" | xargs -P 2 -I{} sh -c \
    'echo "$2" | "$0" user create --email "$1{}@kampus.test" --name "Learner {}" --password-stdin >/dev/null 2>&1' \
    "$BIN" "$1" "$PASSWORD"
}

"$BIN" migrate >/dev/null 2>&1
echo "$PASSWORD" | "$BIN" user create-admin --email bench@kampus.test --name Bench --password-stdin >/dev/null 2>&1
create_learners learner "$LEARNERS"
kampus_pid=$(start_server kampus); pids+=("$kampus_pid")
wait_ready "$U"
TOKEN=$(login "$U" bench@kampus.test)
A="Authorization: Bearer $TOKEN"
curl -sf -X PUT "$U/api/v1/courses/$COURSE/enrollment" -H "$A" >/dev/null
LESSON=$(curl -sf "$U/api/v1/courses/$COURSE" | jq -r '.modules[0].lessons[0].id')
LESSON_PATH="/api/v1/courses/$COURSE/lessons/$LESSON"

# The learners of the attempt scenario, enrolled in the benchmark course, its lesson done, so
# that each passed final completes the course and issues a certificate (verification below).
for i in $(seq 1 "$LEARNERS"); do
  t=$(login "$U" "learner$i@kampus.test")
  curl -sf -X PUT "$U/api/v1/courses/bench-assessment/enrollment" -H "Authorization: Bearer $t" >/dev/null
  curl -sf "$U/api/v1/courses/bench-assessment/progress" -H "Authorization: Bearer $t" -H "$J" \
    -d "{\"event_id\":\"$(cat /proc/sys/kernel/random/uuid)\",\"kind\":\"lesson-completed\",\"lesson_id\":\"l-1\"}" >/dev/null
  echo "$t"
done > "$work/tokens"

mkdir -p "$work/www"
# nginx's workers run as an unprivileged user: let them read the files.
chmod 755 "$work" "$work/www"
curl -sf "$U$LESSON_PATH" -H "$A" > "$work/www/lesson.json"
curl -sf "$U/api/v1/courses/$COURSE" -H "$A" > "$work/www/outline.json"
# The web pages (issue 20): a browser session for the bench account (the sign-in form, with
# its CSRF cookie and token), then the lesson page and the anonymous catalog page as HTML.
jar="$work/cookies"
csrf=$(curl -sf -c "$jar" "$U/sign-in" | sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -sf -b "$jar" -c "$jar" -o /dev/null "$U/sign-in" --data-urlencode "csrf=$csrf" \
  --data-urlencode "email=bench@kampus.test" --data-urlencode "password=$PASSWORD" --data-urlencode "next=/"
SESSION="Cookie: kampus_session=$(awk '$6 == "kampus_session" {print $7}' "$jar")"
PAGE_PATH="/courses/$COURSE/lessons/$LESSON"
curl -sf "$U$PAGE_PATH" -H "$SESSION" > "$work/www/lesson.html"
curl -sf "$U/" > "$work/www/catalog.html"
# The framework's floor: Kampus answering with bytes it already holds (its stylesheet, about
# a lesson page's size, embedded in the binary), beside nginx serving the same file. No page
# can be served faster than this; the pages' ratios are read against it.
ASSET_PATH=$(sed -n 's/.*<link rel="stylesheet" href="\([^"]*\)".*/\1/p' "$work/www/catalog.html" | head -1)
curl -sf "$U$ASSET_PATH" > "$work/www/kampus.css"
chmod 644 "$work/www/"*.json "$work/www/"*.html "$work/www/"*.css
cat > "$work/nginx.conf" <<CONF
worker_processes 2;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  default_type application/json;
  types { text/html html; application/json json; text/css css; }
  sendfile on;
  server { listen 127.0.0.1:$NGINX_PORT; root $work/www; }
}
CONF
nginx -c "$work/nginx.conf" -p "$work"
sleep 0.3

cat > "$work/progress.lua" <<LUA
wrk_lesson = "$LESSON"
wrk_path = "/api/v1/courses/$COURSE/progress"
LUA
cat >> "$work/progress.lua" <<'LUA'
-- A lesson-completed event with a fresh UUID per request (so each is new work, not a
-- duplicate). The lesson stays completed after the first: later ones record the event and
-- move nothing (the course-completion check runs only on a first completion).
local random = math.random
local function uuid()
  return (string.gsub("xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx", "[xy]", function(c)
    return string.format("%x", c == "x" and random(0, 15) or random(8, 11))
  end))
end
function setup(thread) thread:set("seed", math.random(1, 1e9)) end
function init() math.randomseed(seed) end
request = function()
  local body = string.format('{"event_id":"%s","kind":"lesson-completed","lesson_id":"%s"}', uuid(), wrk_lesson)
  return wrk.format("POST", wrk_path, nil, body)
end
LUA
for mode in true false; do
  { echo "tokens_file = \"$work/tokens\"; course = \"bench-assessment\"; thread_count = 2; save_separately = $mode"
    cat bench/attempt.lua; } > "$work/attempt-$mode.lua"
done
cat > "$work/login.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"email":"learner1@kampus.test","password":"$PASSWORD"}'
LUA

# wrk prints Requests/sec and, with --latency, the percentiles; "Non-2xx or 3xx responses"
# and socket errors when there were any.
wrk_errors() { # non-2xx responses plus socket errors (connect, read, write, timeout)
  awk '/Non-2xx/ {n += $NF} /Socket errors/ {for (i = 4; i <= NF; i += 2) n += $i} END {print n + 0}'
}
measure() { # key, name, wrk args…
  local key=$1 name=$2; shift 2
  local perf_pid=
  if [ -n "${BENCH_PERF:-}" ] && [[ "$name" == *"$BENCH_PERF"* ]]; then
    perf record -e cpu-clock -F 1000 -g -a -o bench-perf.data -- sleep "${DURATION%s}" >/dev/null 2>&1 &
    perf_pid=$!
  fi
  local out; out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$@")
  [ -n "$perf_pid" ] && wait "$perf_pid"
  last_wrk_output=$out
  local rps p50 p99 errors
  rps=$(awk '/Requests\/sec/ {print $2}' <<< "$out")
  p50=$(awk '$1 == "50%" {print $2}' <<< "$out")
  p99=$(awk '$1 == "99%" {print $2}' <<< "$out")
  errors=$(wrk_errors <<< "$out")
  printf '%-50s %12s req/s   p50 %-9s p99 %-9s errors %s   RSS %s MB\n' "$name" "$rps" "$p50" "$p99" "$errors" \
    "$(( $(ps -o rss= -p "$kampus_pid") / 1024 ))" >&2
  result "$key.rps" "$rps"; result "$key.p50" "$p50"; result "$key.p99" "$p99"; result "$key.errors" "$errors"
}

echo "== $MODE: $(nproc) cores, $CONNECTIONS connections, $DURATION per scenario, wrk $(wrk --version 2>&1 | head -1 | awk '{print $2}'), $(nginx -v 2>&1)" >&2
measure nginx_lesson "nginx: the lesson's bytes as a static file" "http://127.0.0.1:$NGINX_PORT/lesson.json"
measure lesson "kampus: GET lesson (signed in, enrolled)" -H "$A" "$U$LESSON_PATH"
measure nginx_outline "nginx: the outline's bytes as a static file" "http://127.0.0.1:$NGINX_PORT/outline.json"
measure outline "kampus: GET course outline (signed in)" -H "$A" "$U/api/v1/courses/$COURSE"
measure catalog "kampus: GET catalog (anonymous)" "$U/api/v1/courses"
measure nginx_lesson_page "nginx: the lesson page's bytes as a static file" "http://127.0.0.1:$NGINX_PORT/lesson.html"
measure lesson_page "kampus: lesson page, HTML (signed in, enrolled)" -H "$SESSION" "$U$PAGE_PATH"
measure nginx_catalog_page "nginx: the catalog page's bytes as a static file" "http://127.0.0.1:$NGINX_PORT/catalog.html"
measure catalog_page "kampus: catalog page, HTML (anonymous)" "$U/"
measure nginx_asset "nginx: the stylesheet as a static file" "http://127.0.0.1:$NGINX_PORT/kampus.css"
measure asset "kampus: the stylesheet from memory (the floor)" "$U$ASSET_PATH"
measure progress "kampus: POST lesson completion (SQLite)" -H "$A" -H "$J" -s "$work/progress.lua" "$U"
# One connection per learner at most: with more connections than learners, the spare ones
# would fill their turns with /healthz and the attempts would measure the wait behind them.
attempt_connections=$((LEARNERS < CONNECTIONS ? LEARNERS : CONNECTIONS))
CONNECTIONS=$attempt_connections measure attempt2 "kampus: attempt (start, submit with 20 answers)" -s "$work/attempt-false.lua" "$U"
result attempt2.cycles "$(awk '/attempt cycles:/ {printf "%.0f", $3 / $5}' <<< "$last_wrk_output")"
result attempt2.failures "$(awk '/attempt cycles:/ {print $8}' <<< "$last_wrk_output")"
CONNECTIONS=$attempt_connections measure attempt3 "kampus: attempt (start, save 20 answers, submit)" -s "$work/attempt-true.lua" "$U"
result attempt3.cycles "$(awk '/attempt cycles:/ {printf "%.0f", $3 / $5}' <<< "$last_wrk_output")"
result attempt3.failures "$(awk '/attempt cycles:/ {print $8}' <<< "$last_wrk_output")"

# Certificate verification: the learners' certificates, issued by the attempt scenarios.
for t in $(cat "$work/tokens"); do
  curl -sf "$U/api/v1/me/certificates" -H "Authorization: Bearer $t" | jq -r '.[0].verification_code // empty'
done > "$work/codes"
result certificates "$(wc -l < "$work/codes")"
cat > "$work/verify.lua" <<LUA
local codes = {}
for line in io.lines("$work/codes") do table.insert(codes, line) end
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", "/api/v1/verify/" .. codes[(n % #codes) + 1])
end
LUA
# The baseline: nginx serving one verification answer's bytes (the same size as Kampus's).
curl -sf "$U/api/v1/verify/$(head -1 "$work/codes")" > "$work/www/verify.json"
chmod 644 "$work/www/verify.json"
measure nginx_verify "nginx: a verification answer's bytes as a static file" "http://127.0.0.1:$NGINX_PORT/verify.json"
measure verify "kampus: GET verify/{code} ($(get certificates) certificates)" -s "$work/verify.lua" "$U"

# Sign-in: argon2id verification of the password, by design slow. Baseline: the argon2 tool
# with Kampus's parameters (m=19456 KiB, t=2, p=1), one hash per core at a time.
measure login "kampus: POST login (argon2id)" -s "$work/login.lua" "$U/api/v1/auth/login"
argon_runs=$(( ${DURATION%s} * 10 ))
argon_start=$(date +%s.%N)
seq 1 "$argon_runs" | xargs -P "$(nproc)" -I{} sh -c 'echo -n "bench password 12345" | argon2 somesaltsomesalt -id -t 2 -k 19456 -p 1 >/dev/null'
argon_end=$(date +%s.%N)
result argon2.rps "$(awk -v n="$argon_runs" -v s="$argon_start" -v e="$argon_end" 'BEGIN { printf "%.1f", n / (e - s) }')"
printf '%-50s %12s hashes/s\n' "argon2 tool: the same hash, $(nproc) at a time" "$(get argon2.rps)" >&2

# Baselines for writes: single-row insert transactions without Kampus. SQLite: the sqlite3
# shell commits them one after another (WAL, synchronous=NORMAL, as Kampus sets it).
raw_inserts=$(( ${DURATION%s} * 10000 ))
db="$work/raw.db"
sqlite3 "$db" "PRAGMA journal_mode=WAL; CREATE TABLE raw_events (id TEXT PRIMARY KEY, at TEXT NOT NULL);" >/dev/null
{ echo "PRAGMA synchronous=NORMAL;"
  seq 1 "$raw_inserts" | awk '{printf "BEGIN IMMEDIATE; INSERT INTO raw_events VALUES (%c%032x%c, datetime()); COMMIT;\n", 39, $1, 39}'; } > "$work/raw.sql"
raw_start=$(date +%s.%N); sqlite3 "$db" < "$work/raw.sql"; raw_end=$(date +%s.%N)
result sqlite_raw.rps "$(awk -v n="$raw_inserts" -v s="$raw_start" -v e="$raw_end" 'BEGIN { printf "%.0f", n / (e - s) }')"
printf '%-50s %12s tx/s\n' "sqlite3: raw single-row insert transactions" "$(get sqlite_raw.rps)" >&2

# PostgreSQL (BENCH_POSTGRES_URL: a server where a scratch database may be created).
if psql "$pg_server" -qc "select 1" >/dev/null 2>&1; then
  psql "$pg_server" -qc "CREATE DATABASE $pg_db" >/dev/null
  pg_url="${pg_server%/*}/$pg_db"
  psql "$pg_url" -qc "CREATE TABLE raw_events (id TEXT PRIMARY KEY, at TIMESTAMP NOT NULL)" >/dev/null
  echo "INSERT INTO raw_events VALUES (md5(random()::text || clock_timestamp()::text), now());" > "$work/raw-pg.sql"
  result pg_raw.rps "$(pgbench -n -c "$CONNECTIONS" -j 2 -T "${DURATION%s}" -f "$work/raw-pg.sql" "$pg_url" 2>/dev/null \
    | awk -F'= ' '/^tps/ {split($2, a, " "); printf "%.0f", a[1]}')"
  printf '%-50s %12s tx/s\n' "pgbench: raw single-row insert transactions" "$(get pg_raw.rps)" >&2
  pg_env=(DATABASE_URL="$pg_url" KAMPUS_BIND="127.0.0.1:$PG_PORT" KAMPUS_DATA_DIR="$work/data-pg")
  echo "$PASSWORD" | env "${pg_env[@]}" "$BIN" user create-admin --email bench@kampus.test --name Bench --password-stdin >/dev/null 2>&1
  pg_pid=$(start_server kampus-pg "${pg_env[@]}"); pids+=("$pg_pid")
  PG_U="http://127.0.0.1:$PG_PORT"
  wait_ready "$PG_U"
  PG_TOKEN=$(login "$PG_U" bench@kampus.test)
  curl -sf -X PUT "$PG_U/api/v1/courses/$COURSE/enrollment" -H "Authorization: Bearer $PG_TOKEN" >/dev/null
  measure pg_progress "kampus: POST lesson completion (PostgreSQL)" -H "Authorization: Bearer $PG_TOKEN" \
    -H "$J" -s "$work/progress.lua" "$PG_U"
  kill "$pg_pid" 2>/dev/null || true
else
  echo "PostgreSQL not reachable at $pg_server: its scenarios are skipped" >&2
fi
result rss_after_scenarios "$(( $(ps -o rss= -p "$kampus_pid") / 1024 ))"

# The completion report at scale: a generated database (`kampus dev generate`, crate kampus-dev,
# through DEV_BIN, the `--features dev` build), its own server.
report_env=(KAMPUS_BIND="127.0.0.1:$REPORT_PORT" KAMPUS_DATA_DIR="$work/data-report" KAMPUS_CONTENT_DIR="$PWD/content" RUST_LOG=warn)
if [ -n "${BENCH_REPORT_DB:-}" ]; then
  mkdir -p "$work/data-report" && cp "$BENCH_REPORT_DB" "$work/data-report/kampus.db"
else
  env "${report_env[@]}" "$DEV_BIN" dev generate --learners "$REPORT_LEARNERS" >/dev/null 2>&1
fi
echo "$PASSWORD" | env "${report_env[@]}" "$BIN" user create-admin --email bench@kampus.test --name Bench --password-stdin >/dev/null 2>&1
report_pid=$(start_server kampus-report "${report_env[@]}"); pids+=("$report_pid")
REPORT_U="http://127.0.0.1:$REPORT_PORT"
wait_ready "$REPORT_U"
REPORT_TOKEN=$(login "$REPORT_U" bench@kampus.test)
report_times=$(for _ in $(seq 1 9); do
  curl -sf -o /dev/null -w '%{time_total}\n' "$REPORT_U/api/v1/reports/completion?group_by=institution" \
    -H "Authorization: Bearer $REPORT_TOKEN"
done | sort -n)
result report.median_ms "$(awk '{t[NR] = $1 * 1000} END {printf "%.1f", t[5]}' <<< "$report_times")"
result report.max_ms "$(awk '{t[NR] = $1 * 1000} END {printf "%.1f", t[NR]}' <<< "$report_times")"
printf '%-50s %12s ms median (max %s ms), 9 requests\n' \
  "kampus: completion report, $REPORT_LEARNERS learners" "$(get report.median_ms)" "$(get report.max_ms)" >&2

# The staff dashboard (issue 21) over the same data, through the browser's pages: a session
# from the sign-in form (its CSRF token and cookies, as a browser keeps them), then the whole
# `/staff` page timed one request after another (curl's time on loopback: the server's time
# for the page). For an admin (every institution) and for a trainer of three institutions.
web_session() { # base URL, email, cookie jar
  local token
  token=$(curl -sf -c "$3" -b "$3" "$1/sign-in" | sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p' | head -n 1)
  curl -sf -o /dev/null -c "$3" -b "$3" -H "Origin: $1" "$1/sign-in" \
    --data-urlencode "csrf=$token" --data-urlencode "email=$2" \
    --data-urlencode "password=$PASSWORD" --data-urlencode "next=/"
}
dashboard() { # label, cookie jar
  local times
  times=$(for _ in $(seq 1 "$DASHBOARD_REQUESTS"); do
    curl -sf -o /dev/null -b "$2" -w '%{time_total}\n' "$REPORT_U/staff"
  done | sort -n)
  [ "$(wc -l <<< "$times")" -eq "$DASHBOARD_REQUESTS" ] || { echo "dashboard: a request failed" >&2; return 1; }
  # Nearest rank: the p99 of 50 is the slowest.
  result "$1.p50_ms" "$(awk '{t[NR] = $1 * 1000} END {printf "%.1f", t[int((NR + 1) / 2)]}' <<< "$times")"
  result "$1.p99_ms" "$(awk '{t[NR] = $1 * 1000} END {i = int(NR * 0.99 + 0.999); printf "%.1f", t[i]}' <<< "$times")"
}
web_session "$REPORT_U" bench@kampus.test "$work/admin.jar"
dashboard dashboard_admin "$work/admin.jar"
printf '%-50s %12s ms p99 (p50 %s ms), %s requests\n' \
  "kampus: dashboard page, admin, $REPORT_LEARNERS learners" "$(get dashboard_admin.p99_ms)" "$(get dashboard_admin.p50_ms)" "$DASHBOARD_REQUESTS" >&2
echo "$PASSWORD" | env "${report_env[@]}" "$BIN" user create --email trainer3@kampus.test --name "Trainer of three" --role trainer --password-stdin >/dev/null 2>&1
trainer_id=$(curl -sf "$REPORT_U/api/v1/admin/users?role=trainer&limit=500" -H "Authorization: Bearer $REPORT_TOKEN" | jq -r '.[] | select(.email == "trainer3@kampus.test") | .id')
three=$(curl -sf "$REPORT_U/api/v1/admin/institutions" -H "Authorization: Bearer $REPORT_TOKEN" | jq -c '[.[:3][].id]')
curl -sf -o /dev/null -X PUT "$REPORT_U/api/v1/admin/users/$trainer_id/institutions" -H "Authorization: Bearer $REPORT_TOKEN" \
  -H "$J" -d "{\"institution_ids\": $three}"
web_session "$REPORT_U" trainer3@kampus.test "$work/trainer.jar"
dashboard dashboard_trainer "$work/trainer.jar"
printf '%-50s %12s ms p99 (p50 %s ms), %s requests\n' \
  "kampus: dashboard page, trainer of 3 institutions" "$(get dashboard_trainer.p99_ms)" "$(get dashboard_trainer.p50_ms)" "$DASHBOARD_REQUESTS" >&2
kill "$report_pid" 2>/dev/null || true

# The mixed load: many learners with think times, RSS sampled every 5 s.
mixed() { # seconds label
  local lessons
  lessons=$(jq -r '[.modules[].lessons[].id] | map("\"" + . + "\"") | join(",")' "$work/www/outline.json")
  { echo "tokens_file = \"$work/mixed-tokens\"; course = \"$COURSE\"; thread_count = 2"
    echo "lessons = { $lessons }; think_min_ms = 500; think_max_ms = 4500"
    cat bench/mixed.lua; } > "$work/mixed.lua"
  local out
  out=$(wrk -t2 -c"$MIXED_LEARNERS" -d"$1" --timeout 10s --latency -s "$work/mixed.lua" "$U")
  local requests errors
  requests=$(awk '/requests in/ {print $1}' <<< "$out")
  errors=$(wrk_errors <<< "$out")
  result "$2.rps" "$(awk '/Requests\/sec/ {print $2}' <<< "$out")"
  result "$2.p50" "$(awk '$1 == "50%" {print $2}' <<< "$out")"
  result "$2.p99" "$(awk '$1 == "99%" {print $2}' <<< "$out")"
  result "$2.requests" "$requests"
  result "$2.errors" "$errors"
  # Which errors: wrk's own lines (non-2xx responses, socket errors by kind).
  [ "$errors" = 0 ] || grep -E 'Non-2xx|Socket errors' <<< "$out" | sed "s/^/  $2: /" >&2
  printf '%-50s %12s req/s   p50 %-9s p99 %-9s %s requests, %s errors\n' \
    "kampus: mixed, $MIXED_LEARNERS learners, think 0.5-4.5 s" "$(get "$2.rps")" "$(get "$2.p50")" "$(get "$2.p99")" "$requests" "$errors" >&2
}
sign_in_mixed_learners() {
  for i in $(seq 1 "$MIXED_LEARNERS"); do
    t=$(login "$U" "mixed$i@kampus.test")
    curl -sf -X PUT "$U/api/v1/courses/$COURSE/enrollment" -H "Authorization: Bearer $t" >/dev/null
    echo "$t"
  done > "$work/mixed-tokens"
}
echo "== mixed load: creating $MIXED_LEARNERS learners" >&2
create_learners mixed "$MIXED_LEARNERS"
sign_in_mixed_learners
( start=$(date +%s)
  while kill -0 "$kampus_pid" 2>/dev/null; do
    echo "$(( $(date +%s) - start )) $(ps -o rss= -p "$kampus_pid" | tr -d ' ')"
    sleep 5
  done ) > "$work/rss" &
rss_sampler=$!; pids+=("$rss_sampler")
mixed "$MIXED_TIME" mixed
if [ "$MODE" = --soak ]; then
  for round in 2 3; do
    sign_in_mixed_learners
    mixed "$MIXED_TIME" "mixed$round"
  done
fi
kill "$rss_sampler" 2>/dev/null || true
# RSS: the first sample after a minute of load (or the first, in short runs) against the last.
read -r rss_first rss_max rss_last < <(awk '
  NR == 1 { first = $2 } $1 >= 60 && !warm { first = $2; warm = 1 }
  { if ($2 > max) max = $2; last = $2 }
  END { printf "%d %d %d\n", first / 1024, max / 1024, last / 1024 }' "$work/rss")
result rss.first "$rss_first"; result rss.max "$rss_max"; result rss.last "$rss_last"
result rss.growth "$(awk -v f="$rss_first" -v l="$rss_last" 'BEGIN { printf "%.1f", f ? (l - f) * 100 / f : 0 }')"
echo "RSS under the mixed load (MB): start $rss_first, max $rss_max, end $rss_last ($(get rss.growth) %)" >&2

# The LRS (issue 22): a filtered GET at XAPI_STATEMENTS stored statements and batch POSTs of 100
# statements, on SQLite and PostgreSQL (bench/xapi.sh; its own servers, the dev build fills them).
echo "== xAPI: $XAPI_STATEMENTS statements per backend" >&2
BENCH_RESULTS="$work/results" DEV_BIN="$DEV_BIN" BENCH_DURATION="$DURATION" BENCH_CONNECTIONS=16 \
  BENCH_XAPI_PORT=$((KAMPUS_PORT + 4)) BENCH_PG_URL="${pg_server%/*}" bash bench/xapi.sh "$XAPI_STATEMENTS"

# The fault runs: kills under writes, mail server down, PostgreSQL restarted, disk full.
faults_verdict="not run"
if [ -n "$FAULTS" ]; then
  kill "$kampus_pid" 2>/dev/null || true
  if BENCH_KAMPUS_PORT=$((KAMPUS_PORT + 10)) bash bench/faults.sh "$FAULTS" > "$work/faults.out" 2>&1; then
    faults_verdict="passed"
  else
    faults_verdict="FAILED"
  fi
  cat "$work/faults.out" >&2
fi

# The table: each figure beside its baseline and target.
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || b == 0) print "-"; else printf "%.2f", a / b }'; }
ms() { # wrk latency (e.g. 1.47ms, 120.00us, 1.20s) in ms
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /[0-9]s$/ && v !~ /ms$/) n *= 1000; printf "%.2f", n }'
}
verdict() { # condition as awk expression over a, b
  awk -v a="$1" -v b="${2:-0}" "BEGIN { exit !($3) }" && echo met || echo "NOT met"
}
judged() { [ "$MODE" = --smoke ] && echo "(smoke: not judged)" || "$@"; }
lesson_ratio=$(ratio "$(get lesson.rps)" "$(get nginx_lesson.rps)")
progress_ratio=$(ratio "$(get progress.rps)" "$(get sqlite_raw.rps)")
pg_ratio=$(ratio "$(get pg_progress.rps)" "$(get pg_raw.rps)")
outline_ratio=$(ratio "$(get outline.rps)" "$(get nginx_outline.rps)")
verify_ratio=$(ratio "$(get verify.rps)" "$(get nginx_verify.rps)")
lesson_page_ratio=$(ratio "$(get lesson_page.rps)" "$(get nginx_lesson_page.rps)")
catalog_page_ratio=$(ratio "$(get catalog_page.rps)" "$(get nginx_catalog_page.rps)")
asset_ratio=$(ratio "$(get asset.rps)" "$(get nginx_asset.rps)")
{
  echo "| scenario | Kampus | baseline (same run) | ratio | target | verdict |"
  echo "|---|---|---|---|---|---|"
  echo "| GET a lesson, $CONNECTIONS connections | $(get lesson.rps) req/s, p99 $(get lesson.p99) | nginx static file: $(get nginx_lesson.rps) req/s | $lesson_ratio | ≥ 0.5 × nginx, p99 < 10 ms | $(judged verdict "$lesson_ratio" "$(ms "$(get lesson.p99)")" 'a >= 0.5 && b < 10') |"
  echo "| GET a course outline | $(get outline.rps) req/s, p99 $(get outline.p99) | nginx static file: $(get nginx_outline.rps) req/s | $outline_ratio | ≥ 1 × nginx | $(judged verdict "$outline_ratio" 0 'a >= 1') |"
  echo "| GET the catalog, anonymous | $(get catalog.rps) req/s, p99 $(get catalog.p99) | | | | |"
  for backend in sqlite postgres; do
    raw=$([ $backend = sqlite ] && get sqlite_raw.rps || get pg_raw.rps)
    baseline=$([ $backend = sqlite ] && echo "sqlite3 inserts" || echo "pgbench inserts")
    echo "| xAPI: POST batches of 100 statements, $backend | $(get xapi_batch_$backend.statements_per_s) statements/s, p99 $(get xapi_batch_$backend.p99) | $baseline: $raw tx/s | $(ratio "$(get xapi_batch_$backend.statements_per_s)" "$raw") | (reported) | |"
    echo "| xAPI: GET agent + verb + since at $XAPI_STATEMENTS statements, $backend | $(get xapi_query_$backend.rps) req/s, p50 $(get xapi_query_$backend.p50), p99 $(get xapi_query_$backend.p99) | | | p99 < 50 ms at 1,000,000 | $([ "$XAPI_STATEMENTS" -ge 1000000 ] && verdict "$(ms "$(get xapi_query_$backend.p99)")" 0 'a < 50' || echo "(smaller dataset)") |"
  done
  echo "| lesson page (HTML), signed in, $CONNECTIONS connections | $(get lesson_page.rps) req/s, p99 $(get lesson_page.p99) | nginx static file: $(get nginx_lesson_page.rps) req/s | $lesson_page_ratio | ≥ 1 × nginx, p99 < 10 ms | $(judged verdict "$lesson_page_ratio" "$(ms "$(get lesson_page.p99)")" 'a >= 1 && b < 10') |"
  echo "| catalog page (HTML), anonymous | $(get catalog_page.rps) req/s, p99 $(get catalog_page.p99) | nginx static file: $(get nginx_catalog_page.rps) req/s | $catalog_page_ratio | | |"
  echo "| the floor: the stylesheet ($(wc -c < "$work/www/kampus.css") bytes) from memory | $(get asset.rps) req/s, p99 $(get asset.p99) | nginx static file: $(get nginx_asset.rps) req/s | $asset_ratio | (none: what the framework itself reaches) | |"
  echo "| POST a lesson completion, SQLite | $(get progress.rps) req/s, p99 $(get progress.p99) | sqlite3 inserts: $(get sqlite_raw.rps) tx/s | $progress_ratio | ≥ 0.5 × raw inserts | $(judged verdict "$progress_ratio" 0 'a >= 0.5') |"
  echo "| POST a lesson completion, PostgreSQL | $(get pg_progress.rps) req/s, p99 $(get pg_progress.p99) | pgbench inserts: $(get pg_raw.rps) tx/s | $pg_ratio | ≥ 0.7 × raw inserts | $(judged verdict "$pg_ratio" 0 'a >= 0.7') |"
  echo "| quiz: start + submit 20 answers | $(get attempt2.cycles) attempts/s ($(get attempt2.failures) failed) | | | ≥ 2,000/s | $(judged verdict "$(get attempt2.cycles)" "$(get attempt2.failures)" 'a >= 2000 && b == 0') |"
  echo "| quiz: start + save 20 answers + submit | $(get attempt3.cycles) attempts/s ($(get attempt3.failures) failed) | | | | |"
  echo "| certificate verification ($(get certificates) certificates) | $(get verify.rps) req/s, p99 $(get verify.p99) | nginx static file: $(get nginx_verify.rps) req/s | $verify_ratio | ≥ 1 × nginx | $(judged verdict "$verify_ratio" 0 'a >= 1') |"
  echo "| sign-in | $(get login.rps) req/s, p99 $(get login.p99) | argon2 tool, same parameters: $(get argon2.rps) hashes/s | $(ratio "$(get login.rps)" "$(get argon2.rps)") | | |"
  echo "| completion report by institution, $REPORT_LEARNERS learners | median $(get report.median_ms) ms (max $(get report.max_ms)) | | | < 100 ms at 100,000 | $( [ "$REPORT_LEARNERS" -ge 100000 ] && verdict "$(get report.median_ms)" 0 'a < 100' || echo "(smaller dataset)") |"
  echo "| dashboard page (/staff), admin, $REPORT_LEARNERS learners | p99 $(get dashboard_admin.p99_ms) ms (p50 $(get dashboard_admin.p50_ms)), $DASHBOARD_REQUESTS requests | | | p99 ≤ 300 ms at 100,000 | $( [ "$REPORT_LEARNERS" -ge 100000 ] && verdict "$(get dashboard_admin.p99_ms)" 0 'a <= 300' || echo "(smaller dataset)") |"
  echo "| dashboard page (/staff), trainer of 3 institutions | p99 $(get dashboard_trainer.p99_ms) ms (p50 $(get dashboard_trainer.p50_ms)) | | | p99 ≤ 100 ms at 100,000 | $( [ "$REPORT_LEARNERS" -ge 100000 ] && verdict "$(get dashboard_trainer.p99_ms)" 0 'a <= 100' || echo "(smaller dataset)") |"
  echo "| mixed: $MIXED_LEARNERS learners, think 0.5–4.5 s, $MIXED_TIME | $(get mixed.rps) req/s, p50 $(get mixed.p50), p99 $(get mixed.p99), $(get mixed.errors) errors in $(get mixed.requests) requests | | | no errors | $(judged verdict "$(get mixed.errors)" 0 'a == 0') |"
  for round in 2 3; do
    [ -n "$(get "mixed$round.requests")" ] || continue
    echo "| mixed, round $round (signed in again) | $(get "mixed$round.rps") req/s, p50 $(get "mixed$round.p50"), p99 $(get "mixed$round.p99"), $(get "mixed$round.errors") errors in $(get "mixed$round.requests") requests | | | no errors | $(judged verdict "$(get "mixed$round.errors")" 0 'a == 0') |"
  done
  echo "| RSS under load (SQLite server) | after the scenarios $(get rss_after_scenarios) MB; mixed load: start $(get rss.first), max $(get rss.max), end $(get rss.last) MB | | growth $(get rss.growth) % | < 100 MB$( [ "$MODE" = --soak ] && echo '; growth < 10 %') | $(judged verdict "$(get rss.max)" "$(get rss.growth)" "a < 100 $( [ "$MODE" = --soak ] && echo '&& b < 10')") |"
  echo "| fault runs (bench/faults.sh $FAULTS) | $faults_verdict | | | everything acknowledged kept | |"
} > "$work/table.md"
echo "== results ($MODE, $(( $(date +%s) - started_at )) s)" >&2
cat "$work/table.md" >&2

# --full: the run goes into docs/benchmarks.md, between its markers, with the machine.
if [ "$MODE" = --full ]; then
  {
    echo "<!-- bench/run.sh --full: begin (written by the script; edit the script, not this) -->"
    echo "### \`bench/run.sh --full\`, $(date -u +%Y-%m-%d) (commit $(git rev-parse --short HEAD))"
    echo
    echo "Machine: $(nproc) cores ($(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)), $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo), $(uname -sr). Tools: $(rustc --version | cut -d' ' -f1-2), wrk $(wrk --version 2>&1 | head -1 | awk '{print $2}'), $(nginx -v 2>&1 | cut -d' ' -f3), SQLite $(sqlite3 --version | cut -d' ' -f1), $(psql --version | cut -d' ' -f2-3), argon2 $(dpkg-query -W -f='${Version}' argon2 2>/dev/null). $CONNECTIONS connections, $DURATION per scenario; the run took $(( ($(date +%s) - started_at) / 60 )) minutes."
    echo
    cat "$work/table.md"
    echo "<!-- bench/run.sh --full: end -->"
  } > "$work/section.md"
  python3 - "$work/section.md" <<'PY'
import re, sys
section = open(sys.argv[1]).read()
path = "docs/benchmarks.md"
text = open(path).read()
pattern = re.compile(r"<!-- bench/run.sh --full: begin.*?<!-- bench/run.sh --full: end -->\n?", re.S)
text = pattern.sub(lambda _: section, text) if pattern.search(text) else text.rstrip("\n") + "\n\n" + section
open(path, "w").write(text)
PY
  echo "written to docs/benchmarks.md" >&2
fi
# --smoke judges no figure, only that every request of every scenario succeeded.
if [ "$MODE" = --smoke ]; then
  failed=$(awk -F'\t' '$1 ~ /\.(errors|failures)$/ && $2 + 0 > 0 {print $1 "=" $2}' "$work/results")
  [ "$(get certificates)" -gt 0 ] || failed="$failed no certificate issued"
  if [ -n "$failed" ]; then echo "smoke: requests failed: $failed" >&2; exit 1; fi
  echo "smoke: every scenario ran and every request succeeded" >&2
fi
[ "$faults_verdict" != "FAILED" ]
