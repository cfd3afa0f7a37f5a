metadata name = 'Private network'
metadata description = 'A virtual network with a subnet for the Functions app\'s outbound traffic and one for private endpoints, and the private DNS zones of blob, queue, table and Key Vault linked to it.'

@description('Required. The virtual network name.')
param name string

@description('Optional. The Azure region.')
param location string = resourceGroup().location

@description('Optional. Tags for the network and its zones.')
param tags resourceTags = {}

@description('Optional. The address space.')
param addressPrefix string = '10.40.0.0/16'

@description('Optional. The subnet the Functions app sends outbound traffic through (delegated to Microsoft.App/environments).')
param appSubnetPrefix string = '10.40.1.0/24'

@description('Optional. The subnet of the private endpoints.')
param endpointSubnetPrefix string = '10.40.2.0/24'

@description('Tags: names to values.')
type resourceTags = {
  @description('A tag value.')
  *: string
}

@description('The private DNS zones, by the private-link sub-resource (group id) they serve.')
var zones = {
  blob: 'privatelink.blob.${environment().suffixes.storage}'
  queue: 'privatelink.queue.${environment().suffixes.storage}'
  table: 'privatelink.table.${environment().suffixes.storage}'
  // vault.azure.net -> privatelink.vaultcore.azure.net (and likewise in the sovereign clouds).
  vault: 'privatelink${replace(environment().suffixes.keyvaultDns, '.vault.', '.vaultcore.')}'
}

resource vnet 'Microsoft.Network/virtualNetworks@2026-03-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    addressSpace: {
      addressPrefixes: [
        addressPrefix
      ]
    }
    subnets: [
      {
        name: 'app'
        properties: {
          addressPrefix: appSubnetPrefix
          delegations: [
            {
              name: 'flex-consumption'
              properties: {
                serviceName: 'Microsoft.App/environments'
              }
            }
          ]
        }
      }
      {
        name: 'endpoints'
        properties: {
          addressPrefix: endpointSubnetPrefix
          privateEndpointNetworkPolicies: 'Disabled'
        }
      }
    ]
  }

  resource appSubnet 'subnets' existing = {
    name: 'app'
  }

  resource endpointSubnet 'subnets' existing = {
    name: 'endpoints'
  }
}

resource dnsZones 'Microsoft.Network/privateDnsZones@2024-06-01' = [
  for zone in items(zones): {
    name: zone.value
    location: 'global'
    tags: tags
  }
]

resource dnsZoneLinks 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2024-06-01' = [
  for (zone, i) in items(zones): {
    name: vnet.name
    parent: dnsZones[i]
    location: 'global'
    tags: tags
    properties: {
      registrationEnabled: false
      virtualNetwork: {
        id: vnet.id
      }
    }
  }
]

@description('The virtual network name.')
output name string = vnet.name

@description('The virtual network resource id.')
output resourceId string = vnet.id

@description('The subnet for the Functions app\'s outbound traffic.')
output appSubnetResourceId string = vnet::appSubnet.id

@description('The subnet for private endpoints.')
output endpointSubnetResourceId string = vnet::endpointSubnet.id

@description('The private DNS zone resource ids, by group id (blob, queue, table, vault).')
output dnsZoneResourceIds dnsZoneIdsType = {
  blob: dnsZones[0].id
  queue: dnsZones[1].id
  table: dnsZones[2].id
  vault: dnsZones[3].id
}

@description('Private DNS zone ids by group id.')
type dnsZoneIdsType = {
  @description('The blob zone.')
  blob: string

  @description('The queue zone.')
  queue: string

  @description('The table zone.')
  table: string

  @description('The Key Vault zone.')
  vault: string
}
