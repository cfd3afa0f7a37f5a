#!/bin/sh
# Opens openpyxl-report.xlsx in LibreOffice and saves it again, as a person would: once as
# xlsx (libreoffice-report.xlsx: shared strings, cached formula values, LibreOffice's styles)
# and once as Excel 97-2003 (libreoffice-legacy.xls, a real BIFF8 file in an OLE container).
# Needs Debian's libreoffice-calc-nogui; run after make_openpyxl.py.
set -eu
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
soffice "-env:UserInstallation=file://$work/profile" --headless \
    --convert-to 'xlsx:Calc MS Excel 2007 XML' --outdir "$work/xlsx" openpyxl-report.xlsx
soffice "-env:UserInstallation=file://$work/profile" --headless \
    --convert-to 'xls:MS Excel 97' --outdir "$work/xls" openpyxl-report.xlsx
mv "$work/xlsx/openpyxl-report.xlsx" libreoffice-report.xlsx
mv "$work/xls/openpyxl-report.xls" libreoffice-legacy.xls
