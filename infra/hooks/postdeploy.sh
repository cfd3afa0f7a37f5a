#!/bin/sh
# Subscribes the blob trigger (IngestReport) to BlobCreated events in the drop container, through
# the drop account's Event Grid system topic. azd runs this after deploy, because the webhook needs
# the blobs_extension system key, which exists only once the deployed app has started with its blob
# trigger. Safe to run again (the subscription is created or updated).
#
# Needs: az (signed in), and the deployment outputs as environment variables (azd sets them; for the
# plain az path see docs/deploy.md): AZURE_RESOURCE_GROUP, AZURE_FUNCTION_APP_NAME,
# DROP_SYSTEM_TOPIC_NAME, DROP_CONTAINER_NAME.
set -eu

: "${AZURE_RESOURCE_GROUP:?postdeploy: AZURE_RESOURCE_GROUP is not set}"
: "${AZURE_FUNCTION_APP_NAME:?postdeploy: AZURE_FUNCTION_APP_NAME is not set}"
: "${DROP_SYSTEM_TOPIC_NAME:?postdeploy: DROP_SYSTEM_TOPIC_NAME is not set}"
: "${DROP_CONTAINER_NAME:?postdeploy: DROP_CONTAINER_NAME is not set}"
# The blob trigger's function name: nameof(IngestReport) in functions/Spm.Functions.
function_name="${SPM_INGEST_FUNCTION:-IngestReport}"
subscription_name="${SPM_INGEST_SUBSCRIPTION:-ingest-report}"

if ! command -v az > /dev/null 2>&1; then
  echo "postdeploy: the Azure CLI (az) is required" >&2
  exit 1
fi

# The key appears when the host has loaded the blob trigger; asking for keys also wakes the app.
key=""
attempt=1
while [ "$attempt" -le 20 ]; do
  key="$(az functionapp keys list --resource-group "$AZURE_RESOURCE_GROUP" --name "$AZURE_FUNCTION_APP_NAME" \
    --query "systemKeys.blobs_extension" --output tsv 2> /dev/null || true)"
  if [ -n "$key" ]; then
    break
  fi
  echo "postdeploy: waiting for the blobs_extension key of $AZURE_FUNCTION_APP_NAME ($attempt/20)"
  sleep 15
  attempt=$((attempt + 1))
done
if [ -z "$key" ]; then
  echo "postdeploy: $AZURE_FUNCTION_APP_NAME has no blobs_extension key; is the code deployed with its blob trigger?" >&2
  exit 1
fi

host="$(az functionapp show --resource-group "$AZURE_RESOURCE_GROUP" --name "$AZURE_FUNCTION_APP_NAME" \
  --query defaultHostName --output tsv)"
# The URL carries the key: never print it.
endpoint="https://$host/runtime/webhooks/blobs?functionName=Host.Functions.$function_name&code=$key"

az eventgrid system-topic event-subscription create \
  --resource-group "$AZURE_RESOURCE_GROUP" \
  --system-topic-name "$DROP_SYSTEM_TOPIC_NAME" \
  --name "$subscription_name" \
  --endpoint-type webhook \
  --endpoint "$endpoint" \
  --included-event-types Microsoft.Storage.BlobCreated \
  --subject-begins-with "/blobServices/default/containers/$DROP_CONTAINER_NAME/" \
  --max-delivery-attempts 30 \
  --event-ttl 1440 \
  --output none

echo "postdeploy: $DROP_SYSTEM_TOPIC_NAME/$subscription_name delivers BlobCreated in $DROP_CONTAINER_NAME to $function_name"
