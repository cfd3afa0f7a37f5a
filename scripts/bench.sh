#!/usr/bin/env bash
# Benchmarks reading + validating report workbooks of 1k, 100k and 500k rows against the raw xlsx floor,
# MiniExcel and ExcelDataReader (time, rows/s, allocations), then measures peak memory of each scenario
# in a fresh process. Prints both tables; paste them into benchmarks/Spm.Benchmarks/README.md.
#
#   bash scripts/bench.sh                 # everything (about 10 minutes on 2 cores)
#   bash scripts/bench.sh --filter '*Spm*' # extra arguments go to BenchmarkDotNet
#
# Not part of CI or the tests. Input workbooks are generated once into $TMPDIR/spm-benchmarks.
# Output: artifacts/bench/ (BenchmarkDotNet reports, peak.md, machine.txt).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
export DOTNET_NOLOGO="${DOTNET_NOLOGO:-1}"
export DOTNET_CLI_TELEMETRY_OPTOUT="${DOTNET_CLI_TELEMETRY_OPTOUT:-1}"

artifacts="$PWD/artifacts/bench"
mkdir -p "$artifacts"
project=benchmarks/Spm.Benchmarks/Spm.Benchmarks.csproj

{
  echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
  echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
  echo "cores: $(nproc)"
  echo "cpu: $(lscpu | sed -n 's/^Model name: *//p')"
  echo "dotnet: $(dotnet --version)"
} | tee "$artifacts/machine.txt"

dotnet build "$project" -c Release --nologo -v quiet
dll=benchmarks/Spm.Benchmarks/bin/Release/net10.0/Spm.Benchmarks.dll

# Generate the inputs (and check every reader reads the same values) before timing anything.
dotnet "$dll" peak 1000 100000 500000 | tee "$artifacts/peak.md"

if [[ $# -eq 0 ]]; then
  set -- --filter '*'
fi
dotnet "$dll" --artifacts "$artifacts" "$@"

echo
echo "== Time and allocations (BenchmarkDotNet) =="
cat "$artifacts"/results/*-report-github.md
echo
echo "== Peak working set (fresh process per scenario and size) =="
cat "$artifacts/peak.md"
