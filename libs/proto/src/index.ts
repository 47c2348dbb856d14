export { loaderOptions, generatorFlags } from './loader-options';
export { protoRoot } from './proto-root';
export { loadProto, loadDefinition } from './load';
export { protoService, type ProtoService, type ServiceConstructor } from './proto-service';
// The accessor of each proto package's services (customersV1(), identityV1(), …) and its types.
export * from './generated/services';
export { isIdFieldName, isUuid, textProblem } from './field-rules';
export { messageViolations } from './message-violations';
export { toStruct, fromStruct, toValue, fromValue } from './struct-values';
export {
  protoReflection,
  loadReflectionRoot,
  methodAccess,
  methodOption,
  fieldRules,
  holdsUuids,
  requestTypeOf,
  type MethodAccessOption,
  type FieldRulesOption,
  type HttpRuleOption,
} from './proto-reflection';
