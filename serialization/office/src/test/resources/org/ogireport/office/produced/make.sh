#!/usr/bin/env bash
# Remakes the files in this folder: reports written by ogi-report, then converted by two
# producers that share no code with it, as an office or a researcher would meet them.
#   <case>.lo.pdf          our .docx (DocxWriter) -> PDF by LibreOffice Writer, headless
#   <case>.lo.docx         our HTML page (HtmlRenderer) -> .docx by LibreOffice Writer
#   <case>.chromium.pdf    our HTML page -> PDF printed by headless Chromium
#   <case>.chromium-header.pdf  the same, with Chromium's page header and footer (date, title,
#                          file URL, page numbers) left on, as a browser prints by default
#   <case>.chromium-bare.pdf  our HTML fragment in a page without a stylesheet, printed by
#                          Chromium: tables drawn without any line
# The cases are those of Cases.java (seeds, real-world fixtures, generated reports from a fixed
# seed). The tests read these files; CI needs neither LibreOffice nor Chromium.
#
# Needs (Debian): apt-get install -y libreoffice-writer-nogui chromium fonts-wqy-zenhei
# Run from anywhere: bash serialization/office/src/test/resources/org/ogireport/office/produced/make.sh
# Files already here are kept (a PDF differs at each run by its dates); FORCE=1 makes them all again.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../../../../../../../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cases=(seed-000_b780817e18a3daa1 seed-001_78cf330bb6c558ff seed-002_48a57cdf3499fdc3
  seed-003_593a2a3db21939e1 seed-004_769736e4f7e1b172 hongze-2023 hongze-2024 huaian-2024
  generated-2019-0 generated-2021-1 blanks-2019-0 blanks-2021-1)
# Chromium embeds its CJK glyphs as Type 3 fonts (about 400 KB a file): fewer cases, among them
# huaian-2024, whose table 三 the browser breaks over two pages without the top border
chromium_cases=(seed-001_78cf330bb6c558ff seed-004_769736e4f7e1b172 huaian-2024 generated-2019-0
  blanks-2021-1)
lo_docx=(seed-001_78cf330bb6c558ff seed-004_769736e4f7e1b172 hongze-2023 generated-2019-0 blanks-2019-0)
with_header=(seed-003_593a2a3db21939e1 generated-2021-1)
# blanks-2019-0 breaks table 四's header over two pages
bare=(blanks-2019-0 blanks-2021-1)

cd "$root"
# one reactor build, so that the sibling modules are this checkout's, not installed snapshots
./mvnw -B -q -o -pl serialization/office -am test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$work/cp.txt"
java -cp "serialization/office/target/test-classes:serialization/office/target/classes:$(cat "$work/cp.txt")" \
  org.ogireport.office.ProducerInputs "$work/in" "${cases[@]}"

lo=(soffice --headless "-env:UserInstallation=file://$work/lo-profile")
made() { [ -z "${FORCE:-}" ] && [ -e "$here/$1" ]; }
for c in "${cases[@]}"; do
  made "$c.lo.pdf" && continue
  "${lo[@]}" --convert-to pdf --outdir "$work/lo" "$work/in/$c.docx" >/dev/null
  cp "$work/lo/$c.pdf" "$here/$c.lo.pdf"
done
for c in "${lo_docx[@]}"; do
  made "$c.lo.docx" && continue
  "${lo[@]}" --infilter="HTML (StarWriter)" --convert-to "docx:MS Word 2007 XML" \
    --outdir "$work/lo-docx" "$work/in/$c.html" >/dev/null
  cp "$work/lo-docx/$c.docx" "$here/$c.lo.docx"
done

chrome=(chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run
  --disable-background-networking --disable-component-update --disable-sync)
for c in "${chromium_cases[@]}"; do
  made "$c.chromium.pdf" && continue
  "${chrome[@]}" --user-data-dir="$work/chrome-$c" --no-pdf-header-footer \
    --print-to-pdf="$here/$c.chromium.pdf" "file://$work/in/$c.html" 2>/dev/null
done
for c in "${with_header[@]}"; do
  made "$c.chromium-header.pdf" && continue
  "${chrome[@]}" --user-data-dir="$work/chrome-header-$c" \
    --print-to-pdf="$here/$c.chromium-header.pdf" "file://$work/in/$c.html" 2>/dev/null
done
for c in "${bare[@]}"; do
  made "$c.chromium-bare.pdf" && continue
  "${chrome[@]}" --user-data-dir="$work/chrome-bare-$c" --no-pdf-header-footer \
    --print-to-pdf="$here/$c.chromium-bare.pdf" "file://$work/in/$c.bare.html" 2>/dev/null
done
ls -l "$here"
