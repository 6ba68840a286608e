#!/usr/bin/env bash
# Fault runs (issue 10, item 3): `bench/faults.sh [--quick | --full]`.
#
# Runs the release server (`kampus serve`) on fresh data, hurts it on purpose and checks what
# is left. Everything stays on 127.0.0.1; every process, temp folder, mount and scratch
# database it made is removed on exit. `--quick` (default) took 1 min 23 s on the reference
# machine (2 cores), `--full` (more kills, longer outages, more learners) 3 min 12 s. Exits
# non-zero when any check fails.
# Needs curl, jq, sqlite3, psql and python3 (standard library only); root for scenario 3's
# `pg_ctlcluster` and scenario 4's tmpfs.
#
# 1. kill -9 under writes (1a SQLite; 1b PostgreSQL, if reachable). Learners enroll; six
#    writer threads (bench/fault-load.py) send lesson events with fresh event ids and start
#    and submit attempts at bench-assessment (90 % right answers, so courses complete and
#    certificates are issued all along the run, as learners join one by one). The server is
#    killed with SIGKILL at random moments (quick: 3 times, full: 10) and started again on the
#    same data while the writers go on. PASS: the server comes back each time and, checked in
#    the database after the run, every write it acknowledged (2xx) is there: each lesson event
#    id, each attempt started, each attempt submitted is graded; every learner with an
#    acknowledged lesson completion and passing submission completed the course; nothing is
#    half done (a completion without its certificate, a certificate without its completion or
#    its queued mail, a completed lesson event without the lesson's progress, an enrollment's
#    completed_at without a completion); `kampus reports check` agrees with a recount; on
#    SQLite `PRAGMA integrity_check` says ok and `PRAGMA foreign_key_check` finds nothing.
# 2. SMTP sink down, then up (SQLite). Mail goes to 127.0.0.1 on a port where nothing
#    listens; learners complete bench-assessment, each completion queues a certificate mail.
#    PASS: every mail is attempted and kept pending while the sink is down; once the sink
#    (bench/smtp-sink.py) listens, every certificate mail arrives exactly once (by its
#    Message-ID, <outbox id@kampus>), to its holder, with the PDF, and every outbox row ends
#    `sent`.
# 3. PostgreSQL stopped and started under a light load (GET a lesson, POST a lesson event,
#    GET /readyz), without restarting Kampus. Quick: stopped for 5 s; full: a plain
#    `pg_ctlcluster restart`, then stopped for 15 s. PASS: every answer is a 2xx or a 503
#    application/problem+json with Retry-After (never a 500, an HTML page, a dropped
#    connection), none takes longer than 10 s, /readyz says 503 while PostgreSQL is down, the
#    outage did reach the requests (some 503), requests succeed again within 30 s of
#    PostgreSQL's return, and every acknowledged lesson event is in the database. PostgreSQL is
#    started again on exit whatever happens. Note: this restarts the machine's shared cluster
#    (FAULTS_PG_CLUSTER, default "15 main"); other users of it see the outage too.
# 4. Full disk (SQLite). The data folder is a small tmpfs; writers run; a file fills the disk
#    and later is deleted. PASS: while full, writes are refused with a 500/503
#    application/problem+json (none hangs past 10 s) and reads (a lesson, the outline, the
#    learner's certificates) still answer 200; after the file is deleted writes succeed again
#    within 10 s, without a restart; at the end every acknowledged write is there and
#    `PRAGMA integrity_check` is ok (the checks of scenario 1). A database made read-only
#    under a running server cannot be simulated here: root ignores file modes, a descriptor
#    open for writing keeps its access after a chmod, and `mount -o remount,ro` is refused
#    (EBUSY) while the server holds the database open for writing. Instead, 4b starts Kampus
#    on the same data remounted read-only. PASS: it does not hang: it either refuses to start
#    (non-zero exit within 20 s, with a message) or serves reads and refuses writes with a
#    problem+json.
#
# Environment: FAULTS_ONLY (scenarios to run, e.g. "1a 3"; default all), FAULTS_POSTGRES_URL (a server where scratch databases may be created; default
# postgres://postgres@127.0.0.1:5432/postgres), FAULTS_PG_CLUSTER ("15 main"), FAULTS_KEEP
# (a folder to copy the logs and acknowledgement files to before cleaning up).
set -euo pipefail
cd "$(dirname "$0")/.."

MODE=quick
case "${1:---quick}" in
  --quick) MODE=quick ;;
  --full) MODE=full ;;
  -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
  *) echo "usage: $0 [--quick | --full]" >&2; exit 2 ;;
esac
if [ "$MODE" = quick ]; then
  KILLS=3 KILL_GAP_MS="1500 4000" LEARNERS=40 MAIL_LEARNERS=10 SINK_DOWN=4
  PG_LEAD=3 PG_AFTER=15 DISK_LEARNERS=8
else
  KILLS=10 KILL_GAP_MS="2000 6000" LEARNERS=120 MAIL_LEARNERS=30 SINK_DOWN=12
  PG_LEAD=3 PG_AFTER=25 DISK_LEARNERS=16
fi
PG_SERVER=${FAULTS_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/postgres}
read -r PG_VERSION PG_NAME <<< "${FAULTS_PG_CLUSTER:-15 main}"
PASSWORD="fault password 12345"
LOAD=bench/fault-load.py
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/kampus-target}"
for tool in curl jq sqlite3 psql python3; do
  command -v "$tool" >/dev/null || { echo "$tool is needed" >&2; exit 2; }
