#!/usr/bin/env bash
# Independent check of a Kampus credential with third-party verifier libraries, offline.
#
# usage: run-check.sh <credential.json> [<status-list-credential.json>]
#
# Installs the pinned verifier (npm ci) when node_modules is missing, then:
#   1. the credential must verify (and, given a status list, must not be revoked);
#   2. a copy with credentialSubject.achievement.name changed must NOT verify;
#   3. the contexts shipped in crates/kampus-badge must equal those of the npm packages.
# Exits non-zero unless both outcomes are as expected.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if [[ $# -lt 1 || $# -gt 2 ]]; then
  echo "usage: $0 <credential.json> [<status-list-credential.json>]" >&2
  exit 2
fi
credential="$1"
status_args=()
if [[ $# -eq 2 ]]; then
  status_args=(--status-list "$2")
fi

if [[ ! -d "$here/node_modules" ]]; then
  (cd "$here" && npm ci --no-audit --no-fund)
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

passed=0
failed=0

if node "$here/verify.mjs" "$credential" "${status_args[@]}"; then
  echo "ok: the issued credential verifies"
  passed=$((passed + 1))
else
  echo "FAIL: the issued credential does not verify"
  failed=$((failed + 1))
fi

tampered="$work/tampered.json"
node -e '
  const fs = require("node:fs");
  const [source, target] = process.argv.slice(1);
  const credential = JSON.parse(fs.readFileSync(source, "utf8"));
  const achievement = credential.credentialSubject && credential.credentialSubject.achievement;
  if(!achievement || typeof achievement.name !== "string") {
    console.error("no credentialSubject.achievement.name to tamper with");
    process.exit(2);
  }
  achievement.name += " (tampered)";
  fs.writeFileSync(target, JSON.stringify(credential, null, 2));
' "$credential" "$tampered"

if node "$here/verify.mjs" "$tampered" "${status_args[@]}"; then
  echo "FAIL: a tampered copy (achievement name changed) verifies"
  failed=$((failed + 1))
else
  echo "ok: the tampered copy is rejected"
  passed=$((passed + 1))
fi

if node "$here/check-contexts.mjs"; then
  echo "ok: the contexts the Rust signer ships are those of the npm packages"
  passed=$((passed + 1))
else
  echo "FAIL: the contexts the Rust signer ships differ from the npm packages"
  failed=$((failed + 1))
fi

echo "credential-verifier: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
