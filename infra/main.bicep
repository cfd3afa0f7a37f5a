targetScope = 'subscription'

metadata name = 'spm: state program monitor'
metadata description = 'The whole system in one resource group: a Flex Consumption Functions app on .NET isolated 10 with a user-assigned identity, three storage accounts split by trust (drop/archive, host, report), Key Vault, Service Bus, Event Grid, Application Insights and Log Analytics. Entra ID everywhere; secrets only in Key Vault.'

@minLength(1)
@maxLength(64)
@description('Required. The azd environment name (AZURE_ENV_NAME): names the resource group and seeds every resource name.')
param environmentName string

@minLength(1)
@description('Required. The region of every resource; one where Flex Consumption is offered.')
@metadata({
  azd: {
    type: 'location'
  }
})
param location string

@description('Required. The sender address of receipts, findings and reminders (Email__FromAddress).')
param emailFromAddress string

@secure()
@description('Optional. The SendGrid API key. When given it is stored in Key Vault; when empty, set the secret in the vault yourself (docs/deploy.md).')
param sendGridApiKey string = ''

@description('Optional. The deploying user or pipeline (AZURE_PRINCIPAL_ID). Gets Key Vault Secrets Officer to set and rotate secrets; empty for none.')
param principalId string = ''

@description('Optional. The kind of principal principalId is.')
@allowed([
  'User'
  'ServicePrincipal'
])
param principalType string = 'User'

@description('Optional. An Entra group of Power BI readers: Storage Table Data Reader on the report account. Empty for none.')
param powerBiReadersGroupId string = ''

@description('Optional. An Entra group that reads the HTML status reports (the monitoring office): Storage Blob Data Reader on the statusreports container only. Empty for none.')
param statusReportReadersGroupId string = ''

@description('Optional. Allow shared keys on the report account, and store its key in Key Vault, for a Power BI that can only use the account key. Off: Entra only. See docs/decisions/0004.')
param reportAccountKeyFallback bool = false

@description('Optional. Agencies that upload with Entra sign-in: agency code (the first folder in drop) to the object id of its Entra group. Each group may create blobs under drop/<code>/ only.')
param agencyUploadGroups agencyGroupsType = {}

@description('Optional. An Entra group that may issue create-only user-delegation SAS for agencies without Entra sign-in (spm access): Storage Blob Delegator on the drop account and upload rights on all of drop. Empty for none.')
param sasIssuersGroupId string = ''

@description('Optional. Reach the storage accounts and Key Vault through private endpoints only, from a new virtual network. Power BI then needs a data gateway (docs/deploy.md).')
param privateNetworking bool = false

@description('Optional. Days each original in archive stays immutable (time-based retention, unlocked until you lock it).')
@minValue(1)
@maxValue(146000)
param archiveRetentionDays int = 1825

@description('Optional. Days a deleted blob version stays soft-deleted on the drop account: short, so a purged upload is really gone soon.')
@minValue(1)
@maxValue(7)
param dropSoftDeleteDays int = 1

@description('Optional. Replication of the drop/archive account, which holds the originals.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_GZRS'
])
param dropStorageSkuName string = 'Standard_LRS'

@description('Optional. When reminders are planned and sent (NCRONTAB with seconds, UTC). Default 04:00 UTC, 09:00 in Kazakhstan (UTC+5): the reminders send nothing before Reminders__SendHour local time.')
param remindersSchedule string = '0 0 4 * * *'

@description('Optional. When drop blobs the trigger missed are queued for ingest (NCRONTAB with seconds, UTC).')
param reconcileSchedule string = '0 */15 * * * *'

@description('Optional. When status reports are rendered (NCRONTAB with seconds, UTC).')
param statusSchedule string = '0 30 * * * *'

@description('Optional. The Service Bus topic for integration events.')
param eventsTopicName string = 'events'

@description('Optional. Subscriptions to the events topic.')
param eventsSubscriptionNames string[] = [
  'integration'
]

@description('Optional. The most instances the Functions app scales out to (Flex Consumption: 40 to 1000).')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('Agency codes to Entra group object ids.')
type agencyGroupsType = {
  @description('The object id of the agency\'s Entra group.')
  *: string
}

@description('Resource name prefixes, as in the azd templates.')
var abbrs = loadJsonContent('abbreviations.json')

@description('Built-in role definition ids, by role (one place for every GUID).')
var roles = loadJsonContent('roles.json')

@description('Every container, queue and table the code uses, by account; the same names as Spm.Infrastructure.Storage.StorageLayout (a test compares them).')
var layout = loadJsonContent('storage-layout.json')

