metadata name = 'Key Vault'
metadata description = 'A Key Vault in RBAC mode with purge protection, its role assignments and diagnostic settings.'

import { roleAssignmentType } from 'types.bicep'

@description('Required. The vault name: 3-24 letters, digits and hyphens, globally unique.')
@minLength(3)
@maxLength(24)
param name string

@description('Optional. The Azure region.')
param location string = resourceGroup().location

@description('Optional. Tags for the vault.')
param tags resourceTags = {}

@description('Optional. Days a deleted vault or secret stays recoverable (purge protection keeps it that long).')
@minValue(7)
@maxValue(90)
param softDeleteRetentionInDays int = 90

@description('Optional. Public network access; Disabled when the vault is reached through a private endpoint only.')
@allowed([
  'Enabled'
  'Disabled'
])
param publicNetworkAccess string = 'Enabled'

@description('Optional. Role assignments on the vault.')
param roleAssignments roleAssignmentType[] = []

@description('Required. The Log Analytics workspace the diagnostic settings send to.')
param logAnalyticsWorkspaceResourceId string

@description('Tags: names to values.')
type resourceTags = {
  @description('A tag value.')
  *: string
}

resource vault 'Microsoft.KeyVault/vaults@2026-05-15' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: softDeleteRetentionInDays
    enablePurgeProtection: true
    enabledForDeployment: false
    enabledForDiskEncryption: false
    enabledForTemplateDeployment: false
    publicNetworkAccess: publicNetworkAccess
    networkAcls: {
      defaultAction: publicNetworkAccess == 'Enabled' ? 'Allow' : 'Deny'
      bypass: 'None'
    }
  }
}

resource vaultRoleAssignments 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for assignment in roleAssignments: {
    name: guid(vault.id, assignment.principalId, assignment.roleDefinitionId)
    scope: vault
    properties: {
      principalId: assignment.principalId
      principalType: assignment.principalType
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', assignment.roleDefinitionId)
      description: assignment.?description
    }
  }
]

#disable-next-line use-recent-api-versions // The newest diagnosticSettings API is this preview; the one stable version (2016-09-01) predates resource-scoped settings.
resource diagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: vault
  properties: {
    workspaceId: logAnalyticsWorkspaceResourceId
    logs: [
      {
        categoryGroup: 'audit'
        enabled: true
      }
    ]
    metrics: [
      {
        category: 'AllMetrics'
        enabled: true
      }
    ]
  }
}

@description('The vault name.')
output name string = vault.name

@description('The vault resource id.')
output resourceId string = vault.id

@description('The vault URI (https://<name>.vault.<suffix>/), for Key Vault references.')
output vaultUri string = vault.properties.vaultUri
