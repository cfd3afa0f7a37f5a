metadata name = 'Monitoring'
metadata description = 'A Log Analytics workspace and a workspace-based Application Insights component that accepts Entra-authenticated telemetry only.'

import { roleAssignmentType } from 'types.bicep'

@description('Required. The Log Analytics workspace name.')
param logAnalyticsName string

@description('Required. The Application Insights component name.')
param applicationInsightsName string

@description('Optional. The Azure region.')
param location string = resourceGroup().location

@description('Optional. Tags for both resources.')
param tags resourceTags = {}

@description('Optional. Days the workspace keeps logs (31 are included in the ingestion price).')
@minValue(30)
@maxValue(730)
param retentionInDays int = 90

@description('Optional. Role assignments on the Application Insights component (Monitoring Metrics Publisher for the app).')
param roleAssignments roleAssignmentType[] = []

@description('Tags: names to values.')
type resourceTags = {
  @description('A tag value.')
  *: string
}

resource workspace 'Microsoft.OperationalInsights/workspaces@2026-03-01' = {
  name: logAnalyticsName
  location: location
  tags: tags
  properties: {
    retentionInDays: retentionInDays
    sku: {
      name: 'PerGB2018'
    }
    features: {
      disableLocalAuth: true
    }
  }
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: applicationInsightsName
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    IngestionMode: 'LogAnalytics'
    // Telemetry must come with an Entra token (APPLICATIONINSIGHTS_AUTHENTICATION_STRING):
    // the instrumentation key in the connection string alone cannot write.
    DisableLocalAuth: true
  }
}

resource componentRoleAssignments 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for assignment in roleAssignments: {
    name: guid(applicationInsights.id, assignment.principalId, assignment.roleDefinitionId)
    scope: applicationInsights
    properties: {
      principalId: assignment.principalId
      principalType: assignment.principalType
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', assignment.roleDefinitionId)
      description: assignment.?description
    }
  }
]

@description('The Application Insights component name.')
output name string = applicationInsights.name

@description('The Application Insights component resource id.')
output resourceId string = applicationInsights.id

@description('The Log Analytics workspace name.')
output logAnalyticsName string = workspace.name

@description('The Log Analytics workspace resource id, for diagnostic settings.')
output logAnalyticsResourceId string = workspace.id

@description('The Application Insights connection string: an endpoint and an instrumentation key that cannot write on its own (local auth is off).')
output connectionString string = applicationInsights.properties.ConnectionString
