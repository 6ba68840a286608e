#!/usr/bin/env bash
# The LRS at scale (issue 22): `bench/xapi.sh [statements]` (default 1000000);
# BENCH_BACKENDS=sqlite (or postgres) for one backend only. bench/run.sh calls it with its
# mode's size and reads the figures from BENCH_RESULTS.
#
# For SQLite and then PostgreSQL: fills a fresh database with `kampus dev xapi-statements`
# (through the LRS's own use case: 10,000 learners, 8 verbs, 1,000 activities, stored over the
# last year), starts the release server and measures with wrk
#   - a filtered GET /xapi/statements?agent=…&verb=…&since=… (a random learner per request,
#     one verb, the last 30 days): p50 and p99;
#   - POST /xapi/statements with a batch of 100 statements from 4 clients (the LRS assigns their ids, so every
#     request stores 100 new ones): statements/s.
# The raw single-row insert baselines of the same databases are bench/run.sh's (same run).
set -euo pipefail
cd "$(dirname "$0")/.."

STATEMENTS=${1:-1000000}
DURATION=${BENCH_DURATION:-10s}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
PORT=${BENCH_XAPI_PORT:-18096}
PG=${BENCH_PG_URL:-postgres://postgres@127.0.0.1:5432}
AGENTS=${BENCH_XAPI_AGENTS:-10000}
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/kampus-target}"
for tool in wrk jq curl psql; do
  command -v "$tool" >/dev/null || {
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk jq curl postgresql-client >/dev/null
    break
  }
done
if [ -z "${DEV_BIN:-}" ]; then
  cargo build --release --locked -p kampus-api --features dev -q
  DEV_BIN="$CARGO_TARGET_DIR/release/kampus"
