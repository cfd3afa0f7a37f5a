#!/usr/bin/env bash
# Pipeline benchmark: every reporting unit of a period × 10 files uploaded at once through spm serve's host (the
# WebJobs SDK's real blob, queue and timer triggers) on a private Azurite; per upload the trigger wait and the
# processing time (p50/p95/max), throughput and uploads lost; then table writes batched per partition against one
# upsert per entity, with the same entities against the same Azurite.
#
#   bash scripts/bench-pipeline.sh                          # the deadline-eve load (about 3 minutes on 2 cores)
#   bash scripts/bench-pipeline.sh --files-per-unit 1       # options go to the harness (see its README)
#
# Not part of CI or the tests. Needs the .NET SDK and Node.js (Azurite is installed from package-lock.json if
# missing). Output: the markdown report on stdout, appended to artifacts/bench/pipeline.md.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
export DOTNET_NOLOGO="${DOTNET_NOLOGO:-1}"
export DOTNET_CLI_TELEMETRY_OPTOUT="${DOTNET_CLI_TELEMETRY_OPTOUT:-1}"

# bench-recompute.sh runs this script with SPM_BENCH_MODE=recompute: one build and launch for both modes.
mode="${SPM_BENCH_MODE:-pipeline}"
case "$mode" in
  pipeline | recompute) ;;
  *) echo "bench-$mode: unknown mode (pipeline or recompute)" >&2; exit 2 ;;
esac

source scripts/lib/azurite-install.sh
spm_ensure_azurite "bench-$mode.sh"

project=benchmarks/Spm.PipelineBenchmarks/Spm.PipelineBenchmarks.csproj
dotnet build "$project" -c Release --nologo -v quiet
mkdir -p artifacts/bench
echo "commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)" >&2
dotnet benchmarks/Spm.PipelineBenchmarks/bin/Release/net10.0/Spm.PipelineBenchmarks.dll "$mode" --out "artifacts/bench/$mode.md" "$@"
