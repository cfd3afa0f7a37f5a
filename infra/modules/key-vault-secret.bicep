metadata name = 'Key Vault secret'
metadata description = 'One secret in an existing vault; the value comes in as a secure parameter and never leaves in an output.'

@description('Required. The vault name (same resource group).')
param vaultName string

@description('Required. The secret name.')
param name string

@description('Required. The secret value.')
@secure()
param value string

@description('Optional. What the secret is, shown in the vault.')
param contentType string = ''

@description('Optional. Tags for the secret.')
param tags resourceTags = {}

@description('Tags: names to values.')
type resourceTags = {
  @description('A tag value.')
  *: string
}

resource vault 'Microsoft.KeyVault/vaults@2026-05-15' existing = {
  name: vaultName
}

resource secret 'Microsoft.KeyVault/vaults/secrets@2026-05-15' = {
  name: name
  parent: vault
  tags: tags
  properties: {
    value: value
    contentType: contentType
  }
}

@description('The secret name.')
output name string = secret.name

@description('The secret resource id.')
output resourceId string = secret.id
