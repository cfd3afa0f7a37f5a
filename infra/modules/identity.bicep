metadata name = 'User-assigned managed identity'
metadata description = 'The identity the Functions app runs as; every role the app has is granted to it.'

@description('Required. The identity name.')
param name string

@description('Optional. The Azure region.')
param location string = resourceGroup().location

@description('Optional. Tags for the identity.')
param tags resourceTags = {}

@description('Tags: names to values.')
type resourceTags = {
  @description('A tag value.')
  *: string
}

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: name
  location: location
  tags: tags
}

@description('The identity name.')
output name string = identity.name

@description('The identity resource id.')
output resourceId string = identity.id

@description('The service principal object id, for role assignments.')
output principalId string = identity.properties.principalId

@description('The client id, for the app\'s __clientId settings.')
output clientId string = identity.properties.clientId
