#!/usr/bin/env bash
# Regenerates the "filled by other tools" fixtures from our own template:
#   1. spm writes akmola's template for 2019-H1;
#   2. openpyxl (Debian's python3-openpyxl) fills it as a person would (fill_openpyxl.py);
#   3. LibreOffice Calc headless opens that file and saves it again as xlsx.
# Needs: apt-get install -y python3-openpyxl libreoffice-calc-nogui
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$here/../../.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dotnet run --project "$repo/functions/Spm.Cli" -- template --agency akmola --period 2019-H1 -o "$work/template.xlsx"
/usr/bin/python3 "$here/fill_openpyxl.py" "$work/template.xlsx" "$here/openpyxl-filled-akmola-2019-H1.xlsx"
for place in comment hidden-sheet property header; do
  /usr/bin/python3 "$here/classify_openpyxl.py" "$here/openpyxl-filled-akmola-2019-H1.xlsx" "$here/classified-$place.xlsx" "$place"
done
cp "$here/openpyxl-filled-akmola-2019-H1.xlsx" "$work/libreoffice-filled-akmola-2019-H1.xlsx"
mkdir -p "$work/out"
soffice --headless --convert-to 'xlsx:Calc MS Excel 2007 XML' --outdir "$work/out" "$work/libreoffice-filled-akmola-2019-H1.xlsx"
cp "$work/out/libreoffice-filled-akmola-2019-H1.xlsx" "$here/"
