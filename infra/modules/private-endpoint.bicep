metadata name = 'Private endpoint'
metadata description = 'A private endpoint for one sub-resource (blob, queue, table or vault) of a resource, registered in its private DNS zone.'

@description('Required. The endpoint name.')
param name string

@description('Optional. The Azure region (the virtual network\'s).')
param location string = resourceGroup().location

@description('Optional. Tags for the endpoint.')
param tags resourceTags = {}

@description('Required. The subnet the endpoint gets its address from.')
param subnetResourceId string

@description('Required. The resource the endpoint reaches.')
param targetResourceId string

@description('Required. The private-link sub-resource: blob, queue, table or vault.')
@allowed([
  'blob'
  'queue'
  'table'
  'vault'
])
param groupId string

@description('Required. The private DNS zone for that sub-resource.')
param privateDnsZoneResourceId string

@description('Tags: names to values.')
type resourceTags = {
  @description('A tag value.')
  *: string
}

resource endpoint 'Microsoft.Network/privateEndpoints@2026-03-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    subnet: {
      id: subnetResourceId
    }
    privateLinkServiceConnections: [
      {
        name: name
        properties: {
          privateLinkServiceId: targetResourceId
          groupIds: [
            groupId
          ]
        }
      }
    ]
  }

  resource dnsZoneGroup 'privateDnsZoneGroups' = {
    name: 'default'
    properties: {
      privateDnsZoneConfigs: [
        {
          name: groupId
          properties: {
            privateDnsZoneId: privateDnsZoneResourceId
          }
        }
      ]
    }
  }
}

@description('The endpoint name.')
output name string = endpoint.name

@description('The endpoint resource id.')
output resourceId string = endpoint.id
