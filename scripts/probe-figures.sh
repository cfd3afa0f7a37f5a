#!/usr/bin/env bash
# Measures time and peak memory of reading each hostile file (and large valid workbooks) in a child
# process, and writes tests/Spm.Infrastructure.Tests/Fixtures/probe-figures.md. Not part of the tests.
#
#   bash scripts/probe-figures.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
dotnet test --project tests/Spm.Infrastructure.Tests -c Release --filter-trait "Category=Figures"
echo "Wrote ${SPM_PROBE_FIGURES:-tests/Spm.Infrastructure.Tests/Fixtures/probe-figures.md}"
