#!/usr/bin/env bash
# Prints the service report of each example's sample data to PDF with headless Chromium, and each
# page to PNG for a visual check (the report's counterpart of scripts/pdf.sh). Needs the Debian
# packages `chromium` and `poppler-utils`, and a build (`npm run build`).
#
#   scripts/report-pdf.sh [out-dir]      (default: out/report-pdf)
#
# Output per example and language: <name>.<lang>.html, <name>.<lang>.pdf, <name>.<lang>-<page>.png
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-out/report-pdf}"
command -v chromium >/dev/null || { echo "chromium is not installed (apt-get install -y chromium)" >&2; exit 2; }
command -v pdftoppm >/dev/null || { echo "pdftoppm is not installed (apt-get install -y poppler-utils)" >&2; exit 2; }
[ -f dist/cli/main.js ] || { echo "no build: run npm run build first" >&2; exit 2; }
mkdir -p "$out"
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
# The month each example's sample data is busiest in (as in test/report/helpers.ts).
declare -A period=([contact-centre]=2026-03 [internal-ola]=2026-03 [managed-it]=2026-03 [saas-platform]=2026-04 [servicedesk-nl]=2026-03)
for sla in examples/*.sla; do
  name="$(basename "$sla" .sla)"
  data=()
  for f in examples/data/"$name"/*; do [ -f "$f" ] && data+=("$f"); done
  for lang in nl en; do
    html="$out/$name.$lang.html"
    pdf="$out/$name.$lang.pdf"
    node dist/cli/main.js report "$sla" --data "${data[@]}" --period "${period[$name]:-2026-03}" --lang "$lang" --format html -o "$html" >/dev/null
    chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
      --user-data-dir="$profile" --no-pdf-header-footer --run-all-compositor-stages-before-draw \
      --print-to-pdf="$pdf" "file://$(realpath "$html")" 2>/dev/null
    rm -f "$out/$name.$lang"-*.png
    pdftoppm -png -r 60 "$pdf" "$out/$name.$lang"
    pages=$(ls "$out/$name.$lang"-*.png | wc -l)
    echo "$pdf: $pages pages"
  done
done
