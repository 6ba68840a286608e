#!/usr/bin/env bash
# Lighthouse 12 on the learner's pages (issue 20), the way a phone on a slow connection sees
# them: the mobile profile, throttled to 3G (300 ms round trip, 700 kbps, CPU 4× slower),
# simulated. Pages: the catalog, a lesson, an open attempt (the quiz) and "my certificates"
# (with one certificate). Targets: performance ≥ 95, accessibility 100, best practices ≥ 95.
#
#   bench/lighthouse.sh            prints a table of the scores and exits non-zero on a miss
#   LIGHTHOUSE_LOCALE=mk bench/lighthouse.sh   the same pages in another interface language
#
# Not run by CI (timing-sensitive): run it on a quiet machine. It builds the release binary,
# starts it on a fresh SQLite database with the shipped courses and bench/content, prepares a
# learner through the API and the sign-in form, and drives Debian's chromium (never a
# downloaded browser) with the pinned lighthouse of bench/lighthouse/package-lock.json.
set -euo pipefail
cd "$(dirname "$0")/.."
LOCALE=${LIGHTHOUSE_LOCALE:-en}
PORT=${LIGHTHOUSE_PORT:-18280}
U=http://127.0.0.1:$PORT
J="Content-Type: application/json"
PASSWORD="lighthouse password 12345"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/kampus-target}"

for tool in chromium jq curl; do
  command -v "$tool" >/dev/null || {
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium jq curl >/dev/null
    break
  }
done
if [[ ! -f bench/lighthouse/node_modules/.package-lock.json ||
  bench/lighthouse/package-lock.json -nt bench/lighthouse/node_modules/.package-lock.json ]]; then
  (cd bench/lighthouse && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error)
fi
cargo build --release --locked -p kampus-api -q
BIN=$CARGO_TARGET_DIR/release/kampus

work=$(mktemp -d)
server_pid=
cleanup() {
  [[ -n $server_pid ]] && kill "$server_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
mkdir -p "$work/content"
for course in content/*/ bench/content/*/; do ln -s "$PWD/$course" "$work/content/$(basename "$course")"; done
export KAMPUS_BIND=127.0.0.1:$PORT KAMPUS_DATA_DIR=$work/data KAMPUS_CONTENT_DIR=$work/content
export KAMPUS_PUBLIC_URL=$U RUST_LOG=warn
"$BIN" migrate >/dev/null
printf '%s\n' "$PASSWORD" |
  "$BIN" user create --email learner@kampus.test --name 'Drita Berisha-Çela' --locale "$LOCALE" --password-stdin >/dev/null
"$BIN" serve >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 300); do curl -sf "$U/readyz" >/dev/null && break; sleep 0.1; done

# A certificate, through the API: the one-lesson bench course and its final, answered from
# the course's answer key.
token=$(curl -sf "$U/api/v1/auth/login" -H "$J" \
  -d "{\"email\":\"learner@kampus.test\",\"password\":\"$PASSWORD\"}" | jq -r .access_token)
A="Authorization: Bearer $token"
curl -sf -X PUT "$U/api/v1/courses/bench-assessment/enrollment" -H "$A" >/dev/null
curl -sf "$U/api/v1/courses/bench-assessment/progress" -H "$A" -H "$J" \
  -d "{\"event_id\":\"$(cat /proc/sys/kernel/random/uuid)\",\"kind\":\"lesson-completed\",\"lesson_id\":\"l-1\"}" >/dev/null
"$BIN" content answer-key bench/content/bench-assessment | jq '{answers: .assessments.final}' >"$work/answers.json"
attempt=$(curl -sf -X POST "$U/api/v1/courses/bench-assessment/assessments/final/attempts" -H "$A" | jq -r .id)
curl -sf "$U/api/v1/attempts/$attempt/submit" -H "$A" -H "$J" -d @"$work/answers.json" | jq -e '.result.passed' >/dev/null

# A browser session through the sign-in form, enrolled in a real course, an attempt open.
jar=$work/cookies
form_token() { sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p' | head -n 1; }
csrf=$(curl -sf -c "$jar" "$U/sign-in" | form_token)
curl -sf -b "$jar" -c "$jar" -o /dev/null "$U/sign-in" --data-urlencode "csrf=$csrf" \
  --data-urlencode "email=learner@kampus.test" --data-urlencode "password=$PASSWORD"
session=$(awk '$6 == "kampus_session" {print $7}' "$jar")
COOKIE="kampus_session=$session"
course=migration-and-gender
csrf=$(curl -sf -H "Cookie: $COOKIE" "$U/courses/$course" | form_token)
curl -sf -o /dev/null -H "Cookie: $COOKIE" "$U/courses/$course/enrollment" \
  --data-urlencode "csrf=$csrf" -d action=enroll
csrf=$(curl -sf -H "Cookie: $COOKIE" "$U/courses/$course/assessments/quiz-frameworks" | form_token)
quiz=$(curl -sf -o /dev/null -w '%{redirect_url}' -H "Cookie: $COOKIE" \
  "$U/courses/$course/assessments/quiz-frameworks/attempts" --data-urlencode "csrf=$csrf")
lesson=$(curl -sf "$U/api/v1/courses/$course" | jq -r '.modules[0].lessons[0].id')
printf '{"Cookie": "%s"}\n' "$COOKIE" >"$work/headers.json"

lighthouse() { # name, URL
  CHROME_PATH=/usr/bin/chromium bench/lighthouse/node_modules/.bin/lighthouse "$2" \
    --quiet --output=json --output-path="$work/$1.json" \
    --only-categories=performance,accessibility,best-practices \
    --form-factor=mobile --throttling-method=simulate \
    --throttling.rttMs=300 --throttling.throughputKbps=700 --throttling.cpuSlowdownMultiplier=4 \
    --extra-headers="$work/headers.json" \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run --disable-sync"
}
lighthouse catalog "$U/?lang=$LOCALE"
lighthouse lesson "$U/courses/$course/lessons/$lesson?lang=$LOCALE"
lighthouse quiz "$quiz?lang=$LOCALE"
lighthouse certificates "$U/my/certificates?lang=$LOCALE"

missed=0
echo "| page ($LOCALE) | performance | accessibility | best practices | transferred |"
echo "|---|---|---|---|---|"
for page in catalog lesson quiz certificates; do
  read -r perf a11y practices bytes < <(jq -r '[
      (.categories.performance.score * 100 | round),
      (.categories.accessibility.score * 100 | round),
      (.categories["best-practices"].score * 100 | round),
      (.audits["total-byte-weight"].numericValue | round)
    ] | @tsv' "$work/$page.json")
  echo "| $page | $perf | $a11y | $practices | $((bytes / 1024)) KB |"
  if ((perf < 95 || a11y < 100 || practices < 95)); then
    missed=$((missed + 1))
    jq -r '.audits | to_entries[] | select(.value.score != null and .value.score < 1
      and (.value.scoreDisplayMode == "binary" or .value.scoreDisplayMode == "numeric"))
      | "  \(.key): \(.value.score) \(.value.displayValue // "")"' "$work/$page.json" >&2
  fi
done
((missed == 0))
