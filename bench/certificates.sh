#!/usr/bin/env bash
# Certificates under load, on this machine, in one run: `bench/certificates.sh`.
#
# Starts the release server on SQLite (fresh data folder), lets BENCH_HOLDERS learners complete
# the benchmark course (lesson + 20-question final, through the API) so each gets a real
# certificate, then drives with wrk over loopback:
#   - public verification, GET /api/v1/verify/{code}, cycling through every holder's code
#     (target: at least 10,000 requests/s on SQLite);
#   - the PDF, GET /api/v1/certificates/{id}/pdf, each holder downloading their own
#     (rendered on every request; target: median under 20 ms).
# The PDF rendering alone is `cargo bench -p kampus-pdf` and `cargo bench -p kampus-api`.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${BENCH_DURATION:-10s}
CONNECTIONS=${BENCH_CONNECTIONS:-64}
HOLDERS=${BENCH_HOLDERS:-32}
PORT=${BENCH_KAMPUS_PORT:-18090}
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/kampus-target}"
for tool in wrk jq curl; do
  command -v "$tool" >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk jq curl >/dev/null; break; }
done
cargo build --release --locked -p kampus-api -q
BIN="$CARGO_TARGET_DIR/release/kampus"

work=$(mktemp -d)
cleanup() {
  [ -n "${kampus_pid:-}" ] && kill "$kampus_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

export KAMPUS_BIND="127.0.0.1:$PORT" KAMPUS_DATA_DIR="$work/data" KAMPUS_CONTENT_DIR="$PWD/bench/content"
export KAMPUS_LOGIN_IP_LIMIT_PER_MINUTE=100000 KAMPUS_VERIFY_LIMIT_PER_MINUTE=100000000
export KAMPUS_JWT_SECRET=bench-signing-key-0123456789abcdef-0123456789
# Migrate first: two processes migrating one fresh SQLite file at once can trip each other.
"$BIN" migrate >/dev/null 2>&1
seq 1 "$HOLDERS" | xargs -P 2 -I{} sh -c \
  'echo "bench password 12345" | "$0" user create --email "holder{}@kampus.test" --name "Holder {} Đorđević-Çela" --locale mk --password-stdin >/dev/null 2>&1' "$BIN"
"$BIN" serve > "$work/kampus.log" 2>&1 &
kampus_pid=$!
U="http://$KAMPUS_BIND"
for _ in $(seq 1 100); do curl -sf "$U/readyz" >/dev/null && break; sleep 0.1; done

# The final's answers, as bench/attempt.lua gives them (all right).
answers=$(python3 - <<'PY'
import json
a = {}
for n in range(1, 21):
    if n <= 8: r = {"type": "choice", "value": "a"}
    elif n <= 12: r = {"type": "choices", "value": ["a", "c"]}
    elif n <= 16: r = {"type": "bool", "value": n % 2 == 1}
    elif n <= 18: r = {"type": "order", "value": ["first", "second", "third", "fourth"]}
    else: r = {"type": "number", "value": 1990 + n}
    a[f"q-{n}"] = r
print(json.dumps({"answers": a}))
PY
)
J='Content-Type: application/json'
for i in $(seq 1 "$HOLDERS"); do
  t=$(curl -sf "$U/api/v1/auth/login" -H "$J" \
    -d "{\"email\":\"holder$i@kampus.test\",\"password\":\"bench password 12345\"}" | jq -r .access_token)
  A="Authorization: Bearer $t"
  curl -sf -X PUT "$U/api/v1/courses/bench-assessment/enrollment" -H "$A" >/dev/null
  curl -sf "$U/api/v1/courses/bench-assessment/progress" -H "$A" -H "$J" \
    -d "{\"event_id\":\"$(cat /proc/sys/kernel/random/uuid)\",\"kind\":\"lesson-completed\",\"lesson_id\":\"l-1\"}" >/dev/null
  attempt=$(curl -sf -X POST "$U/api/v1/courses/bench-assessment/assessments/final/attempts" -H "$A" | jq -r .id)
  curl -sf "$U/api/v1/attempts/$attempt/submit" -H "$A" -H "$J" -d "$answers" >/dev/null
  cert=$(curl -sf "$U/api/v1/me/certificates" -H "$A" | jq -c '.[0] | {id, verification_code}')
  [ "$cert" != "null" ] || { echo "holder $i has no certificate" >&2; exit 1; }
  echo "$t $(jq -r .id <<< "$cert") $(jq -r .verification_code <<< "$cert")"
done > "$work/holders"
echo "== $(nproc) cores, $CONNECTIONS connections, $DURATION per scenario, $HOLDERS certificates" >&2

cat > "$work/verify.lua" <<LUA
local codes = {}
for line in io.lines("$work/holders") do
  local _, _, code = line:match("(%S+) (%S+) (%S+)")
  table.insert(codes, code)
end
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", "/api/v1/verify/" .. codes[(n % #codes) + 1])
end
LUA
cat > "$work/pdf.lua" <<LUA
local holders = {}
for line in io.lines("$work/holders") do
  local token, id = line:match("(%S+) (%S+) (%S+)")
  table.insert(holders, { token = token, id = id })
end
local n = 0
request = function()
  n = n + 1
  local h = holders[(n % #holders) + 1]
  return wrk.format("GET", "/api/v1/certificates/" .. h.id .. "/pdf", { ["Authorization"] = "Bearer " .. h.token })
end
LUA

measure() { # name, wrk args…
  local name=$1; shift
  local out; out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$@")
  local rps p50 p99 errors
  rps=$(awk '/Requests\/sec/ {print $2}' <<< "$out")
  p50=$(awk '$1 == "50%" {print $2}' <<< "$out")
  p99=$(awk '$1 == "99%" {print $2}' <<< "$out")
  errors=$(awk '/Non-2xx|Socket errors/ {print}' <<< "$out" | tr '\n' ' ')
  printf '%-52s %10s req/s   p50 %-9s p99 %-9s %s\n' "$name" "$rps" "$p50" "$p99" "$errors" >&2
}
measure "verify: GET /api/v1/verify/{code} (anonymous)" -s "$work/verify.lua" "$U"
# A PDF takes milliseconds of CPU: fewer connections than cores' worth of queueing would hide it.
CONNECTIONS=${BENCH_PDF_CONNECTIONS:-2} measure "pdf: GET /certificates/{id}/pdf, 2 connections" -s "$work/pdf.lua" "$U"
measure "pdf: GET /certificates/{id}/pdf, $CONNECTIONS connections" -s "$work/pdf.lua" "$U"
