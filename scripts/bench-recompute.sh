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

SPM_BENCH_MODE=recompute exec bash "$(dirname "${BASH_SOURCE[0]}")/bench-pipeline.sh" "$@"
