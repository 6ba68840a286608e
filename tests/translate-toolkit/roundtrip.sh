#!/usr/bin/env bash
# Round trip of every shipped course's translations through the Translate Toolkit, the
# library behind Pootle and Weblate's file handling: `kampus content export` (XLIFF 2.1 and
# PO), loaded and written back by translate-toolkit 3.20.4 (`translate.storage.xliff2`,
# `translate.storage.po`), then `kampus content import`. The course files must not change
# by one byte (`git diff --exit-code content/`).
#
# Not part of .ci/run: it needs PyPI. Run from anywhere in the repository:
#   tests/translate-toolkit/roundtrip.sh
# Environment: KAMPUS (a built `kampus` binary; default: cargo build), TTK_VENV (default
# /tmp/kampus-translate-toolkit), CARGO_TARGET_DIR as for cargo.
set -euo pipefail

root=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
cd "$root"
if ! git diff --quiet -- content/; then
    echo "content/ has uncommitted changes; commit or stash them first" >&2
    exit 2
fi

venv=${TTK_VENV:-/tmp/kampus-translate-toolkit}
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet translate-toolkit==3.20.4
fi

if [ -z "${KAMPUS:-}" ]; then
    cargo build --quiet -p kampus-api --bin kampus
    KAMPUS=${CARGO_TARGET_DIR:-target}/debug/kampus
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for course in content/*/; do
    course=${course%/}
    [ -f "$course/course.toml" ] || continue
    for locale in sr-Latn sr-Cyrl bs hr cnr mk sq; do
        for format in xliff po; do
            ext=$([ "$format" = xliff ] && echo xlf || echo po)
            exported="$work/export.$ext"
            rewritten="$work/toolkit.$ext"
            "$KAMPUS" content export "$course" --locale "$locale" --format "$format" -o "$exported" 2>/dev/null
            "$venv/bin/python" "$(dirname "$0")/rewrite.py" "$format" "$exported" "$rewritten"
            "$KAMPUS" content import "$rewritten" --course "$course" --locale "$locale" >/dev/null
        done
    done
    echo "ok: $course"
done

git diff --exit-code --stat -- content/
echo "translate-toolkit round trip: content/ unchanged"
