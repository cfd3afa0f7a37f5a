#!/usr/bin/env bash
# Runs every test in the solution and ends with one line: "N passed, N failed".
#
#   bash scripts/test.sh [extra dotnet test arguments]
#
# Needs only the .NET SDK and Node.js: Azurite is installed from package-lock.json on first
# use (skipped when AZURITE_CONNECTION_STRING points the tests at a running Azurite).
# The full output is also written to artifacts/test/dotnet-test.log.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
export DOTNET_NOLOGO="${DOTNET_NOLOGO:-1}"
export DOTNET_CLI_TELEMETRY_OPTOUT="${DOTNET_CLI_TELEMETRY_OPTOUT:-1}"

artifacts=artifacts/test
log="$artifacts/dotnet-test.log"
summary="$artifacts/summary.txt"
mkdir -p "$artifacts"
rm -f "$log" "$summary"

# Reinstall when Azurite is missing or package-lock.json changed since the last install.
source scripts/lib/azurite-install.sh
if [[ -z "${AZURITE_CONNECTION_STRING:-}" ]]; then
  spm_ensure_azurite test.sh
fi

set +e
# Measurements (trait Category=Figures) are not tests: they run with scripts/probe-figures.sh.
# The status report in a browser (trait Category=Browser) needs Chromium: scripts/report-check.sh.
dotnet test --solution Serverless.sln --filter-not-trait "Category=Figures" --filter-not-trait "Category=Browser" "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# Sum the Microsoft.Testing.Platform summaries ("  total: 5", "  failed: 0", ...); strip ANSI
# colour codes first in case the console forced them.
read -r total passed failed skipped < <(
  sed 's/\x1b\[[0-9;]*[A-Za-z]//g' "$log" | awk '
    $1 == "total:"     { t += $2 }
    $1 == "succeeded:" { p += $2 }
    $1 == "failed:"    { f += $2 }
    $1 == "skipped:"   { s += $2 }
    END { printf "%d %d %d %d\n", t, p, f, s }'
)

if (( status == 0 && total == 0 )); then
  echo "test.sh: no tests ran" >&2
  status=1
fi
echo "test.sh: total $total, skipped $skipped, exit code $status; log: $log"
echo "$passed passed, $failed failed" | tee "$summary"
exit "$status"
