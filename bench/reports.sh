#!/usr/bin/env bash
# Reports at scale, on this machine: `bench/reports.sh [learners]` (default 100000);
# BENCH_BACKENDS=sqlite (or postgres) for one backend only.
#
# For SQLite and then PostgreSQL: fills a fresh database with `kampus dev generate` (learners,
# 30 institutions in 7 countries, 3 courses, their progress events, attempts and surveys),
# starts the release server and times, with curl, BENCH_RUNS requests of each report as an
# admin (median and max), the first byte of the full progress CSV, and the server's RSS
# after it. Figures go to stderr; docs/benchmarks.md keeps them.
set -euo pipefail
cd "$(dirname "$0")/.."

LEARNERS=${1:-100000}
RUNS=${BENCH_RUNS:-15}
PORT=${BENCH_KAMPUS_PORT:-18095}
PG=${BENCH_PG_URL:-postgres://postgres@127.0.0.1:5432}
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/kampus-target}"
# `kampus dev generate` (crate kampus-dev) is only in a binary built with the feature `dev`.
cargo build --release --locked -p kampus-api --features dev -q
BIN="$CARGO_TARGET_DIR/release/kampus"
work=$(mktemp -d)
pg_db="kampus_bench_reports_$$"
cleanup() {
  [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null || true
  psql "$PG/postgres" -qAtc "DROP DATABASE IF EXISTS $pg_db WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
export KAMPUS_BIND="127.0.0.1:$PORT" KAMPUS_JWT_SECRET=bench-signing-key-0123456789abcdef-0123456789
export KAMPUS_LOGIN_IP_LIMIT_PER_MINUTE=100000 RUST_LOG=warn
U="http://127.0.0.1:$PORT"

# Median and max of a command's wall time over $RUNS runs, in ms.
timed() { # label, curl args…
  local label=$1; shift
  local times=()
  for _ in $(seq 1 "$RUNS"); do
    times+=("$(curl -sS -o /dev/null -w '%{time_total}' "$@")")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v label="$label" '
    { t[NR] = $1 * 1000 }
    END { m = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2;
          printf "  %-58s median %8.1f ms   max %8.1f ms\n", label, m, t[NR] }' >&2
}

run_backend() { # name, DATABASE_URL
  local name=$1
  export DATABASE_URL=$2 KAMPUS_DATA_DIR="$work/data-$name"
  echo "== $name: generating $LEARNERS learners" >&2
  /usr/bin/time -f "  generate: %e s, peak RSS %M KB" "$BIN" dev generate --learners "$LEARNERS" >&2
  echo "admin password 123456" | "$BIN" user create-admin --email bench@kampus.test --name Bench --password-stdin >/dev/null 2>&1
  "$BIN" serve >"$work/server-$name.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 300); do curl -sf "$U/readyz" >/dev/null && break; sleep 0.2; done
  local token
  token=$(curl -sf "$U/api/v1/auth/login" -H 'Content-Type: application/json' \
    -d '{"email":"bench@kampus.test","password":"admin password 123456"}' | jq -r .access_token)
  local A="Authorization: Bearer $token"
  curl -sf "$U/api/v1/reports/completion" -H "$A" | jq -c '.totals | {enrolled, completed}' >&2
  timed "completion report, grouped by institution" -H "$A" "$U/api/v1/reports/completion?group_by=institution"
  timed "completion report, by course, country, gender, month" -H "$A" "$U/api/v1/reports/completion?group_by=course,country,gender,month"
  timed "headline figures" -H "$A" "$U/api/v1/reports/headline"
  timed "progress, first page of 50 (sorted by name)" -H "$A" "$U/api/v1/reports/progress/migration-and-gender"
  if curl -sf -o /dev/null "$U/api/v1/reports/assessments/migration-and-gender/final" -H "$A"; then
    timed "assessment statistics, the final of one course" -H "$A" "$U/api/v1/reports/assessments/migration-and-gender/final"
  fi
  for report in knowledge-gain "satisfaction?course=migration-and-gender"; do
    if curl -sf -o /dev/null "$U/api/v1/reports/$report" -H "$A"; then timed "$report" -H "$A" "$U/api/v1/reports/$report"; fi
  done
  curl -sS -o "$work/progress.csv" -w '  progress CSV, every learner: first byte %{time_starttransfer} s, all %{time_total} s, %{size_download} bytes\n' \
    -H "$A" "$U/api/v1/reports/progress/migration-and-gender?format=csv" >&2
  echo "  rows in the CSV: $(($(wc -l < "$work/progress.csv") - 1)); server RSS after: $(($(ps -o rss= -p "$pid") / 1024)) MB (VmHWM $(($(awk '/VmHWM/ {print $2}' /proc/$pid/status) / 1024)) MB)" >&2
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=
}

echo "== $(nproc) cores; $RUNS runs per report" >&2
for backend in ${BENCH_BACKENDS:-sqlite postgres}; do
  case $backend in
    sqlite) run_backend sqlite "sqlite://$work/data-sqlite/kampus.db" ;;
    postgres) run_backend postgres "$PG/$pg_db" ;;
  esac
done