done
cargo build --release --locked -p kampus-api -q
BIN="$CARGO_TARGET_DIR/release/kampus"

# ---------------------------------------------------------------------------------------
# Clean-up: only what this run started or made.
work=$(mktemp -d /tmp/kampus-faults.XXXXXX)
declare -A PIDS=()      # name -> pid of a process started here
MOUNTS=()               # tmpfs mounted here
PG_DBS=()               # scratch databases created here
PG_TOUCHED=0            # 1 once this run has stopped or restarted PostgreSQL
cleanup() {
  local status=$?
  set +e
  for name in "${!PIDS[@]}"; do
    kill -9 "${PIDS[$name]}" 2>/dev/null && wait "${PIDS[$name]}" 2>/dev/null
  done
  if [ "$PG_TOUCHED" = 1 ] && ! pg_ctlcluster "$PG_VERSION" "$PG_NAME" status >/dev/null 2>&1; then
    echo "starting PostgreSQL again ($PG_VERSION $PG_NAME)" >&2
    pg_ctlcluster "$PG_VERSION" "$PG_NAME" start
  fi
  for db in "${PG_DBS[@]}"; do
    psql "$PG_SERVER" -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1
  done
  for mount in "${MOUNTS[@]}"; do umount "$mount" 2>/dev/null || umount -l "$mount"; done
  if [ -n "${FAULTS_KEEP:-}" ]; then
    mkdir -p "$FAULTS_KEEP" && find "$work" \( -name '*.log' -o -name '*.tsv' -o -name '*.jsonl' \) \
      -exec cp --parents {} "$FAULTS_KEEP" \; 2>/dev/null
  fi
  rm -rf "$work"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---------------------------------------------------------------------------------------
# Reporting: each scenario prints what it did, one PASS/FAIL line per check, and a result.
RESULTS=()
failed=0
pass() { printf '    PASS  %s\n' "$*"; }
fail() { printf '    FAIL  %s\n' "$*"; failed=1; }
note() { printf '    %s\n' "$*"; }
expect() { # description, actual, expected
  if [ "$2" = "$3" ]; then pass "$1: $2"; else fail "$1: $2 (expected $3)"; fi
}
begin_scenario() { failed=0; scenario_started=$SECONDS; printf '\n-- %s\n' "$1"; }
end_scenario() { # name, detail
  local result=PASS
  [ "$failed" = 1 ] && result=FAIL
  RESULTS+=("$1|$result|$2|$((SECONDS - scenario_started)) s")
  printf '    => %s\n' "$result"
}
skip_scenario() { # name, reason
  RESULTS+=("$1|SKIP|$2|-")
  printf '\n-- %s\n    SKIP  %s\n' "$1" "$2"
}
# The server's warnings and errors, for a failed check.
log_excerpt() { # log file
  note "server log (warnings and errors, last 15):"
  grep -E ' (WARN|ERROR) ' "$1" | tail -15 | cut -c1-400 | sed 's/^/      /' || true
}

# ---------------------------------------------------------------------------------------
# Servers and learners.
free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
now() { date +%s.%N; }
# The status of one request ("000": no answer within 10 s); --save FILE keeps headers and body.
http_status() {
  local out=/dev/null headers=()
  if [ "$1" = --save ]; then out=$2 headers=(-D "$2.headers"); shift 2; fi
  curl -s -o "$out" "${headers[@]}" -w '%{http_code}' --max-time 10 "$@" || true
}
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

# The shipped courses and bench-assessment (20-question final, no attempt limit) in one folder.
mkdir -p "$work/content"
for course in content/*/ bench/content/*/; do ln -s "$PWD/$course" "$work/content/$(basename "$course")"; done
COMMON_ENV=(KAMPUS_CONTENT_DIR="$work/content" KAMPUS_LOGIN_IP_LIMIT_PER_MINUTE=100000
  KAMPUS_JWT_SECRET=faults-signing-key-0123456789abcdef-0123456789 KAMPUS_SHUTDOWN_TIMEOUT_SECS=5
  RUST_LOG=info)

# kampus with the current scenario's environment (SERVER_ENV, set by each scenario).
SERVER_ENV=()
kampus() { env "${COMMON_ENV[@]}" "${SERVER_ENV[@]}" "$BIN" "$@"; }
# The same, replacing the shell: started with `&`, its $! is the server's own pid.
exec_kampus() { exec env "${COMMON_ENV[@]}" "${SERVER_ENV[@]}" "$BIN" "$@"; }

wait_ready() { # base url, seconds
  local deadline=$((SECONDS + $2))
  while [ $SECONDS -lt $deadline ]; do
    curl -sf --max-time 1 "$1/readyz" >/dev/null && return 0
    sleep 0.1
  done
  return 1
}
start_server() { # name, log, base url
  exec_kampus serve >>"$2" 2>&1 &
  PIDS[$1]=$!
  wait_ready "$3" 30
}
kill_server() { # name
  kill -9 "${PIDS[$1]}" 2>/dev/null || true
  wait "${PIDS[$1]}" 2>/dev/null || true
  unset "PIDS[$1]"
}
stop_server() { # name: SIGTERM, as an operator would
  kill -TERM "${PIDS[$1]}" 2>/dev/null || true
  wait "${PIDS[$1]}" 2>/dev/null || true
  unset "PIDS[$1]"
}
# Migrates, creates learners (address verified) and writes their emails to <dir>/emails.
create_learners() { # dir, count, prefix
  kampus migrate >/dev/null 2>&1
  seq 1 "$2" | sed "s/.*/$3&@faults.test/" > "$1/emails"
  while read -r email; do
    kampus user create --email "$email" --name "Learner ${email%@*}" --password-stdin <<< "$PASSWORD" >/dev/null 2>&1
  done < "$1/emails"
}
sign_in() { # dir, base url, courses
  python3 "$LOAD" setup --base "$2" --emails "$1/emails" --password "$PASSWORD" --courses "$3" --out "$1/tokens"
}
create_pg_db() { # name: a scratch database, dropped on exit; its URL in PG_DB_URL
  PG_DBS+=("$1")
  psql "$PG_SERVER" -qc "CREATE DATABASE $1" >/dev/null
  PG_DB_URL="${PG_SERVER%/*}/$1"
}
pg_reachable() { psql "$PG_SERVER" -qAtc "select 1" >/dev/null 2>&1; }

# ---------------------------------------------------------------------------------------
# The database after a run: every acknowledged write there, nothing half done.
#
# The acknowledgements (<dir>/acks/*.tsv) are loaded into schema `a` (an attached file on
# SQLite, a schema in the scratch database on PostgreSQL) so that the same queries run on both.
acks_sql() { # acks dir
  echo "CREATE TABLE a.progress (id TEXT, email TEXT, course TEXT, lesson TEXT, kind TEXT);"
  echo "CREATE TABLE a.started (id TEXT, email TEXT);"
  echo "CREATE TABLE a.submitted (id TEXT, email TEXT, passed INTEGER);"
  echo "BEGIN;"
  for table in progress started submitted; do
    [ -s "$1/$table.tsv" ] || continue
    awk -F'\t' -v table="a.$table" -v q="'" '
      NR % 500 == 1 { if (NR > 1) print ";"; printf "INSERT INTO %s VALUES ", table; sep = "" }
      { printf "%s(", sep; for (i = 1; i <= NF; i++) printf "%s%s%s%s", (i > 1 ? "," : ""), q, $i, q; printf ")"; sep = "," }
      END { if (NR) print ";" }' "$1/$table.tsv"
  done
  echo "COMMIT;"
}
CHECKS_SQL="
SELECT 'acknowledged lesson events missing', count(*) FROM a.progress p
  WHERE NOT EXISTS (SELECT 1 FROM progress_events e WHERE e.event_id = p.id);
SELECT 'acknowledged attempt starts missing', count(*) FROM a.started s
  WHERE NOT EXISTS (SELECT 1 FROM attempts t WHERE t.id = s.id);
SELECT 'acknowledged submissions not graded', count(*) FROM a.submitted s
  WHERE NOT EXISTS (SELECT 1 FROM attempts t WHERE t.id = s.id AND t.submitted_at IS NOT NULL
                    AND t.percent IS NOT NULL AND t.result IS NOT NULL);
SELECT 'learners with acknowledged lesson and pass but no completion', count(*) FROM
  (SELECT DISTINCT p.email FROM a.progress p JOIN a.submitted s ON s.email = p.email AND s.passed = 1
   WHERE p.course = 'bench-assessment' AND p.kind = 'lesson-completed') x
  WHERE NOT EXISTS (SELECT 1 FROM users u JOIN enrollments e ON e.user_id = u.id
                    JOIN completions c ON c.enrollment_id = e.id
                    WHERE u.email = x.email AND e.course_id = 'bench-assessment');
SELECT 'completions without a certificate', count(*) FROM completions c
  WHERE NOT EXISTS (SELECT 1 FROM certificates ce WHERE ce.enrollment_id = c.enrollment_id);
SELECT 'certificates without a completion', count(*) FROM certificates ce
  WHERE NOT EXISTS (SELECT 1 FROM completions c WHERE c.enrollment_id = ce.enrollment_id);
SELECT 'certificates without their mail in the outbox', count(*) FROM certificates ce
  WHERE NOT EXISTS (SELECT 1 FROM outbox o WHERE o.certificate_id = ce.id);
SELECT 'certificates with more than one mail queued', count(*) FROM
  (SELECT certificate_id FROM outbox WHERE certificate_id IS NOT NULL
   GROUP BY certificate_id HAVING count(*) > 1) d;
SELECT 'enrollments whose completed_at disagrees with completions', count(*) FROM enrollments e
  WHERE (e.completed_at IS NOT NULL) <> EXISTS (SELECT 1 FROM completions c WHERE c.enrollment_id = e.id);
SELECT 'completed-lesson events without the lesson completed', count(*) FROM progress_events pe
  WHERE pe.kind = 'lesson-completed' AND NOT EXISTS (SELECT 1 FROM lesson_progress lp
    WHERE lp.enrollment_id = pe.enrollment_id AND lp.lesson_id = pe.lesson_id AND lp.completed_at IS NOT NULL);
SELECT 'totals', (SELECT count(*) FROM a.progress), (SELECT count(*) FROM a.started),
  (SELECT count(*) FROM a.submitted), (SELECT count(*) FROM progress_events),
  (SELECT count(*) FROM attempts WHERE submitted_at IS NOT NULL), (SELECT count(*) FROM completions),
  (SELECT count(*) FROM certificates), (SELECT count(*) FROM outbox WHERE certificate_id IS NOT NULL);
"
# Runs the checks (server stopped) and prints them; sets VERIFIED_ACKS and VERIFIED_MISSING.
verify_writes() { # backend (sqlite | postgres), dir, database url
  local out
  if [ "$1" = sqlite ]; then
    out=$({ echo "ATTACH '$2/acks.db' AS a;"; acks_sql "$2/acks"; echo "$CHECKS_SQL"
            echo "SELECT 'integrity_check', group_concat(integrity_check, '; ') FROM pragma_integrity_check;"
            echo "SELECT 'foreign_key_check', count(*) FROM pragma_foreign_key_check;"
          } | sqlite3 -batch "${3#sqlite://}")
  else
    out=$({ echo "CREATE SCHEMA a;"; acks_sql "$2/acks"; echo "$CHECKS_SQL"; } \
          | psql "$3" -qAt -v ON_ERROR_STOP=1)
  fi
  local totals; totals=$(grep '^totals|' <<< "$out" | cut -d'|' -f2-)
  IFS='|' read -r ack_p ack_s ack_u db_p db_u db_c db_ce db_m <<< "$totals"
  note "acknowledged: $ack_p lesson events, $ack_s attempt starts, $ack_u submissions"
  note "in the database: $db_p lesson events, $db_u graded attempts, $db_c completions, $db_ce certificates, $db_m certificate mails"
  VERIFIED_ACKS=$((ack_p + ack_s + ack_u))
  VERIFIED_MISSING=0
  while IFS='|' read -r label value; do
    case "$label" in
      totals) ;;
      integrity_check) expect "PRAGMA integrity_check" "$value" ok ;;
      foreign_key_check) expect "PRAGMA foreign_key_check rows" "$value" 0 ;;
      acknowledged*) VERIFIED_MISSING=$((VERIFIED_MISSING + value)); expect "$label" "$value" 0 ;;
      *) expect "$label" "$value" 0 ;;
    esac
  done <<< "$out"
  local report
  if report=$(kampus reports check 2>/dev/null); then
    pass "kampus reports check: $report"
  else
    fail "kampus reports check: $(tr '\n' ' ' <<< "$report" | cut -c1-600)"
  fi
}

