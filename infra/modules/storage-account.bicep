metadata name = 'Storage account'
metadata description = 'A StorageV2 account locked down by default (Entra only, TLS 1.2, no public blobs, no cross-tenant copy) with its containers, queues, tables, role assignments and diagnostic settings.'

import { roleAssignmentType } from 'types.bicep'

@description('Required. The account name: 3-24 lowercase letters and digits, globally unique.')
@minLength(3)
@maxLength(24)
param name string

@description('Optional. The Azure region.')
param location string = resourceGroup().location

@description('Optional. Tags for every resource the module creates.')
param tags resourceTags = {}

@description('Optional. The replication SKU.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_GZRS'
  'Standard_RAGRS'
  'Standard_RAGZRS'
])
param skuName string = 'Standard_LRS'

@description('Optional. Allow account-key and account-SAS access. Off: Entra ID only. Only the report account\'s Power BI fallback turns it on.')
param allowSharedKeyAccess bool = false

@description('Optional. Public network access; Disabled when the account is reached through private endpoints only.')
@allowed([
  'Enabled'
  'Disabled'
])
param publicNetworkAccess string = 'Enabled'

@description('Optional. Account-level blob versioning: it applies to every container of the account.')
param isVersioningEnabled bool = false

@description('Optional. Days a deleted blob (or blob version) is kept as soft-deleted (blob soft delete is always on).')
@minValue(1)
@maxValue(365)
param blobDeleteRetentionDays int = 7

@description('Optional. Allow permanent deletion of soft-deleted blob versions and snapshots (Delete Blob with deletetype=permanent), for purges.')
param allowPermanentDelete bool = false

@description('Optional. Days a deleted container is kept as soft-deleted (container soft delete is always on).')
@minValue(1)
@maxValue(365)
param containerDeleteRetentionDays int = 7

@description('Optional. Blob containers to create, each with its optional immutability policy and role assignments.')
param containers containerType[] = []

@description('Optional. Queues to create.')
param queues string[] = []

@description('Optional. Tables to create.')
param tables string[] = []

@description('Optional. Role assignments on the account.')
param roleAssignments roleAssignmentType[] = []

@description('Optional. Lifecycle rules that delete previous blob versions under a prefix after some days.')
param previousVersionCleanup previousVersionCleanupType[] = []

@description('Required. The Log Analytics workspace the diagnostic settings send to.')
param logAnalyticsWorkspaceResourceId string

@description('Optional. The services whose resource logs are collected (account metrics are always collected).')
param diagnosticServices ('blob' | 'queue' | 'table')[] = []

@description('Optional. The resource-log categories collected for each service in diagnosticServices.')
param diagnosticLogCategories ('StorageRead' | 'StorageWrite' | 'StorageDelete')[] = [
  'StorageWrite'
  'StorageDelete'
]

@description('Optional. When set and shared keys are allowed, the account\'s first key is written to this Key Vault secret (never to an output).')
param accountKeySecret accountKeySecretType?

@description('Tags: names to values.')
type resourceTags = {
  @description('A tag value.')
  *: string
}

@export()
@description('A blob container.')
type containerType = {
  @description('Required. The container name.')
  name: string

  @description('Optional. Days of a time-based (container-level, unlocked) immutability policy; absent or 0 means none.')
  immutabilityPeriodDays: int?

  @description('Optional. Role assignments scoped to this container.')
  roleAssignments: roleAssignmentType[]?
}

@description('A lifecycle rule for previous blob versions.')
type previousVersionCleanupType = {
  @description('Required. The rule name.')
  name: string

  @description('Required. The blob prefix, starting with the container name (for example drop/).')
  prefix: string

  @description('Required. Days after a previous version was created before it is deleted.')
  days: int
}

@description('Where the account key goes.')
type accountKeySecretType = {
  @description('Required. The Key Vault name (same resource group).')
  vaultName: string

  @description('Required. The secret name.')
  secretName: string
}

@description('Every diagnostic log category the services support; the ones not collected are sent disabled.')
var allLogCategories = [
  'StorageRead'
  'StorageWrite'
  'StorageDelete'
]

@description('Role assignments on containers, flattened with the index of their container.')
var containerRoleAssignments = flatten(map(
  range(0, length(containers)),
  i => map(containers[i].?roleAssignments ?? [], assignment => { containerIndex: i, assignment: assignment })
))

resource storageAccount 'Microsoft.Storage/storageAccounts@2026-09-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: skuName
  }
  properties: {
    accessTier: 'Hot'
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    allowSharedKeyAccess: allowSharedKeyAccess
    defaultToOAuthAuthentication: true
    allowCrossTenantReplication: false
    allowedCopyScope: 'AAD'
    isLocalUserEnabled: false
    isSftpEnabled: false
    isHnsEnabled: false
    publicNetworkAccess: publicNetworkAccess
    networkAcls: {
      defaultAction: publicNetworkAccess == 'Enabled' ? 'Allow' : 'Deny'
      bypass: 'None'
    }
  }

  resource blobService 'blobServices' = {
    name: 'default'
    properties: {
      isVersioningEnabled: isVersioningEnabled
      deleteRetentionPolicy: {
        enabled: true
        days: blobDeleteRetentionDays
        allowPermanentDelete: allowPermanentDelete
      }
      containerDeleteRetentionPolicy: {
        enabled: true
        days: containerDeleteRetentionDays
      }
    }

    resource blobContainers 'containers' = [
      for container in containers: {
        name: container.name
        properties: {
          publicAccess: 'None'
        }
      }
    ]
  }

  resource queueService 'queueServices' = {
    name: 'default'

    resource storageQueues 'queues' = [
      for queue in queues: {
        name: queue
      }
    ]
  }

  resource tableService 'tableServices' = {
    name: 'default'

    resource storageTables 'tables' = [
      for table in tables: {
        name: table
      }
    ]
  }
}

