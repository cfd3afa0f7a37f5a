metadata name = 'Event Grid system topic'
metadata description = 'The system topic of a storage account. Its subscription to the blob trigger needs the deployed code (the blobs_extension key) and is made by the postdeploy hook.'

@description('Required. The system topic name.')
param name string

@description('Optional. The Azure region: the storage account\'s.')
param location string = resourceGroup().location

@description('Optional. Tags for the topic.')
param tags resourceTags = {}

@description('Required. The storage account whose events the topic carries.')
param storageAccountResourceId string

@description('Tags: names to values.')
type resourceTags = {
  @description('A tag value.')
  *: string
}

resource systemTopic 'Microsoft.EventGrid/systemTopics@2025-02-15' = {
  name: name
  location: location
  tags: tags
  properties: {
    source: storageAccountResourceId
    topicType: 'Microsoft.Storage.StorageAccounts'
  }
}

@description('The system topic name.')
output name string = systemTopic.name

@description('The system topic resource id.')
output resourceId string = systemTopic.id