@description('A short hash that makes the names unique per subscription, environment and region.')
var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))

@description('Tags on every resource.')
var tags = {
  'azd-env-name': environmentName
}

@description('The azd service in azure.yaml.')
var serviceName = 'functions'

@description('Where agencies upload (Containers.Drop): no immutability, purgeable.')
var dropContainerName = 'drop'

@description('Where the pipeline writes the HTML status reports (Containers.StatusReports).')
var statusReportsContainerName = 'statusreports'

@description('Where originals are kept (Containers.Archive): the only container with an immutability policy.')
var archiveContainerName = 'archive'

@description('The Key Vault secret holding the SendGrid API key.')
var sendGridSecretName = 'sendgrid-api-key'

@description('The Key Vault secret holding the report account key (only with reportAccountKeyFallback).')
var reportKeySecretName = 'report-storage-key'

@description('The Functions app name.')
var functionAppName = '${abbrs.webSitesFunctions}${resourceToken}'

@description('The container on the host account that holds the deployment package.')
var deploymentContainerName = 'app-package-${take(functionAppName, 32)}-${take(resourceToken, 7)}'

@description('The custom role that may create blobs and nothing else, assigned per agency with a path condition.')
var dropUploaderRoleId = guid(subscription().id, environmentName, location, 'spm-drop-uploader')

@description('The drop uploader role is defined only when someone gets it.')
var needsDropUploaderRole = !empty(agencyUploadGroups) || !empty(sasIssuersGroupId)

@description('The blob data actions an uploader has (Put Blob, Put Block List, Append Block).')
var uploadDataActions = [
  'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/write'
  'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/add/action'
]

@description('Each agency group may upload to its own folder of drop only.')
var agencyRoleAssignments = [
  for agency in items(agencyUploadGroups): {
    principalId: agency.value
    principalType: 'Group'
    roleDefinitionId: dropUploaderRoleId
    condition: folderCondition(dropContainerName, agency.key)
    description: 'Agency ${agency.key}: upload to ${dropContainerName}/${agency.key}/ only.'
  }
]

@description('Who issues user-delegation SAS for agencies (spm access) must hold the rights the SAS carries.')
var sasIssuerDropAssignments = empty(sasIssuersGroupId)
  ? []
  : [
      {
        principalId: sasIssuersGroupId
        principalType: 'Group'
        roleDefinitionId: dropUploaderRoleId
        description: 'SAS issuers: upload rights on ${dropContainerName}, which their create-only SAS delegate.'
      }
    ]

@description('The private endpoints, when privateNetworking is on: every service the app reaches on each account, and the vault.')
var privateEndpoints = privateNetworking
  ? [
      { target: 'drop', groupId: 'blob' }
      { target: 'drop', groupId: 'queue' }
      { target: 'host', groupId: 'blob' }
      { target: 'host', groupId: 'queue' }
      { target: 'host', groupId: 'table' }
      { target: 'report', groupId: 'table' }
      { target: 'vault', groupId: 'vault' }
    ]
  : []

@description('The resources private endpoints reach, by the names privateEndpoints uses.')
var privateEndpointTargets = {
  drop: dropStorage.outputs.resourceId
  host: hostStorage.outputs.resourceId
  report: reportStorage.outputs.resourceId
  vault: keyVault.outputs.resourceId
}

@description('Public network access of the accounts and the vault.')
var publicNetworkAccess = privateNetworking ? 'Disabled' : 'Enabled'

@description('The Functions app\'s settings: identity-based connections, schedules, email, events, telemetry. Secrets only as Key Vault references.')
var appSettings = {
  AzureWebJobsStorage__blobServiceUri: hostStorage.outputs.blobEndpoint
  AzureWebJobsStorage__queueServiceUri: hostStorage.outputs.queueEndpoint
  AzureWebJobsStorage__tableServiceUri: hostStorage.outputs.tableEndpoint
  AzureWebJobsStorage__credential: 'managedidentity'
  AzureWebJobsStorage__clientId: identity.outputs.clientId
  DropStorage__blobServiceUri: dropStorage.outputs.blobEndpoint
  DropStorage__queueServiceUri: dropStorage.outputs.queueEndpoint
  DropStorage__credential: 'managedidentity'
  DropStorage__clientId: identity.outputs.clientId
  ReportStorage__tableServiceUri: reportStorage.outputs.tableEndpoint
  ReportStorage__credential: 'managedidentity'
  ReportStorage__clientId: identity.outputs.clientId
  RemindersSchedule: remindersSchedule
  ReconcileSchedule: reconcileSchedule
  StatusSchedule: statusSchedule
  Email__SendGridApiKey: '@Microsoft.KeyVault(SecretUri=${keyVault.outputs.vaultUri}secrets/${sendGridSecretName}/)'
  Email__FromAddress: emailFromAddress
  Events__fullyQualifiedNamespace: serviceBus.outputs.fullyQualifiedNamespace
  Events__credential: 'managedidentity'
  Events__clientId: identity.outputs.clientId
  Events__Topic: serviceBus.outputs.topicName
  APPLICATIONINSIGHTS_CONNECTION_STRING: monitoring.outputs.connectionString
  APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identity.outputs.clientId};Authorization=AAD'
}

