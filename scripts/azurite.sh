#!/usr/bin/env bash
# Starts Azurite from node_modules for manual use, data in .azurite/; Ctrl-C stops it cleanly.
#
#   bash scripts/azurite.sh [BLOB_PORT [QUEUE_PORT [TABLE_PORT]]] [-- extra azurite options]
#
# Ports default to Azurite's own 10000, 10001, 10002 (what UseDevelopmentStorage=true expects).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

ports=(10000 10001 10002)
i=0
while (( $# > 0 )); do
  case $1 in
    --) shift; break ;;
    *[!0-9]* | '') echo "usage: $0 [BLOB_PORT [QUEUE_PORT [TABLE_PORT]]] [-- azurite options]" >&2; exit 2 ;;
    *)
      (( i < 3 )) || { echo "azurite.sh: at most three ports" >&2; exit 2; }
      ports[i]=$1; i=$((i + 1)); shift ;;
  esac
done

script=node_modules/azurite/dist/src/azurite.js
if [[ ! -f $script ]]; then
  echo "azurite.sh: Azurite is not installed; run: npm ci" >&2
  exit 1
fi

key='Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='
account=devstoreaccount1
echo "Connection string:"
echo "DefaultEndpointsProtocol=http;AccountName=$account;AccountKey=$key;BlobEndpoint=http://127.0.0.1:${ports[0]}/$account;QueueEndpoint=http://127.0.0.1:${ports[1]}/$account;TableEndpoint=http://127.0.0.1:${ports[2]}/$account;"
echo "Press Ctrl-C to stop."

mkdir -p .azurite
# exec: node itself receives Ctrl-C's SIGINT and closes its servers before exiting.
exec node "$script" \
  --skipApiVersionCheck --loose --disableTelemetry \
  --blobHost 127.0.0.1 --blobPort "${ports[0]}" \
  --queueHost 127.0.0.1 --queuePort "${ports[1]}" \
  --tableHost 127.0.0.1 --tablePort "${ports[2]}" \
  --location .azurite \
  "$@"
