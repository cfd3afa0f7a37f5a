#!/usr/bin/env bash
# Regenerates the adversarial fixtures of issue 6 (adversarial/, documented in README.md):
#   1. spm writes mne's and akmola's 2019-H1 templates; fill_openpyxl.py fills them as a person would;
#   2. make_adversarial.py (openpyxl phase) writes the openpyxl and hand-edited fixtures, and the files that
#      LibreOffice is to re-save into WORK/lo-in;
#   3. LibreOffice Calc headless re-saves them as xlsx (filter 'Calc MS Excel 2007 XML');
#   4. make_adversarial.py (surgery phase) edits the re-saves where a fixture needs what no application writes.
# Needs: apt-get install -y python3-openpyxl python3-pil libreoffice-calc-nogui
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$here/../../.."
out="$here/adversarial"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
spm() { dotnet run --project "$repo/functions/Spm.Cli" -- "$@"; }
spm template --agency mne --period 2019-H1 -o "$work/mne-template.xlsx"
spm template --agency akmola --period 2019-H1 -o "$work/akmola-template.xlsx"
/usr/bin/python3 "$here/fill_openpyxl.py" "$work/mne-template.xlsx" "$work/mne-filled.xlsx"
/usr/bin/python3 "$here/fill_openpyxl.py" "$work/akmola-template.xlsx" "$work/akmola-filled.xlsx"
rm -rf "$out"
mkdir -p "$out" "$work/lo-out"
/usr/bin/python3 "$here/make_adversarial.py" openpyxl "$work/mne-filled.xlsx" "$work/akmola-filled.xlsx" "$work" "$out"
# A private LibreOffice profile, so that a running instance or a user's settings do not interfere.
/usr/bin/soffice -env:UserInstallation="file://$work/profile" --headless --convert-to 'xlsx:Calc MS Excel 2007 XML' \
  --outdir "$work/lo-out" "$work"/lo-in/*.xlsx
/usr/bin/python3 "$here/make_adversarial.py" surgery "$work" "$out"
ls -l "$out"
