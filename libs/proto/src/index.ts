export { loaderOptions, generatorFlags } from './loader-options';
export { protoRoot } from './proto-root';
export { loadProto, loadDefinition } from './load';
export * from './packages';
export type * as customersV1Types from './generated/crm/customers/v1/index';
export type * as analyticsV1Types from './generated/crm/analytics/v1/index';
export type * as identityV1Types from './generated/crm/identity/v1/index';
export type * as edgeV1Types from './generated/crm/edge/v1/index';
export { isIdFieldName, isUuid, textProblem } from './field-rules';
export { messageViolations } from './message-violations';
export {
  protoReflection,
  methodAccess,
  methodOption,
  fieldRules,
  holdsUuids,
  requestTypeOf,
  type MethodAccessOption,
  type FieldRulesOption,
  type HttpRuleOption,
} from './proto-reflection';
