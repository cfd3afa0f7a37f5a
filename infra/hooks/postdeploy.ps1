# Subscribes the blob trigger (IngestReport) to BlobCreated events in the drop container, through
# the drop account's Event Grid system topic. azd runs this after deploy, because the webhook needs
# the blobs_extension system key, which exists only once the deployed app has started with its blob
# trigger. Safe to run again (the subscription is created or updated).
#
# Needs: az (signed in), and the deployment outputs as environment variables (azd sets them; for the
# plain az path see docs/deploy.md): AZURE_RESOURCE_GROUP, AZURE_FUNCTION_APP_NAME,
# DROP_SYSTEM_TOPIC_NAME, DROP_CONTAINER_NAME.
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

foreach ($name in 'AZURE_RESOURCE_GROUP', 'AZURE_FUNCTION_APP_NAME', 'DROP_SYSTEM_TOPIC_NAME', 'DROP_CONTAINER_NAME') {
    if (-not [Environment]::GetEnvironmentVariable($name)) {
        throw "postdeploy: $name is not set"
    }
}
$resourceGroup = $env:AZURE_RESOURCE_GROUP
$app = $env:AZURE_FUNCTION_APP_NAME
$topic = $env:DROP_SYSTEM_TOPIC_NAME
$container = $env:DROP_CONTAINER_NAME
# The blob trigger's function name: nameof(IngestReport) in functions/Spm.Functions.
$functionName = if ($env:SPM_INGEST_FUNCTION) { $env:SPM_INGEST_FUNCTION } else { 'IngestReport' }
$subscriptionName = if ($env:SPM_INGEST_SUBSCRIPTION) { $env:SPM_INGEST_SUBSCRIPTION } else { 'ingest-report' }

if (-not (Get-Command az -ErrorAction SilentlyContinue)) {
    throw 'postdeploy: the Azure CLI (az) is required'
}

# The key appears when the host has loaded the blob trigger; asking for keys also wakes the app.
$key = ''
for ($attempt = 1; $attempt -le 20; $attempt++) {
    $key = az functionapp keys list --resource-group $resourceGroup --name $app `
        --query 'systemKeys.blobs_extension' --output tsv 2>$null
    if ($LASTEXITCODE -eq 0 -and $key) {
        break
    }
    $key = ''
    Write-Host "postdeploy: waiting for the blobs_extension key of $app ($attempt/20)"
    Start-Sleep -Seconds 15
}
if (-not $key) {
    throw "postdeploy: $app has no blobs_extension key; is the code deployed with its blob trigger?"
}

$hostName = az functionapp show --resource-group $resourceGroup --name $app --query defaultHostName --output tsv
if ($LASTEXITCODE -ne 0) {
    throw "postdeploy: cannot read the host name of $app"
}
# The URL carries the key: never print it.
$endpoint = "https://$hostName/runtime/webhooks/blobs?functionName=Host.Functions.$functionName&code=$key"

az eventgrid system-topic event-subscription create `
    --resource-group $resourceGroup `
    --system-topic-name $topic `
    --name $subscriptionName `
    --endpoint-type webhook `
    --endpoint $endpoint `
    --included-event-types Microsoft.Storage.BlobCreated `
    --subject-begins-with "/blobServices/default/containers/$container/" `
    --max-delivery-attempts 30 `
    --event-ttl 1440 `
    --output none
if ($LASTEXITCODE -ne 0) {
    throw "postdeploy: could not create the event subscription $topic/$subscriptionName"
}

Write-Host "postdeploy: $topic/$subscriptionName delivers BlobCreated in $container to $functionName"
