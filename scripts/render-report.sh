#!/usr/bin/env bash
# Renders the committee report of the sample's quarter (the history of
# scripts/make-quarter.ts, as at 31 January 2020 since 31 October 2019) as
# pictures for the README: docs/report-2019-20-page-N.png for its first three
# pages and the appendix's first page, and the PDF's page count.
# Needs LibreOffice Writer and poppler:
# apt-get install -y libreoffice-writer poppler-utils
set -euo pipefail
cd "$(dirname "$0")/.."

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

npx tsx scripts/make-quarter.ts "$work"
npm run -s brag -- report "$work/quarter.xlsx" --docx "$work/report.docx" --as-at 2020-01-31 --since 2019-10-31 \
  --committee "Safeguarding Sub Committee – For Information" --report-of "Director of Community and Children's Services" >/dev/null
soffice "-env:UserInstallation=file://$work/profile" --headless --convert-to pdf --outdir "$work" "$work/report.docx" >/dev/null 2>&1
pages=$(pdfinfo "$work/report.pdf" | awk '/^Pages:/ {print $2}')

appendix=""
for ((page = 1; page <= pages; page++)); do
  if pdftotext -f "$page" -l "$page" "$work/report.pdf" - | head -n 3 | grep -q "^Appendix 1"; then
    appendix=$page
    break
  fi
done

mkdir -p docs
rm -f docs/report-2019-20-page-*.png
for page in 1 2 3 $appendix; do
  pdftoppm -f "$page" -l "$page" -r 60 -png -singlefile "$work/report.pdf" "docs/report-2019-20-page-$page"
done
echo "Wrote docs/report-2019-20-page-{1,2,3,$appendix}.png from a report of $pages pages"
