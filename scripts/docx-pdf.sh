#!/usr/bin/env bash
# Converts the Word document of each example to PDF with LibreOffice, and each page to PNG for a
# visual check. Needs the Debian packages `libreoffice-writer-nogui` and `poppler-utils` (and
# `hyphen-nl`, `hyphen-en-us` for hyphenation), and a build (`npm run build`).
#
#   scripts/docx-pdf.sh [out-dir] [file.sla …]      (default: out/docx, examples/*.sla)
#
# Output per example and language: <stem>.<lang>.docx, <stem>.<lang>.pdf, <stem>.<lang>-<page>.png
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-out/docx}"
shift || true
files=("$@")
[ ${#files[@]} -gt 0 ] || files=(examples/*.sla)
command -v soffice >/dev/null || { echo "soffice is not installed (apt-get install -y libreoffice-writer-nogui)" >&2; exit 2; }
command -v pdftoppm >/dev/null || { echo "pdftoppm is not installed (apt-get install -y poppler-utils)" >&2; exit 2; }
[ -f dist/cli/main.js ] || { echo "no build: run npm run build first" >&2; exit 2; }
mkdir -p "$out"
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
for sla in "${files[@]}"; do
  stem="$(basename "$sla" .sla)"
  for lang in nl en; do
    docx="$out/$stem.$lang.docx"
    node dist/cli/main.js render "$sla" --lang "$lang" --format docx -o "$docx" >/dev/null
    soffice "-env:UserInstallation=file://$profile" --headless --convert-to pdf --outdir "$out" "$docx" >/dev/null 2>&1
    rm -f "$out/$stem.$lang"-*.png
    pdftoppm -png -r 60 "$out/$stem.$lang.pdf" "$out/$stem.$lang"
    pages=$(ls "$out/$stem.$lang"-*.png | wc -l)
    echo "$out/$stem.$lang.pdf: $pages pages"
  done
done
