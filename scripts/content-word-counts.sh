#!/usr/bin/env bash
# Words in the lesson bodies of each course, per locale (Markdown markers included).
# Usage: scripts/content-word-counts.sh [content folder]
set -euo pipefail
dir=${1:-content}
locales=(en sr-Latn sr-Cyrl bs hr cnr mk sq)
printf '%-40s' course; printf '%9s' "${locales[@]}"; echo
for course in "$dir"/*/; do
  [ -f "$course/course.toml" ] || continue
  printf '%-40s' "$(basename "$course")"
  for locale in "${locales[@]}"; do
    files=("$course"locales/"$locale"/lessons/*.md)
    if [ -e "${files[0]}" ]; then printf '%9s' "$(cat "${files[@]}" | wc -w)"; else printf '%9s' -; fi
  done
  echo
done
