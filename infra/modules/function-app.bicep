metadata name = 'Functions app on Flex Consumption'
metadata description = 'A Flex Consumption (FC1) plan and a Linux Functions app on .NET isolated, running as a user-assigned identity, deploying from a blob container with that identity, with its app settings.'

@description('Required. The app name (also its host name), globally unique.')
param name string

@description('Required. The Flex Consumption plan name.')
param planName string

@description('Optional. The Azure region.')
param location string = resourceGroup().location

@description('Optional. Tags for the plan and the app.')
param tags resourceTags = {}

@description('Required. The azd service name in azure.yaml (the azd-service-name tag azd deploys by).')
param serviceName string

@description('Required. The user-assigned identity the app runs as, reads Key Vault references as and deploys with.')
param identityResourceId string

@description('Required. The URL of the blob container that holds the deployment package (on the host storage account).')
param deploymentContainerUrl string

@description('Optional. The worker runtime.')
param runtimeName string = 'dotnet-isolated'

@description('Optional. The runtime version.')
param runtimeVersion string = '10.0'

@description('Optional. The most instances the app scales out to.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('Optional. Memory per instance, in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('Required. The app settings, names to values; secrets only as Key Vault references.')
param appSettings appSettingsType

@description('Optional. The subnet (delegated to Microsoft.App/environments) for outbound traffic; empty for none.')
param virtualNetworkSubnetResourceId string = ''

@description('Tags: names to values.')
type resourceTags = {
  @description('A tag value.')
  *: string
}

@description('App settings: names to values.')
type appSettingsType = {
  @description('A setting value.')
  *: string
}

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2025-03-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': serviceName })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityResourceId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    publicNetworkAccess: 'Enabled'
    keyVaultReferenceIdentity: identityResourceId
    virtualNetworkSubnetId: empty(virtualNetworkSubnetResourceId) ? null : virtualNetworkSubnetResourceId
    siteConfig: {
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: deploymentContainerUrl
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityResourceId
          }
        }
      }
      runtime: {
        name: runtimeName
        version: runtimeVersion
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
      }
    }
  }

  resource settings 'config' = {
    name: 'appsettings'
    properties: appSettings
  }

  // Deployments use Entra (azd, az); publishing user names and passwords are off.
  resource ftpCredentials 'basicPublishingCredentialsPolicies' = {
    name: 'ftp'
    properties: {
      allow: false
    }
  }

  resource scmCredentials 'basicPublishingCredentialsPolicies' = {
    name: 'scm'
    properties: {
      allow: false
    }
  }
}

@description('The app name.')
output name string = site.name

@description('The app resource id.')
output resourceId string = site.id

@description('The app host name.')
output defaultHostName string = site.properties.defaultHostName

@description('The plan resource id.')
output planResourceId string = plan.id