# ---------------------------------------------------------------------------------------
# 1. kill -9 under writes.
kill_under_writes() { # sqlite | postgres
  local backend=$1 name="1${2} kill -9 under writes ($3)"
  begin_scenario "$name"
  local dir="$work/s1-$backend" port; port=$(free_port)
  local base="http://127.0.0.1:$port" log="$dir/kampus.log" db_url
  mkdir -p "$dir/acks"
  if [ "$backend" = sqlite ]; then
    db_url="sqlite://$dir/data/kampus.db"
  else
    create_pg_db "kampus_faults_$$_kill"; db_url=$PG_DB_URL
  fi
  SERVER_ENV=(KAMPUS_BIND="127.0.0.1:$port" KAMPUS_DATA_DIR="$dir/data" DATABASE_URL="$db_url")
  create_learners "$dir" "$LEARNERS" "s1$backend-"
  start_server s1 "$log" "$base" || { fail "the server did not start"; log_excerpt "$log"; end_scenario "$name" "no start"; return; }
  sign_in "$dir" "$base" bench-assessment,migration-and-gender

  # The kill moments, planned up front; the writers run through all of them and 3 s more.
  local gaps=() total_ms=0 gap
  read -r gap_min gap_max <<< "$KILL_GAP_MS"
  for _ in $(seq 1 "$KILLS"); do
    gap=$((gap_min + (RANDOM * 32768 + RANDOM) % (gap_max - gap_min + 1)))
    gaps+=("$gap"); total_ms=$((total_ms + gap))
  done
  local seconds=$(( (total_ms + 999) / 1000 + 3 ))
  python3 "$LOAD" writers --base "$base" --tokens "$dir/tokens" --seconds "$seconds" --threads 6 --ramp \
    --out "$dir/acks" > "$dir/writers.json" &
  PIDS[s1-load]=$!
  local kills=0 back=() t0; t0=$(now)
  local moments=()
  for gap in "${gaps[@]}"; do
    sleep "$(awk -v ms="$gap" 'BEGIN { printf "%.3f", ms / 1000 }')"
    moments+=("$(since "$t0")s")
    kill_server s1
    if curl -s --max-time 1 "$base/healthz" >/dev/null; then
      fail "the server still answers after kill -9"; break
    fi
    kills=$((kills + 1))
    local t_restart; t_restart=$(now)
    if ! start_server s1 "$log" "$base"; then
      fail "the server did not come back within 30 s after kill $kills"; log_excerpt "$log"; break
    fi
    back+=("$(since "$t_restart")s")
  done
  wait "${PIDS[s1-load]}"; unset "PIDS[s1-load]"
  note "$LEARNERS learners joining one by one, 6 writer threads for ${seconds} s"
  note "kill -9 at ${moments[*]} (each time ready again after ${back[*]})"
  note "writers saw: $(jq -r 'to_entries | map("\(.key): \(.value)") | join(", ")' "$dir/writers.json")"
  local unexpected
  unexpected=$(jq -r 'to_entries | map(select(.key | test(" (5[0-9][0-9]|4[0-9][0-9])$")) | select(.key | test(" 503$") | not)) | map("\(.key): \(.value)") | join(", ")' "$dir/writers.json")
  if [ -n "$unexpected" ]; then
    fail "answers other than 2xx, 503 or no answer (server killed): $unexpected"
    jq -c 'select(.status != null and .status >= 400 and .status != 503)' "$dir/acks/requests.jsonl" | head -5 | sed 's/^/      /'
    log_excerpt "$log"
  else
    pass "every answer was 2xx, 503 or none (server killed)"
  fi
  [ -n "${PIDS[s1]:-}" ] && stop_server s1
  expect "kills survived" "$kills" "$KILLS"
  verify_writes "$backend" "$dir" "$db_url"
  end_scenario "$name" "$kills kills, $VERIFIED_ACKS acknowledged writes checked, $VERIFIED_MISSING missing"
}