fi
work=$(mktemp -d)
pg_db="kampus_bench_xapi_$$"
pid=
cleanup() {
  [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
  psql "$PG/postgres" -qAtc "DROP DATABASE IF EXISTS $pg_db WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
export KAMPUS_BIND="127.0.0.1:$PORT" RUST_LOG=warn KAMPUS_CONTENT_DIR="$PWD/content"
U="http://127.0.0.1:$PORT"
result() { [ -n "${BENCH_RESULTS:-}" ] && printf '%s\t%s\n' "$1" "$2" >> "$BENCH_RESULTS"; return 0; }

# The filtered query: a random learner, the first verb of the filler, the last 30 days.
since=$(date -u -d '30 days ago' +%Y-%m-%dT%H:%M:%SZ)
cat > "$work/query.lua" <<LUA
math.randomseed(7)
local verb = "http%3A%2F%2Fadlnet.gov%2Fexpapi%2Fverbs%2Fcompleted"
request = function()
  local agent = '{"mbox":"mailto:learner' .. math.random(0, $AGENTS - 1) .. '@bench.example"}'
  local encoded = agent:gsub("[^%w]", function(c) return string.format("%%%02X", string.byte(c)) end)
  return wrk.format("GET", "/xapi/statements?agent=" .. encoded .. "&verb=" .. verb .. "&since=$since")
end
LUA
# A batch of 100 statements without ids.
python3 - "$work/batch.json" <<'PY'
import json, sys
batch = [{
    "actor": {"objectType": "Agent", "mbox": f"mailto:posted{n}@bench.example"},
    "verb": {"id": "http://adlnet.gov/expapi/verbs/experienced", "display": {"en-US": "experienced"}},
    "object": {"objectType": "Activity", "id": f"https://bench.example/posted/{n % 10}",
               "definition": {"name": {"en-US": f"Posted {n % 10}"}}},
    "result": {"completion": True, "duration": "PT3M"},
    "context": {"registration": "6f0b1c1e-8a8e-4f5e-9a43-0c2f8d0b7a11",
                "contextActivities": {"parent": [{"id": "https://bench.example/courses/1"}]}},
} for n in range(100)]
json.dump(batch, open(sys.argv[1], "w"))
PY
cat > "$work/post.lua" <<LUA
wrk.method = "POST"
local f = io.open("$work/batch.json", "r"); wrk.body = f:read("*a"); f:close()
wrk.headers["Content-Type"] = "application/json"
LUA

run_backend() { # name, DATABASE_URL
  local name=$1
  export DATABASE_URL=$2 KAMPUS_DATA_DIR="$work/data-$name"
  echo "== xAPI on $name: $STATEMENTS statements" >&2
  "$DEV_BIN" dev xapi-statements --statements "$STATEMENTS" --agents "$AGENTS" >&2
  local credential key secret
  credential=$("$DEV_BIN" xapi credential create --name bench --scope all)
  key=$(awk '/^key:/{print $2}' <<<"$credential"); secret=$(awk '/^secret:/{print $2}' <<<"$credential")
  local auth="Authorization: Basic $(printf '%s:%s' "$key" "$secret" | base64 -w0)"
  local version="X-Experience-API-Version: 2.0.0"
  "$DEV_BIN" serve >"$work/server-$name.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 300); do curl -sf "$U/xapi/about" >/dev/null && break; sleep 0.2; done
  local matched
  matched=$(curl -sf "$U/xapi/statements?agent=%7B%22mbox%22%3A%22mailto%3Alearner0%40bench.example%22%7D&verb=http%3A%2F%2Fadlnet.gov%2Fexpapi%2Fverbs%2Fcompleted" \
    -H "$auth" -H "$version" | jq '.statements | length')
  local out rps p50 p99 errors
  out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency -H "$auth" -H "$version" -s "$work/query.lua" "$U")
  rps=$(awk '/Requests\/sec/ {print $2}' <<< "$out"); p50=$(awk '$1 == "50%" {print $2}' <<< "$out")
  p99=$(awk '$1 == "99%" {print $2}' <<< "$out")
  errors=$(awk '/Non-2xx/ {n += $NF} /Socket errors/ {for (i = 4; i <= NF; i += 2) n += $i} END {print n + 0}' <<< "$out")
  printf '  %-58s %10s req/s   p50 %-9s p99 %-9s errors %s (learner0 has %s statements with that verb)\n' \
    "GET agent+verb+since at $STATEMENTS statements" "$rps" "$p50" "$p99" "$errors" "$matched" >&2
  result "xapi_query_$name.rps" "$rps"; result "xapi_query_$name.p50" "$p50"
  result "xapi_query_$name.p99" "$p99"; result "xapi_query_$name.errors" "$errors"
  # Four clients sending batches (an LRS has a few writers, each sending in bulk).
  out=$(wrk -t2 -c4 -d"$DURATION" --timeout 10s --latency -H "$auth" -H "$version" -s "$work/post.lua" "$U/xapi/statements")
  rps=$(awk '/Requests\/sec/ {print $2}' <<< "$out"); p99=$(awk '$1 == "99%" {print $2}' <<< "$out")
  errors=$(awk '/Non-2xx/ {n += $NF} /Socket errors/ {for (i = 4; i <= NF; i += 2) n += $i} END {print n + 0}' <<< "$out")
  local per_second
  per_second=$(awk -v r="$rps" 'BEGIN { printf "%.0f", r * 100 }')
  printf '  %-58s %10s statements/s (%s batches/s, p99 %s, errors %s)\n' \
    "POST a batch of 100 statements" "$per_second" "$rps" "$p99" "$errors" >&2
  result "xapi_batch_$name.statements_per_s" "$per_second"; result "xapi_batch_$name.p99" "$p99"
  result "xapi_batch_$name.errors" "$errors"
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=
}

for backend in ${BENCH_BACKENDS:-sqlite postgres}; do
  case $backend in
    sqlite) run_backend sqlite "sqlite://$work/data-sqlite/kampus.db" ;;
    postgres)
      psql "$PG/postgres" -qc "CREATE DATABASE $pg_db" >/dev/null
      run_backend postgres "$PG/$pg_db" ;;
  esac
done