resource rg 'Microsoft.Resources/resourceGroups@2025-04-01' = {
  name: '${abbrs.resourcesResourceGroups}${environmentName}'
  location: location
  tags: tags
}

resource dropUploaderRole 'Microsoft.Authorization/roleDefinitions@2022-04-01' = if (needsDropUploaderRole) {
  name: dropUploaderRoleId
  properties: {
    roleName: 'SPM drop uploader (${environmentName}, ${resourceToken})'
    description: 'Create or overwrite blobs, nothing else: no read, no delete, no container operations. Assigned on the drop container, per agency with a path condition.'
    type: 'CustomRole'
    permissions: [
      {
        actions: []
        notActions: []
        dataActions: uploadDataActions
        notDataActions: []
      }
    ]
    assignableScopes: [
      rg.id
    ]
  }
}

module identity 'modules/identity.bicep' = {
  scope: rg
  params: {
    name: '${abbrs.managedIdentityUserAssignedIdentities}${resourceToken}'
    location: location
    tags: tags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  scope: rg
  params: {
    logAnalyticsName: '${abbrs.operationalInsightsWorkspaces}${resourceToken}'
    applicationInsightsName: '${abbrs.insightsComponents}${resourceToken}'
    location: location
    tags: tags
    roleAssignments: [
      {
        principalId: identity.outputs.principalId
        principalType: 'ServicePrincipal'
        roleDefinitionId: roles.monitoringMetricsPublisher.id
        description: 'Functions app: send telemetry with Entra ID'
      }
    ]
  }
}

module keyVault 'modules/key-vault.bicep' = {
  scope: rg
  params: {
    name: '${abbrs.keyVaultVaults}${resourceToken}'
    location: location
    tags: tags
    publicNetworkAccess: publicNetworkAccess
    logAnalyticsWorkspaceResourceId: monitoring.outputs.logAnalyticsResourceId
    roleAssignments: concat(
      [
        {
          principalId: identity.outputs.principalId
          principalType: 'ServicePrincipal'
          roleDefinitionId: roles.keyVaultSecretsUser.id
          description: 'Functions app: resolve Key Vault references'
        }
      ],
      empty(principalId)
        ? []
        : [
            {
              principalId: principalId
              principalType: principalType
              roleDefinitionId: roles.keyVaultSecretsOfficer.id
              description: 'Deployer: set and rotate secrets'
            }
          ]
    )
  }
}

module sendGridSecret 'modules/key-vault-secret.bicep' = if (!empty(sendGridApiKey)) {
  scope: rg
  params: {
    vaultName: keyVault.outputs.name
    name: sendGridSecretName
    value: sendGridApiKey
    contentType: 'SendGrid API key (Mail Send only)'
    tags: tags
  }
}

module dropStorage 'modules/storage-account.bicep' = {
  scope: rg
  params: {
    name: '${abbrs.storageStorageAccounts}drop${resourceToken}'
    location: location
    tags: tags
    skuName: dropStorageSkuName
    allowSharedKeyAccess: false
    publicNetworkAccess: publicNetworkAccess
    // Versioning is account-wide; immutability is on archive only (container-level policy), so
    // drop stays purgeable: previous drop versions are deleted after a day, soft-deleted ones
    // after dropSoftDeleteDays, and an operator can purge at once (permanent delete).
    isVersioningEnabled: true
    blobDeleteRetentionDays: dropSoftDeleteDays
    allowPermanentDelete: true
    containerDeleteRetentionDays: 7
    // Each container the app uses gets its own assignment (no account-wide blob role); drop also
    // carries the agencies' folder-limited upload rights.
    containers: [
      for name in layout.drop.containers: {
        name: name
        immutabilityPeriodDays: name == archiveContainerName ? archiveRetentionDays : 0
        roleAssignments: concat(
          [
            {
              principalId: identity.outputs.principalId
              principalType: 'ServicePrincipal'
              roleDefinitionId: roles.storageBlobDataContributor.id
              description: 'Functions app: blobs in ${name}'
            }
          ],
          name == dropContainerName ? concat(agencyRoleAssignments, sasIssuerDropAssignments) : [],
          name == statusReportsContainerName && !empty(statusReportReadersGroupId)
            ? [
                {
                  principalId: statusReportReadersGroupId
                  principalType: 'Group'
                  roleDefinitionId: roles.storageBlobDataReader.id
                  description: 'Status report readers: the reports, nothing else on the account'
                }
              ]
            : []
        )
      }
    ]
    previousVersionCleanup: [
      {
        name: 'drop-previous-versions'
        prefix: '${dropContainerName}/'
        days: 1
      }
    ]
    roleAssignments: concat(
      [
        {
          principalId: identity.outputs.principalId
          principalType: 'ServicePrincipal'
          roleDefinitionId: roles.storageQueueDataContributor.id
          description: 'Functions app: the blob trigger\'s poison queue on the triggering account'
        }
      ],
      empty(sasIssuersGroupId)
        ? []
        : [
            {
              principalId: sasIssuersGroupId
              principalType: 'Group'
              roleDefinitionId: roles.storageBlobDelegator.id
              description: 'SAS issuers: get user delegation keys'
            }
          ]
    )
    logAnalyticsWorkspaceResourceId: monitoring.outputs.logAnalyticsResourceId
    // Who read, wrote or deleted an upload; the queue logs show the blob trigger's poison queue.
    diagnosticServices: [
      'blob'
      'queue'
    ]
    diagnosticLogCategories: [
      'StorageRead'
      'StorageWrite'
      'StorageDelete'
    ]
  }
  dependsOn: [
    dropUploaderRole
  ]
}

module hostStorage 'modules/storage-account.bicep' = {
  scope: rg
  params: {
    name: '${abbrs.storageStorageAccounts}host${resourceToken}'
    location: location
    tags: tags
    allowSharedKeyAccess: false
    publicNetworkAccess: publicNetworkAccess
    containers: concat(
      [
        {
          name: deploymentContainerName
        }
      ],
      map(layout.host.containers, name => { name: name })
    )
    queues: layout.host.queues
    tables: layout.host.tables
    // The host keeps its own state here (leases, keys, timers, diagnostic-event tables), so the
    // roles are on the account, as Functions documents for AzureWebJobsStorage.
    roleAssignments: [
      {
        principalId: identity.outputs.principalId
        principalType: 'ServicePrincipal'
        roleDefinitionId: roles.storageBlobDataOwner.id
        description: 'Functions app: host storage and the deployment package'
      }
      {
        principalId: identity.outputs.principalId
        principalType: 'ServicePrincipal'
        roleDefinitionId: roles.storageQueueDataContributor.id
        description: 'Functions app: pipeline queues'
      }
      {
        principalId: identity.outputs.principalId
        principalType: 'ServicePrincipal'
        roleDefinitionId: roles.storageTableDataContributor.id
        description: 'Functions app: operational tables'
      }
    ]
    logAnalyticsWorkspaceResourceId: monitoring.outputs.logAnalyticsResourceId
    diagnosticServices: [
      'blob'
      'queue'
      'table'
    ]
  }
}

module reportStorage 'modules/storage-account.bicep' = {
  scope: rg
  params: {
    name: '${abbrs.storageStorageAccounts}report${resourceToken}'
    location: location
    tags: tags
    allowSharedKeyAccess: reportAccountKeyFallback
    accountKeySecret: reportAccountKeyFallback
      ? {
          vaultName: keyVault.outputs.name
          secretName: reportKeySecretName
        }
      : null
    publicNetworkAccess: publicNetworkAccess
    containers: map(layout.report.containers, name => { name: name })
    queues: layout.report.queues
    tables: layout.report.tables
    roleAssignments: concat(
      [
        {
          principalId: identity.outputs.principalId
          principalType: 'ServicePrincipal'
          roleDefinitionId: roles.storageTableDataContributor.id
          description: 'Functions app: status, dimension and submission tables'
        }
      ],
      empty(powerBiReadersGroupId)
        ? []
        : [
            {
              principalId: powerBiReadersGroupId
              principalType: 'Group'
              roleDefinitionId: roles.storageTableDataReader.id
              description: 'Power BI readers'
            }
          ]
    )
    logAnalyticsWorkspaceResourceId: monitoring.outputs.logAnalyticsResourceId
    diagnosticServices: [
      'table'
    ]
    diagnosticLogCategories: [
      'StorageRead'
      'StorageWrite'
      'StorageDelete'
    ]
  }
}

module serviceBus 'modules/service-bus.bicep' = {
  scope: rg
  params: {
    name: '${abbrs.serviceBusNamespaces}${resourceToken}'
    location: location
    tags: tags
    topicName: eventsTopicName
    subscriptionNames: eventsSubscriptionNames
    topicRoleAssignments: [
      {
        principalId: identity.outputs.principalId
        principalType: 'ServicePrincipal'
        roleDefinitionId: roles.serviceBusDataSender.id
        description: 'Functions app: publish integration events'
      }
    ]
    logAnalyticsWorkspaceResourceId: monitoring.outputs.logAnalyticsResourceId
  }
}

module dropEvents 'modules/event-grid.bicep' = {
  scope: rg
  params: {
    name: '${abbrs.eventGridSystemTopics}drop-${resourceToken}'
    location: location
    tags: tags
    storageAccountResourceId: dropStorage.outputs.resourceId
  }
}

module network 'modules/network.bicep' = if (privateNetworking) {
  scope: rg
  params: {
    name: '${abbrs.networkVirtualNetworks}${resourceToken}'
    location: location
    tags: tags
  }
}

module endpoints 'modules/private-endpoint.bicep' = [
  for endpoint in privateEndpoints: {
    scope: rg
    params: {
      name: '${abbrs.networkPrivateEndpoints}${endpoint.target}-${endpoint.groupId}-${resourceToken}'
      location: location
      tags: tags
      subnetResourceId: network!.outputs.endpointSubnetResourceId
      targetResourceId: privateEndpointTargets[endpoint.target]
      groupId: endpoint.groupId
      privateDnsZoneResourceId: network!.outputs.dnsZoneResourceIds[endpoint.groupId]
    }
  }
]

module functionApp 'modules/function-app.bicep' = {
  scope: rg
  params: {
    name: functionAppName
    planName: '${abbrs.webServerFarms}${resourceToken}'
    location: location
    tags: tags
    serviceName: serviceName
    identityResourceId: identity.outputs.resourceId
    deploymentContainerUrl: '${hostStorage.outputs.blobEndpoint}${deploymentContainerName}'
    maximumInstanceCount: maximumInstanceCount
    appSettings: appSettings
    virtualNetworkSubnetResourceId: privateNetworking ? network!.outputs.appSubnetResourceId : ''
  }
}

@description('The ABAC condition (version 2.0) that limits blob writes to one folder of one container.')
func folderCondition(container string, folder string) string =>
  '((!(ActionMatches{\'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/write\'}) AND !(ActionMatches{\'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/add/action\'})) OR (@Resource[Microsoft.Storage/storageAccounts/blobServices/containers:name] StringEquals \'${container}\' AND @Resource[Microsoft.Storage/storageAccounts/blobServices/containers/blobs:path] StringStartsWith \'${folder}/\'))'

@description('The region (azd).')
output AZURE_LOCATION string = location

@description('The tenant (azd).')
output AZURE_TENANT_ID string = tenant().tenantId

@description('The resource group.')
output AZURE_RESOURCE_GROUP string = rg.name

@description('The Functions app (azd service "functions").')
output SERVICE_FUNCTIONS_NAME string = functionApp.outputs.name

@description('The Functions app, for the postdeploy hook.')
output AZURE_FUNCTION_APP_NAME string = functionApp.outputs.name

@description('The drop/archive storage account.')
output DROP_STORAGE_ACCOUNT_NAME string = dropStorage.outputs.name

@description('The container agencies upload to, which the Event Grid subscription filters on.')
output DROP_CONTAINER_NAME string = dropContainerName

@description('The drop account\'s Event Grid system topic, which the postdeploy hook subscribes the blob trigger to.')
output DROP_SYSTEM_TOPIC_NAME string = dropEvents.outputs.name

@description('The Functions host storage account.')
output HOST_STORAGE_ACCOUNT_NAME string = hostStorage.outputs.name

@description('The report storage account that Power BI reads.')
output REPORT_STORAGE_ACCOUNT_NAME string = reportStorage.outputs.name

@description('The table endpoint Power BI connects to.')
output REPORT_TABLE_ENDPOINT string = reportStorage.outputs.tableEndpoint

@description('The Key Vault.')
output KEY_VAULT_NAME string = keyVault.outputs.name

@description('The Key Vault secret the SendGrid key goes in.')
output SENDGRID_SECRET_NAME string = sendGridSecretName

@description('The Service Bus namespace.')
output SERVICE_BUS_NAMESPACE string = serviceBus.outputs.name

@description('The Application Insights component.')
output APPLICATIONINSIGHTS_NAME string = monitoring.outputs.name
