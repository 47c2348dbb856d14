export {
  declaredAccess,
  loadRestCatalogue,
  restCatalogue,
  splitComment,
  RestDeclarationError,
  type HttpMethod,
  type RestAccess,
  type RestCatalogue,
  type RestOperation,
  type RestProblem,
  type RestRateLimit,
} from './rest-catalogue';
export { RestCodecs, WIRE_OBJECT_OPTIONS, type WireCodec } from './rest-codecs';
export type { OperationCodec, RequestParts, RestAnswer } from './operation-codec';
export {
  parseExpressPath,
  parseHttpPath,
  samePaths,
  bySpecificity,
  type PathTemplate,
  type PathSegment,
} from './path-template';
export type { FieldShape, MessageShape, EnumShape, ValueShape } from './message-shapes';
export { OpenApiBuilder, PROBLEM_SCHEMA, type JsonSchema, type SchemaIo } from './openapi-builder';
export { apiReference, typeText } from './api-reference';
