metadata name = 'Service Bus'
metadata description = 'A Standard Service Bus namespace with Entra-only access, one topic with duplicate detection and its subscriptions.'

import { roleAssignmentType } from 'types.bicep'

@description('Required. The namespace name: 6-50 letters, digits and hyphens, globally unique.')
@minLength(6)
@maxLength(50)
param name string

@description('Optional. The Azure region.')
param location string = resourceGroup().location

@description('Optional. Tags for the namespace.')
param tags resourceTags = {}

@description('Required. The topic the app publishes integration events to.')
param topicName string

@description('Optional. How long the topic remembers message ids to drop duplicates (ISO 8601).')
param duplicateDetectionWindow string = 'PT1H'

@description('Optional. The topic\'s subscriptions (no filter: each gets every event).')
param subscriptionNames string[] = []

@description('Optional. Role assignments on the topic (Azure Service Bus Data Sender for the app).')
param topicRoleAssignments roleAssignmentType[] = []

@description('Required. The Log Analytics workspace the diagnostic settings send to.')
param logAnalyticsWorkspaceResourceId string

@description('Tags: names to values.')
type resourceTags = {
  @description('A tag value.')
  *: string
}

resource namespace 'Microsoft.ServiceBus/namespaces@2026-01-01' = {
  name: name
  location: location
  tags: tags
  sku: {
    name: 'Standard'
    tier: 'Standard'
  }
  properties: {
    disableLocalAuth: true
    minimumTlsVersion: '1.2'
    publicNetworkAccess: 'Enabled'
  }

  resource topic 'topics' = {
    name: topicName
    properties: {
      requiresDuplicateDetection: true
      duplicateDetectionHistoryTimeWindow: duplicateDetectionWindow
      defaultMessageTimeToLive: 'P14D'
      enableBatchedOperations: true
      supportOrdering: false
    }

    resource subscriptions 'subscriptions' = [
      for subscriptionName in subscriptionNames: {
        name: subscriptionName
        properties: {
          maxDeliveryCount: 10
          lockDuration: 'PT1M'
          defaultMessageTimeToLive: 'P14D'
          deadLetteringOnMessageExpiration: true
        }
      }
    ]
  }
}

resource topicScopedRoleAssignments 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for assignment in topicRoleAssignments: {
    name: guid(namespace::topic.id, assignment.principalId, assignment.roleDefinitionId)
    scope: namespace::topic
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
  scope: namespace
  properties: {
    workspaceId: logAnalyticsWorkspaceResourceId
    logs: [
      {
        categoryGroup: 'allLogs'
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

@description('The namespace name.')
output name string = namespace.name

@description('The namespace resource id.')
output resourceId string = namespace.id

@description('The namespace host name (<name>.servicebus.windows.net), for Events__fullyQualifiedNamespace.')
output fullyQualifiedNamespace string = split(split(namespace.properties.serviceBusEndpoint, '/')[2], ':')[0]

@description('The topic name.')
output topicName string = namespace::topic.name
