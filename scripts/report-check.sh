#!/usr/bin/env bash
# The status report as a person sees it: headless Chromium renders the report of a replayed 2019
# (sample reports through the real pipeline on Azurite), with no console error and nothing fetched;
# nothing overflows the page on screen or in the print layout; every chart is drawn; it prints to A4
# PDF; a screenshot shows nothing past the sheet and every chart in colour.
#
#   bash scripts/report-check.sh                 # the Chromium tests (trait Category=Browser)
#   bash scripts/report-check.sh --update-docs   # and copy the screenshot to docs/images/status-report.png
#
# Needs Chromium (Debian: apt-get install -y chromium; or SPM_CHROMIUM=/path/to/chrome). Without it the
# script fails: it is never skipped quietly. scripts/test.sh leaves these tests out (a fresh machine has
# only the .NET SDK and Node.js) and checks the same page structurally instead. The pages, the PDF and
# the screenshots are left in artifacts/report-check/.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
export DOTNET_NOLOGO="${DOTNET_NOLOGO:-1}"
export DOTNET_CLI_TELEMETRY_OPTOUT="${DOTNET_CLI_TELEMETRY_OPTOUT:-1}"

update_docs=false
for argument in "$@"; do
  case "$argument" in
    --update-docs) update_docs=true ;;
    *) echo "report-check.sh: unknown argument $argument (only --update-docs)" >&2; exit 2 ;;
  esac
done

chromium="${SPM_CHROMIUM:-}"
if [[ -z "$chromium" ]]; then
  for candidate in /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome; do
    if [[ -x "$candidate" ]]; then chromium="$candidate"; break; fi
  done
fi
if [[ -z "$chromium" || ! -x "$chromium" ]]; then
  echo "report-check.sh: no Chromium found. Install it (Debian: sudo apt-get install -y chromium) or set SPM_CHROMIUM." >&2
  exit 1
fi
export SPM_CHROMIUM="$chromium"
echo "report-check.sh: $("$chromium" --version 2>/dev/null | head -n 1)"

source scripts/lib/azurite-install.sh
if [[ -z "${AZURITE_CONNECTION_STRING:-}" ]]; then
  spm_ensure_azurite report-check.sh
fi

rm -rf artifacts/report-check
dotnet test --project tests/Spm.Integration.Tests/Spm.Integration.Tests.csproj --filter-trait "Category=Browser"

if [[ "$update_docs" == true ]]; then
  mkdir -p docs/images
  cp artifacts/report-check/status-report.png docs/images/status-report.png
  echo "report-check.sh: docs/images/status-report.png updated"
fi
echo "report-check.sh: artifacts in artifacts/report-check/ (status-report.kk.html, status-report.kk.pdf, status-report.png)"