# ---------------------------------------------------------------------------------------
# 2. SMTP sink down, then up.
smtp_down_then_up() {
  local name="2 SMTP sink down, then up (SQLite)"
  begin_scenario "$name"
  local dir="$work/s2" port sink_port; port=$(free_port); sink_port=$(free_port)
  local base="http://127.0.0.1:$port" log="$dir/kampus.log" db="$dir/data/kampus.db"
  mkdir -p "$dir"
  SERVER_ENV=(KAMPUS_BIND="127.0.0.1:$port" KAMPUS_DATA_DIR="$dir/data"
    KAMPUS_SMTP_HOST=127.0.0.1 KAMPUS_SMTP_PORT="$sink_port" KAMPUS_SMTP_TLS=none
    KAMPUS_MAIL_POLL_INTERVAL_MS=200 KAMPUS_MAIL_RETRY_BASE_MS=250 KAMPUS_MAIL_MAX_ATTEMPTS=30)
  create_learners "$dir" "$MAIL_LEARNERS" "s2-"
  start_server s2 "$log" "$base" || { fail "the server did not start"; log_excerpt "$log"; end_scenario "$name" "no start"; return; }
  sign_in "$dir" "$base" bench-assessment
  local completed; completed=$(python3 "$LOAD" complete --base "$base" --tokens "$dir/tokens")
  note "$completed learners completed bench-assessment while nothing listens on 127.0.0.1:$sink_port"
  sleep "$SINK_DOWN"
  local q="SELECT count(*), sum(status = 'pending'), sum(status = 'sent'), min(attempts), max(attempts),
             sum(last_error IS NOT NULL) FROM outbox WHERE certificate_id IS NOT NULL"
  IFS='|' read -r queued pending sent min_tries max_tries errors <<< "$(sqlite3 -cmd '.timeout 5000' "$db" "$q")"
  note "after ${SINK_DOWN} s with the sink down: $queued certificate mails, $pending pending, $sent sent, attempts $min_tries-$max_tries"
  note "last error: $(sqlite3 -cmd '.timeout 5000' "$db" "SELECT last_error FROM outbox WHERE certificate_id IS NOT NULL LIMIT 1" | cut -c1-160)"
  expect "certificate mails queued" "$queued" "$MAIL_LEARNERS"
  expect "sent while the sink is down" "$sent" 0
  expect "mails tried and failed at least once, kept pending" "$pending/$errors" "$MAIL_LEARNERS/$MAIL_LEARNERS"

  python3 bench/smtp-sink.py --port "$sink_port" --log "$dir/sink.jsonl" &
  PIDS[s2-sink]=$!
  local t_up deadline=$((SECONDS + 60)); t_up=$(now)
  while [ $SECONDS -lt $deadline ]; do
    sent=$(sqlite3 -cmd '.timeout 5000' "$db" "SELECT count(*) FROM outbox WHERE certificate_id IS NOT NULL AND status = 'sent'")
    [ "$sent" = "$queued" ] && break
    sleep 0.25
  done
  local delivered_after; delivered_after=$(since "$t_up")
  sleep 2  # time for any duplicate to arrive
  stop_server s2
  kill "${PIDS[s2-sink]}"; wait "${PIDS[s2-sink]}" 2>/dev/null || true; unset "PIDS[s2-sink]"
  note "sink up: all sent after ${delivered_after} s; the sink received $(wc -l < "$dir/sink.jsonl") messages"
  sqlite3 -separator $'\t' "$db" "SELECT id, recipient, status, attempts FROM outbox WHERE certificate_id IS NOT NULL" > "$dir/outbox.tsv"
  python3 - "$dir/outbox.tsv" "$dir/sink.jsonl" > "$dir/mail-verdict" <<'PY'
import collections, json, sys
outbox = [line.rstrip("\n").split("\t") for line in open(sys.argv[1]) if line.strip()]
received = [json.loads(line) for line in open(sys.argv[2]) if line.strip()]
by_id = collections.defaultdict(list)
for m in received:
    by_id[m["message_id"].strip("<>").removesuffix("@kampus")].append(m)
once = sum(1 for oid, *_ in outbox if len(by_id[oid]) == 1)
dupes = sum(1 for oid, *_ in outbox if len(by_id[oid]) > 1)
missing = sum(1 for oid, *_ in outbox if not by_id[oid])
ids = {oid for oid, *_ in outbox}
stray = sum(len(v) for k, v in by_id.items() if k not in ids)
wrong_to = sum(1 for oid, to, *_ in outbox for m in by_id[oid] if m["to"] != [to])
no_pdf = sum(1 for oid, *_ in outbox for m in by_id[oid] if not m["pdf"])
not_sent = sum(1 for _, _, status, _ in outbox if status != "sent")
tries = [int(a) for *_, a in outbox]
print(f"delivered exactly once|{once}")
print(f"delivered more than once|{dupes}")
print(f"never delivered|{missing}")
print(f"messages the sink got that are not certificate mails|{stray}")
print(f"delivered to someone else than the holder|{wrong_to}")
print(f"delivered without the PDF|{no_pdf}")
print(f"outbox rows not ending sent|{not_sent}")
print(f"attempts per mail|{min(tries, default=0)}-{max(tries, default=0)}")
PY
  while IFS='|' read -r label value; do
    case "$label" in
      "delivered exactly once") expect "$label" "$value" "$queued" ;;
      "attempts per mail") note "$label until delivered: $value" ;;
      *) expect "$label" "$value" 0 ;;
    esac
  done < "$dir/mail-verdict"
  [ "$failed" = 1 ] && log_excerpt "$log"
  local once; once=$(grep '^delivered exactly once|' "$dir/mail-verdict" | cut -d'|' -f2)
  end_scenario "$name" "$queued mails queued while down, $once delivered exactly once after ${delivered_after} s"
}

