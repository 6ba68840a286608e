#!/usr/bin/env bash
# Round trip of a course's translations through the Translate Toolkit, the library behind
# Pootle and Weblate's file handling: `kampus content export` (XLIFF 2.1 and PO), loaded and
# written back by translate-toolkit 3.20.4 (`translate.storage.xliff2`, `translate.storage.po`),
# then `kampus content import`, for every non-English locale. It works on a copy of each course
# (the checkout is never written); the copy must end identical to the course, byte for byte,
# and each export's counts (units, outdated, untranslated) must be the same after the import.
#
#   tests/translate-toolkit/roundtrip.sh [COURSE_DIR…]     (default: every course in content/)
#
# Environment: KAMPUS (a built `kampus` binary; default: cargo build), TTK_VENV (the
# virtualenv, created and filled from PyPI the first time; default
# ~/.cache/kampus-translate-toolkit-3.20.4), CARGO_TARGET_DIR as for cargo.
# .ci/translation-tools runs it on one course.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
locales=(sr-Latn sr-Cyrl bs hr cnr mk sq)

venv=${TTK_VENV:-$HOME/.cache/kampus-translate-toolkit-3.20.4}
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c 'import translate' 2>/dev/null; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet translate-toolkit==3.20.4
fi

if [ -z "${KAMPUS:-}" ]; then
    (cd "$root" && cargo build --quiet -p kampus-api --bin kampus)
    KAMPUS=${CARGO_TARGET_DIR:-$root/target}/debug/kampus
fi

if [ $# -eq 0 ]; then
    set -- "$root"/content/*/
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

failed=0
for course in "$@"; do
    course=${course%/}
    [ -f "$course/course.toml" ] || { echo "not a course: $course" >&2; exit 2; }
    copy="$work/$(basename "$course")"
    cp -a "$course" "$copy"
    for locale in "${locales[@]}"; do
        for format in xliff po; do
            ext=$([ "$format" = xliff ] && echo xlf || echo po)
            exported="$work/export.$ext"
            rewritten="$work/toolkit.$ext"
            before=$("$KAMPUS" content export "$copy" --locale "$locale" --format "$format" -o "$exported" 2>&1)
            "$venv/bin/python" "$here/rewrite.py" "$format" "$exported" "$rewritten"
            "$KAMPUS" content import "$rewritten" --course "$copy" --locale "$locale" >/dev/null
            after=$("$KAMPUS" content export "$copy" --locale "$locale" --format "$format" -o /dev/null 2>&1)
            if [ "$before" != "$after" ]; then
                echo "$course $format: the export said \"$before\" before the import, \"$after\" after" >&2
                failed=1
            fi
        done
    done
    if diff -r "$course" "$copy"; then
        echo "ok: $(basename "$course") (${#locales[@]} locales, XLIFF and PO; e.g. $before)"
    else
        echo "$course: changed by the round trip (diff above)" >&2
        failed=1
    fi
done

if ((failed)); then
    echo "translate-toolkit round trip: FAILED" >&2
    exit 1
fi
echo "translate-toolkit round trip: every course unchanged"
