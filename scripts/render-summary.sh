#!/usr/bin/env bash
# Renders the refreshed sample plan as pictures for the README: the first page of
# the summary sheet and the first page of the coloured plan; and, from the
# quarter of test/cli/progressSinceLastReport.test.ts, the summary page with
# the status over time.
# Needs LibreOffice and poppler (ImageMagick to trim the margins, if present):
# apt-get install -y libreoffice-calc poppler-utils imagemagick
set -euo pipefail
cd "$(dirname "$0")/.."

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

npm run -s sample >/dev/null
npm run -s brag -- refresh assets/sample-plan-2019-20.xlsx --as-at 2020-01-31 --out "$work/refreshed.xlsx" >/dev/null
libreoffice --headless --convert-to pdf --outdir "$work" "$work/refreshed.xlsx" >/dev/null 2>&1

pages=$(pdfinfo "$work/refreshed.pdf" | awk '/^Pages:/ {print $2}')
first_page_of() {
  for ((page = 1; page <= pages; page++)); do
    if pdftotext -f "$page" -l "$page" "$work/refreshed.pdf" - | head -n 1 | grep -q "$1"; then
      echo "$page"
      return
    fi
  done
  echo "no page starts with '$1'" >&2
  exit 1
}

mkdir -p docs
summary=$(first_page_of "^BRAG summary")
pdftoppm -f "$summary" -l "$summary" -r 80 -png -singlefile "$work/refreshed.pdf" docs/summary-2019-20

npx tsx scripts/make-quarter.ts "$work"
libreoffice --headless --convert-to pdf --outdir "$work" "$work/quarter.xlsx" >/dev/null 2>&1
quarter_pages=$(pdfinfo "$work/quarter.pdf" | awk '/^Pages:/ {print $2}')
for ((page = 1; page <= quarter_pages; page++)); do
  if pdftotext -f "$page" -l "$page" "$work/quarter.pdf" - | grep -q "^Status over time"; then
    pdftoppm -f "$page" -l "$page" -r 80 -png -singlefile "$work/quarter.pdf" docs/progress-2019-20
    break
  fi
done

npx tsx scripts/fit-plan-for-picture.ts "$work/refreshed.xlsx" "$work/plan.xlsx"
libreoffice --headless --convert-to pdf --outdir "$work" "$work/plan.xlsx" >/dev/null 2>&1
pdftoppm -f 1 -l 1 -r 80 -png -singlefile "$work/plan.pdf" docs/plan-2019-20
if command -v convert >/dev/null 2>&1; then
  for picture in docs/summary-2019-20.png docs/plan-2019-20.png docs/progress-2019-20.png; do
    convert "$picture" -trim +repage -bordercolor white -border 12 "$picture"
  done
fi
echo "Wrote docs/summary-2019-20.png (page $summary of the workbook), docs/plan-2019-20.png and docs/progress-2019-20.png"
