metadata name = 'Shared types'
metadata description = 'Types the modules share: a role assignment and a diagnostic destination.'

@export()
@description('A role assignment on the resource a module creates, named guid(scope.id, principalId, roleDefinitionId).')
type roleAssignmentType = {
  @description('Required. The object id of the user, group or service principal.')
  principalId: string

  @description('Required. The role definition GUID: a built-in role from infra/roles.json, or a custom role of this subscription.')
  roleDefinitionId: string

  @description('Required. The kind of principal, so that a new principal does not fail on replication delay.')
  principalType: 'User' | 'Group' | 'ServicePrincipal'

  @description('Optional. An ABAC condition (condition version 2.0) that narrows the assignment.')
  condition: string?

  @description('Optional. What the assignment is for.')
  description: string?
}
