#!/usr/bin/env bash
# Runs the main job locally. Today: builds the tool and prints the program catalog summary
# (counts, money against the decree's totals, agencies). Later issues grow this into the whole
# pipeline on Azurite (drop → ingest → validate → status → reminders).
#
#   bash scripts/run-local.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
dotnet build functions/Spm.Cli --nologo -v quiet
exec dotnet functions/Spm.Cli/bin/Debug/net10.0/spm.dll catalog "$@"
