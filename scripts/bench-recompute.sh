#!/usr/bin/env bash
# Status recompute benchmark: a whole program's accepted reports (every reporting unit × every period), written
# straight through the stores on a private Azurite, then the status rebuilt by StatusRecompute.RecomputeAllAsync (what
# `spm recompute` and the daily timer run) against the incremental path (one period recompute per accepted
# submission, as the validate step does): time, table transactions and the ratio.
#
#   bash scripts/bench-recompute.sh        # about 3 minutes on 2 cores
#
# Not part of CI or the tests. Needs the .NET SDK and Node.js (Azurite is installed from package-lock.json if
# missing). Output: the markdown report on stdout, appended to artifacts/bench/recompute.md.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
export DOTNET_NOLOGO="${DOTNET_NOLOGO:-1}"
export DOTNET_CLI_TELEMETRY_OPTOUT="${DOTNET_CLI_TELEMETRY_OPTOUT:-1}"

if [[ ! -f node_modules/azurite/dist/src/azurite.js ]]; then
  command -v npm > /dev/null || { echo "bench-recompute.sh: npm not found; install Node.js" >&2; exit 1; }
  npm ci --no-audit --no-fund
fi

project=benchmarks/Spm.PipelineBenchmarks/Spm.PipelineBenchmarks.csproj
dotnet build "$project" -c Release --nologo -v quiet
mkdir -p artifacts/bench
echo "commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)" >&2
dotnet benchmarks/Spm.PipelineBenchmarks/bin/Release/net10.0/Spm.PipelineBenchmarks.dll recompute --out artifacts/bench/recompute.md "$@"
