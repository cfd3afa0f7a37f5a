#!/usr/bin/env bash
# Measures the figures of docs/reliability.md: the classified-content screen's property tests (10,000 disguises of
# every classified code and of «Құпия», 10,000 ordinary texts, the comment corpus, the catalog) and 1,000 seeded
# mutants of valid workbooks checked by the probe in one child process. Release build; one test project at a time.
#
#   bash scripts/reliability.sh
#
# Writes artifacts/reliability/screen.md and artifacts/reliability/mutants.md (or into $SPM_RELIABILITY_DIR) and
# prints both. The default test run (scripts/test.sh) runs the same properties and 200 of the mutants.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
export SPM_RELIABILITY_DIR="${SPM_RELIABILITY_DIR:-$PWD/artifacts/reliability}"
mkdir -p "$SPM_RELIABILITY_DIR"

{
  echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
  echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
  echo "cores: $(nproc)"
  echo "cpu: $(lscpu | sed -n 's/^Model name: *//p')"
  echo "dotnet: $(dotnet --version)"
  echo "load: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
} | tee "$SPM_RELIABILITY_DIR/machine.txt"

# The properties (pass = every disguise caught, nothing ordinary flagged), then their figures.
dotnet test --project tests/Spm.Core.Tests -c Release --filter-class "Spm.Core.Tests.Screening.ClassifiedTextMatcherPropertyTests"
# All 1,000 mutants (trait Category=Figures) and the default 200.
dotnet test --project tests/Spm.Infrastructure.Tests -c Release --filter-class "Spm.Infrastructure.Tests.Xlsx.XlsxMutationTests"

echo
cat "$SPM_RELIABILITY_DIR/screen.md"
echo
cat "$SPM_RELIABILITY_DIR/mutants.md"