# ---------------------------------------------------------------------------------------
# 3. PostgreSQL stopped and started under load.
postgres_outage() {
  local name="3 PostgreSQL restarted under load"
  begin_scenario "$name"
  local dir="$work/s3" port; port=$(free_port)
  local base="http://127.0.0.1:$port" log="$dir/kampus.log" db_url
  mkdir -p "$dir/acks"
  create_pg_db "kampus_faults_$$_outage"; db_url=$PG_DB_URL
  SERVER_ENV=(KAMPUS_BIND="127.0.0.1:$port" KAMPUS_DATA_DIR="$dir/data" DATABASE_URL="$db_url")
  create_learners "$dir" 4 "s3-"
  start_server s3 "$log" "$base" || { fail "the server did not start"; log_excerpt "$log"; end_scenario "$name" "no start"; return; }
  sign_in "$dir" "$base" migration-and-gender
  local outage=5 restart_first=0
  [ "$MODE" = full ] && outage=15 restart_first=1
  local seconds=$((PG_LEAD + outage + PG_AFTER + restart_first * 10 + 2))
  python3 "$LOAD" light --base "$base" --tokens "$dir/tokens" --seconds "$seconds" --threads 4 \
    --timeout 30 --out "$dir/acks" > "$dir/light.json" &
  PIDS[s3-load]=$!
  sleep "$PG_LEAD"
  local windows=()
  PG_TOUCHED=1
  if [ "$restart_first" = 1 ]; then
    local t_down; t_down=$(now)
    pg_ctlcluster "$PG_VERSION" "$PG_NAME" restart
    windows+=("$t_down,$t_down,$t_down,$(now)")
    note "pg_ctlcluster $PG_VERSION $PG_NAME restart: took $(since "$t_down") s"
    sleep 10
  fi
  local t_down t_stopped t_starting; t_down=$(now)
  pg_ctlcluster "$PG_VERSION" "$PG_NAME" stop
  t_stopped=$(now)
  sleep "$outage"
  t_starting=$(now)
  pg_ctlcluster "$PG_VERSION" "$PG_NAME" start
  windows+=("$t_down,$t_stopped,$t_starting,$(now)")
  note "pg_ctlcluster $PG_VERSION $PG_NAME stop, ${outage} s, start: down for $(since "$t_down") s"
  wait "${PIDS[s3-load]}"; unset "PIDS[s3-load]"
  if kill -0 "${PIDS[s3]}" 2>/dev/null; then
    pass "Kampus kept running through the outage (the same process, pid ${PIDS[s3]})"
  else
    fail "Kampus is no longer running"; log_excerpt "$log"
  fi
  local verdict_args=() w
  for w in "${windows[@]}"; do verdict_args+=(--window "$w"); done
  local verdict
  if verdict=$(python3 "$LOAD" outage --log "$dir/acks/requests.jsonl" "${verdict_args[@]}" --bound 10 --recover 30); then
    sed 's/^/    /' <<< "$verdict"; pass "clean 503s during the outage, recovery without restarting Kampus"
  else
    sed 's/^FINDING: /    FAIL  /; t; s/^/    /' <<< "$verdict"; failed=1; log_excerpt "$log"
  fi
  stop_server s3
  # The acknowledged lesson events survived PostgreSQL's restart.
  local missing
  missing=$({ echo "CREATE SCHEMA a;"; acks_sql "$dir/acks"; echo "SELECT count(*) FROM a.progress p
    WHERE NOT EXISTS (SELECT 1 FROM progress_events e WHERE e.event_id = p.id);"; } | psql "$db_url" -qAt -v ON_ERROR_STOP=1)
  expect "acknowledged lesson events missing ($(wc -l < "$dir/acks/progress.tsv") checked)" "$missing" 0
  local counts; counts=$(grep -m1 '^requests:' <<< "$verdict" | sed 's/^requests: //; s/;.*//')
  end_scenario "$name" "requests $counts"
}

# ---------------------------------------------------------------------------------------
# 4. Full disk, then a read-only data folder (SQLite on a tmpfs).
disk_use() { # mount point: its use, and the database's files
  printf '%s of %s used (database %s MB, write-ahead log %s MB)' \
    "$(df -h --output=used "$1" | tail -1 | xargs)" "$(df -h --output=size "$1" | tail -1 | xargs)" \
    "$(du -m "$1/data/kampus.db" | cut -f1)" "$(du -m "$1/data/kampus.db-wal" 2>/dev/null | cut -f1)"
}
disk_full() {
  local name="4a full disk (SQLite on a tmpfs)"
  local dir="$work/s4" port; port=$(free_port)
  mkdir -p "$dir/disk" "$dir/acks"
  if ! mount -t tmpfs -o size=256m,mode=0700 tmpfs "$dir/disk" 2>"$dir/mount.err"; then
    skip_scenario "$name" "cannot mount a tmpfs here: $(head -1 "$dir/mount.err")"
    skip_scenario "4b read-only data folder at start" "needs the tmpfs of 4a"
    return
  fi
  MOUNTS+=("$dir/disk")
  begin_scenario "$name"
  local base="http://127.0.0.1:$port" log="$dir/kampus.log" db="$dir/disk/data/kampus.db"
  SERVER_ENV=(KAMPUS_BIND="127.0.0.1:$port" KAMPUS_DATA_DIR="$dir/disk/data")
  create_learners "$dir" "$DISK_LEARNERS" "s4-"
  start_server s4 "$log" "$base" || { fail "the server did not start"; log_excerpt "$log"; end_scenario "$name" "no start"; return; }
  sign_in "$dir" "$base" bench-assessment,migration-and-gender
  local token; token=$(head -1 "$dir/tokens" | cut -f2)
  python3 "$LOAD" writers --base "$base" --tokens "$dir/tokens" --seconds 120 --threads 3 \
    --stop-file "$dir/stop" --out "$dir/acks" > "$dir/writers.json" &
  PIDS[s4-load]=$!
  sleep 3
  dd if=/dev/zero of="$dir/disk/filler" bs=1M 2>/dev/null || true  # stops at "No space left"
  local t_full; t_full=$(now)
  note "filled the disk: $(disk_use "$dir/disk"); filler $(du -m "$dir/disk/filler" | cut -f1) MB"
  # Wait for the writes to meet the full disk (the write-ahead log first reuses its space).
  local deadline=$((SECONDS + 20))
  until [ "$(python3 "$LOAD" refused --log "$dir/acks/requests.jsonl" --since "$t_full")" -gt 0 ] \
      || [ $SECONDS -ge $deadline ]; do
    sleep 0.5
  done
  note "writes refused $(since "$t_full") s after the disk filled"
  sleep 2
  # Reads while full: lessons (two in turn, so that each read moves the learner's "last lesson
  # opened"), the outline, the learner's certificates.
  local lessons; lessons=$(curl -s "$base/api/v1/courses/migration-and-gender" | jq -r '[.modules[].lessons[].id][0:2] | join(" ")' || true)
  local lesson=${lessons%% *} auth=(-H "Authorization: Bearer $token") path status statuses=() i
  for i in $(seq 1 20); do
    path="/api/v1/courses/migration-and-gender/lessons/$( ((i % 2)) && echo "${lessons%% *}" || echo "${lessons##* }")"
    status=$(http_status --save "$dir/lesson-read" "${auth[@]}" "$base$path")
    statuses+=("$status")
    if [ "$status" != 200 ] && [ ! -s "$dir/lesson-read.failed" ]; then
      { echo "GET $path -> $status"; grep -i '^x-request-id\|^content-type' "$dir/lesson-read.headers" || true
        cat "$dir/lesson-read"; echo; } > "$dir/lesson-read.failed"
    fi
  done
  local lesson_ok; lesson_ok=$(printf '%s\n' "${statuses[@]}" | grep -c '^200$' || true)
  expect "lesson reads (each moving the last lesson opened) answered 200 while full" "$lesson_ok/20" "20/20"
  if [ -s "$dir/lesson-read.failed" ]; then
    note "first failed lesson read:"; tr -d '\r' < "$dir/lesson-read.failed" | cut -c1-300 | sed 's/^/      /'
    local rid; rid=$(grep -i '^x-request-id' "$dir/lesson-read.failed" | awk '{print $2}' | tr -d '\r' || true)
    if [ -n "$rid" ]; then grep -F "$rid" "$log" | cut -c1-400 | sed 's/^/      log: /' || true; fi
  fi
  for path in /api/v1/courses/bench-assessment /api/v1/me/certificates; do
    expect "read while full: GET $path" "$(http_status "${auth[@]}" "$base$path")" 200
  done
  note "/readyz while full: $(http_status "$base/readyz")"
  rm -f "$dir/disk/filler"
  local t_free; t_free=$(now)
  note "deleted the filler $(since "$t_full") s after filling the disk: $(disk_use "$dir/disk")"
  sleep 8
  touch "$dir/stop"; wait "${PIDS[s4-load]}"; unset "PIDS[s4-load]"
  note "writers saw: $(jq -r 'to_entries | map("\(.key): \(.value)") | join(", ")' "$dir/writers.json")"
  local verdict
  if verdict=$(python3 "$LOAD" diskfull --log "$dir/acks/requests.jsonl" --full "$t_full" --free "$t_free" \
      --bound 10 --recover 10); then
    sed 's/^/    /' <<< "$verdict"; pass "writes refused cleanly while full, accepted again after"
  else
    sed 's/^FINDING: /    FAIL  /; t; s/^/    /' <<< "$verdict"; failed=1; log_excerpt "$log"
  fi
  stop_server s4
  verify_writes sqlite "$dir" "sqlite://$db"
  local while_full; while_full=$(grep -m1 '^writes while full' <<< "$verdict" | sed 's/^writes while full: //; s/ acknowledged, / acked, /; s/:.*//' || true)
  end_scenario "$name" "writes while full $while_full), lesson reads $lesson_ok/20; $VERIFIED_ACKS acked writes checked, $VERIFIED_MISSING missing"

  read_only_start "$dir" "$base" "$token" "$lesson"
}

# 4b. Kampus started on that data folder remounted read-only (the server stopped first: the
# remount is refused while it holds the database open for writing).
read_only_start() { # dir (with disk/ mounted), base url, a learner's token, a lesson id
  local dir=$1 base=$2 auth=(-H "Authorization: Bearer $3") lesson=$4
  local name="4b read-only data folder at start"
  begin_scenario "$name"
  local errors; errors=$(mount -o remount,ro "$dir/disk" 2>&1) || { fail "remount read-only: $errors"; end_scenario "$name" "no remount"; return; }
  note "remounted the data folder read-only (server stopped; refused while it ran)"
  exec_kampus serve >>"$dir/kampus-ro.log" 2>&1 &
  PIDS[s4-ro]=$!
  local outcome="" t0 deadline=$((SECONDS + 20)); t0=$(now)
  while [ $SECONDS -lt $deadline ]; do
    if ! kill -0 "${PIDS[s4-ro]}" 2>/dev/null; then
      local code=0; wait "${PIDS[s4-ro]}" || code=$?; unset "PIDS[s4-ro]"
      outcome="exited with status $code after $(since "$t0") s"; break
    fi
    if curl -sf --max-time 1 "$base/healthz" >/dev/null; then outcome=serving; break; fi
    sleep 0.2
  done
  if [ -z "$outcome" ]; then
    fail "neither serving nor exited after 20 s"; log_excerpt "$dir/kampus-ro.log"
  elif [ "$outcome" = serving ]; then
    note "serving on a read-only database"
    expect "read: GET a lesson" "$(http_status "${auth[@]}" "$base/api/v1/courses/migration-and-gender/lessons/$lesson")" 200
    local answer; answer=$(curl -s -D - --max-time 10 "${auth[@]}" -H 'Content-Type: application/json' \
      -d "{\"event_id\":\"$(python3 -c 'import uuid; print(uuid.uuid4())')\",\"kind\":\"lesson-viewed\",\"lesson_id\":\"$lesson\"}" \
      "$base/api/v1/courses/migration-and-gender/progress" || true)
    if grep -qiE '^HTTP/1.1 5(00|03)' <<< "$answer" && grep -qi '^content-type: application/problem+json' <<< "$answer"; then
      pass "write refused: $(head -1 <<< "$answer" | tr -d '\r')"
    else
      fail "write on a read-only database: $(head -1 <<< "$answer" | tr -d '\r'): $(tail -1 <<< "$answer" | cut -c1-200)"
    fi
    stop_server s4-ro
  else
    local message; message=$(grep -v '^\s*$' "$dir/kampus-ro.log" | tail -1 | cut -c1-300 || true)
    note "$outcome: $message"
    if [[ "$outcome" == *"status 0 "* ]]; then fail "exited with status 0"
    elif [ -z "$message" ]; then fail "exited without saying why"
    else pass "refused to start, with a message"; fi
  fi
  mount -o remount,rw "$dir/disk" || true
  end_scenario "$name" "${outcome:-hung}"
}

# ---------------------------------------------------------------------------------------
wanted() { [ -z "${FAULTS_ONLY:-}" ] || [[ " $FAULTS_ONLY " == *" $1 "* ]]; }
echo "== Kampus fault runs (--$MODE): $(nproc) cores, $("$BIN" --version 2>/dev/null || echo kampus), PostgreSQL at ${PG_SERVER%/*}"
if wanted 1a; then kill_under_writes sqlite a SQLite; fi
if ! wanted 1b; then :
elif pg_reachable; then kill_under_writes postgres b PostgreSQL
else skip_scenario "1b kill -9 under writes (PostgreSQL)" "PostgreSQL not reachable at $PG_SERVER"
fi
if wanted 2; then smtp_down_then_up; fi
if ! wanted 3; then :
elif pg_reachable && [ "$(id -u)" = 0 ]; then postgres_outage
else skip_scenario "3 PostgreSQL restarted under load" "needs PostgreSQL at $PG_SERVER and root for pg_ctlcluster"
fi
if wanted 4; then disk_full; fi

printf '\n== summary (--%s, %d min %02d s)\n' "$MODE" $((SECONDS / 60)) $((SECONDS % 60))
printf '%-42s %-6s %-8s %s\n' scenario result time detail
any_failed=0
for row in "${RESULTS[@]}"; do
  IFS='|' read -r scenario result detail took <<< "$row"
  printf '%-42s %-6s %-8s %s\n' "$scenario" "$result" "$took" "$detail"
  [ "$result" = FAIL ] && any_failed=1
done
exit "$any_failed"
