#!/usr/bin/env bash
# Prints the contract document of each example to PDF with headless Chromium, and each page to PNG
# for a visual check. Needs the Debian packages `chromium` and `poppler-utils`, and a build (`npm run build`).
#
#   scripts/pdf.sh [out-dir] [file.sla …]      (default: out/pdf, examples/*.sla)
#
# Output per example and language: <stem>.<lang>.html, <stem>.<lang>.pdf, <stem>.<lang>-<page>.png
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-out/pdf}"
shift || true
files=("$@")
[ ${#files[@]} -gt 0 ] || files=(examples/*.sla)
command -v chromium >/dev/null || { echo "chromium is not installed (apt-get install -y chromium)" >&2; exit 2; }
command -v pdftoppm >/dev/null || { echo "pdftoppm is not installed (apt-get install -y poppler-utils)" >&2; exit 2; }
[ -f dist/cli/main.js ] || { echo "no build: run npm run build first" >&2; exit 2; }
mkdir -p "$out"
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
for sla in "${files[@]}"; do
  stem="$(basename "$sla" .sla)"
  for lang in nl en; do
    html="$out/$stem.$lang.html"
    pdf="$out/$stem.$lang.pdf"
    node dist/cli/main.js render "$sla" --lang "$lang" --format html -o "$html" >/dev/null
    chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
      --user-data-dir="$profile" --no-pdf-header-footer --run-all-compositor-stages-before-draw \
      --print-to-pdf="$pdf" "file://$(realpath "$html")" 2>/dev/null
    rm -f "$out/$stem.$lang"-*.png
    pdftoppm -png -r 60 "$pdf" "$out/$stem.$lang"
    pages=$(ls "$out/$stem.$lang"-*.png | wc -l)
    echo "$pdf: $pages pages"
  done
done
