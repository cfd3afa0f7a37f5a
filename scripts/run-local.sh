#!/usr/bin/env bash
# The main job, locally and end to end: starts Azurite and the pipeline's local host (spm serve, the WebJobs SDK's
# real blob, queue and timer triggers), submits labelled sample reports for one replayed period (most clean, some with
# errors, a resubmission, a correction, a duplicate, one naming a classified measure), waits for every outcome and
# prints what became of each, then the period's status, the reminders of a day near the deadline, and the outbox
# (receipts and reminders as .eml files). Everything stops when it is done; the data stays in the printed folder.
#
#   bash scripts/run-local.sh                         # period 2019-H1, replayed as of 2019-07-05
#   SPM_PERIOD=2019-FY SPM_NOW=2020-01-08 bash scripts/run-local.sh
#
# Needs only the .NET SDK and Node.js (Azurite is installed from package-lock.json on first use).
set -euo pipefail
set -m # background jobs keep SIGINT, so Azurite and the host can be stopped cleanly
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

period="${SPM_PERIOD:-2019-H1}"
now="${SPM_NOW:-2019-07-05}"
work="$(mktemp -d "${TMPDIR:-/tmp}/spm-local-XXXXXX")"

source scripts/lib/azurite-install.sh
spm_ensure_azurite run-local "$work/npm.log"

echo "run-local: building spm"
dotnet build functions/Spm.Cli --nologo -v quiet > "$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
spm=(dotnet functions/Spm.Cli/bin/Debug/net10.0/spm.dll)

free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 20000))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2> /dev/null || { echo "$port"; return; }
  done
}
blob=$(free_port); queue=$(free_port); table=$(free_port)

azurite_pid=""
serve_pid=""
stop() {
  [[ -n $serve_pid ]] && kill -INT "$serve_pid" 2> /dev/null && wait "$serve_pid" 2> /dev/null || true
  [[ -n $azurite_pid ]] && kill -INT "$azurite_pid" 2> /dev/null && wait "$azurite_pid" 2> /dev/null || true
}
trap stop EXIT

node node_modules/azurite/dist/src/azurite.js --skipApiVersionCheck --loose --silent --disableTelemetry \
  --blobHost 127.0.0.1 --blobPort "$blob" --queueHost 127.0.0.1 --queuePort "$queue" --tableHost 127.0.0.1 --tablePort "$table" \
  --location "$work/azurite" > "$work/azurite.log" 2>&1 &
azurite_pid=$!
for port in "$blob" "$queue" "$table"; do
  for _ in $(seq 1 100); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2> /dev/null && break; sleep 0.2; done
done
key='Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='
storage="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=$key;BlobEndpoint=http://127.0.0.1:$blob/devstoreaccount1;QueueEndpoint=http://127.0.0.1:$queue/devstoreaccount1;TableEndpoint=http://127.0.0.1:$table/devstoreaccount1;"
echo "run-local: Azurite on 127.0.0.1:$blob/$queue/$table (data in $work/azurite)"

"${spm[@]}" serve --storage "$storage" --now "$now" > "$work/serve.log" 2>&1 &
serve_pid=$!
for _ in $(seq 1 150); do
  grep -q "spm serve: the pipeline runs" "$work/serve.log" 2> /dev/null && break
  kill -0 "$serve_pid" 2> /dev/null || { cat "$work/serve.log"; exit 1; }
  sleep 0.2
done
echo "run-local: spm serve is running (log: $work/serve.log), clock $now"
echo

"${spm[@]}" demo --storage "$storage" --period "$period"
echo
# The status tables, as the pipeline recomputed them after every outcome.
"${spm[@]}" status --storage "$storage" --period "$period"
echo
# The same figures as the one-page status report (the pipeline also wrote it into the statusreports container).
"${spm[@]}" report --storage "$storage" --period "$period" --now "$now" -o "$work/status-report.$period.html"
echo
# The day before the deadline: reminders for every unit still without an accepted report, into the outbox.
"${spm[@]}" reminders --storage "$storage" --now "${SPM_REMIND:-2019-07-09}"
echo
"${spm[@]}" outbox --storage "$storage" --last 12
echo
echo "run-local: done. Logs and Azurite's data: $work"