resource immutabilityPolicies 'Microsoft.Storage/storageAccounts/blobServices/containers/immutabilityPolicies@2026-09-01' = [
  for (container, i) in containers: if ((container.?immutabilityPeriodDays ?? 0) > 0) {
    name: 'default'
    parent: storageAccount::blobService::blobContainers[i]
    properties: {
      immutabilityPeriodSinceCreationInDays: container.?immutabilityPeriodDays ?? 0
      allowProtectedAppendWrites: false
    }
  }
]

resource lifecycle 'Microsoft.Storage/storageAccounts/managementPolicies@2026-09-01' = if (!empty(previousVersionCleanup)) {
  name: 'default'
  parent: storageAccount
  properties: {
    policy: {
      rules: [
        for rule in previousVersionCleanup: {
          name: rule.name
          enabled: true
          type: 'Lifecycle'
          definition: {
            filters: {
              blobTypes: [
                'blockBlob'
              ]
              prefixMatch: [
                rule.prefix
              ]
            }
            actions: {
              version: {
                delete: {
                  daysAfterCreationGreaterThan: rule.days
                }
              }
            }
          }
        }
      ]
    }
  }
  dependsOn: [
    storageAccount::blobService
  ]
}

resource accountRoleAssignments 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for assignment in roleAssignments: {
    name: guid(storageAccount.id, assignment.principalId, assignment.roleDefinitionId)
    scope: storageAccount
    properties: {
      principalId: assignment.principalId
      principalType: assignment.principalType
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', assignment.roleDefinitionId)
      description: assignment.?description
      condition: assignment.?condition
      conditionVersion: empty(assignment.?condition) ? null : '2.0'
    }
  }
]

resource containerScopedRoleAssignments 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for item in containerRoleAssignments: {
    name: guid(
      storageAccount::blobService::blobContainers[item.containerIndex].id,
      item.assignment.principalId,
      item.assignment.roleDefinitionId
    )
    scope: storageAccount::blobService::blobContainers[item.containerIndex]
    properties: {
      principalId: item.assignment.principalId
      principalType: item.assignment.principalType
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', item.assignment.roleDefinitionId)
      description: item.assignment.?description
      condition: item.assignment.?condition
      conditionVersion: empty(item.assignment.?condition) ? null : '2.0'
    }
  }
]

#disable-next-line use-recent-api-versions // The newest diagnosticSettings API is this preview; the one stable version (2016-09-01) predates resource-scoped settings.
resource accountDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: storageAccount
  properties: {
    workspaceId: logAnalyticsWorkspaceResourceId
    metrics: [
      {
        category: 'Transaction'
        enabled: true
      }
    ]
  }
}

#disable-next-line use-recent-api-versions // See accountDiagnostics.
resource blobDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = if (contains(diagnosticServices, 'blob')) {
  name: 'to-log-analytics'
  scope: storageAccount::blobService
  properties: {
    workspaceId: logAnalyticsWorkspaceResourceId
    logs: [
      for category in allLogCategories: {
        category: category
        enabled: contains(diagnosticLogCategories, category)
      }
    ]
  }
}

#disable-next-line use-recent-api-versions // See accountDiagnostics.
resource queueDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = if (contains(diagnosticServices, 'queue')) {
  name: 'to-log-analytics'
  scope: storageAccount::queueService
  properties: {
    workspaceId: logAnalyticsWorkspaceResourceId
    logs: [
      for category in allLogCategories: {
        category: category
        enabled: contains(diagnosticLogCategories, category)
      }
    ]
  }
}

#disable-next-line use-recent-api-versions // See accountDiagnostics.
resource tableDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = if (contains(diagnosticServices, 'table')) {
  name: 'to-log-analytics'
  scope: storageAccount::tableService
  properties: {
    workspaceId: logAnalyticsWorkspaceResourceId
    logs: [
      for category in allLogCategories: {
        category: category
        enabled: contains(diagnosticLogCategories, category)
      }
    ]
  }
}

resource keyVault 'Microsoft.KeyVault/vaults@2026-05-15' existing = if (accountKeySecret != null && allowSharedKeyAccess) {
  name: accountKeySecret.?vaultName ?? 'unused'
}

resource accountKey 'Microsoft.KeyVault/vaults/secrets@2026-05-15' = if (accountKeySecret != null && allowSharedKeyAccess) {
  name: accountKeySecret.?secretName ?? 'unused'
  parent: keyVault
  tags: tags
  properties: {
    value: storageAccount.listKeys().keys[0].value
    contentType: 'Storage account key (${storageAccount.name}, key1); rotate as in docs/deploy.md'
  }
}

@description('The account name.')
output name string = storageAccount.name

@description('The account resource id.')
output resourceId string = storageAccount.id

@description('The blob service endpoint (https://<name>.blob.<suffix>/).')
output blobEndpoint string = storageAccount.properties.primaryEndpoints.blob

@description('The queue service endpoint.')
output queueEndpoint string = storageAccount.properties.primaryEndpoints.queue

@description('The table service endpoint.')
output tableEndpoint string = storageAccount.properties.primaryEndpoints.table
