import * as protobuf from 'protobufjs';
import { methodOption, protoReflection, type HttpRuleOption, type MethodAccessOption } from '@crm/proto';
import { camelCase, type FieldShape } from './message-shapes';
import { compileOperationCodec, parseLocation, type OperationCodec } from './operation-codec';
import { parseHttpPath, samePaths, type PathTemplate } from './path-template';
import { RestCodecs } from './rest-codecs';

// The REST operations declared on the RPCs (google.api.http + crm.api.v1.access), read from the
// reflection Root once, checked, and compiled into codecs. A declaration that cannot work fails the
// load naming the RPC, so a gateway never starts with half an API.

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';
/** The gateway's rate-limit classes: per user (api), strict per address (login), per address (public). */
export type RestRateLimit = 'api' | 'login' | 'public';

export interface RestProblem {
  status: number;
  description: string;
  /** The problem member a service fills from its error's details, and the message type it holds. */
  member: string | undefined;
  memberType: string | undefined;
}

export interface RestAccess {
  /** A permission key, `authenticated` or `public`. */
  permission: string;
  rateLimit: RestRateLimit;
  /** The status of success: 201, 204 (an answer without fields) or 200. */
  successStatus: number;
  /** With 201: the Location template, `{member.path}` of the REST answer. */
  location: string | undefined;
  tag: string;
  beforePasswordChange: boolean;
  problems: RestProblem[];
}

export interface RestOperation {
  /** `crm.customers.v1.CustomersService/GetCustomer`, how errors name it. */
  rpc: string;
  /** Full name of the gRPC service. */
  service: string;
  method: string;
  /** The gRPC path, `/crm.customers.v1.CustomersService/GetCustomer`. */
  grpcPath: string;
  /** The service that answers: `customers` for package crm.customers.v1. */
  target: string;
  httpMethod: HttpMethod;
  path: PathTemplate;
  /** '' (no body), '*' (every field but the path's), or the lowerCamelCase name of the body field. */
  body: string;
  /** '' (the whole response), or the lowerCamelCase name of the field answered alone. */
  responseBody: string;
  access: RestAccess;
  /** The RPC comment's first sentence, and the rest. */
  summary: string;
  description: string | undefined;
  requestType: protobuf.Type;
  responseType: protobuf.Type;
  /** Safe to retry (GET). */
  idempotent: boolean;
  codec: OperationCodec;
}

/** Declarations that cannot work; every problem names its RPC. */
export class RestDeclarationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid REST declarations in proto/:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'RestDeclarationError';
  }
}

export interface RestCatalogue {
  operations: RestOperation[];
  codecs: RestCodecs;
  /** The services with REST operations (`customers`, `identity`), sorted. */
  targets: string[];
}

const METHODS: HttpMethod[] = ['get', 'post', 'put', 'patch', 'delete'];
const PERMISSION = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/;
const TARGET_PACKAGE = /^crm\.([a-z][a-z0-9_]*)\.v\d+$/;
const RATE_LIMITS: Record<string, RestRateLimit> = {
  RATE_LIMIT_UNSPECIFIED: 'api',
  RATE_LIMIT_LOGIN: 'login',
  RATE_LIMIT_PUBLIC: 'public',
};

function services(namespace: protobuf.NamespaceBase): protobuf.Service[] {
  return namespace.nestedArray.flatMap((nested) =>
    nested instanceof protobuf.Service
      ? [nested]
      : nested instanceof protobuf.Namespace || nested instanceof protobuf.Type
        ? services(nested)
        : [],
  );
}

const kebab = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();

/** `Get a customer. A deleted one has deletedAt set.` → summary and description. */
export function splitComment(comment: string | null | undefined): { summary: string; description?: string } {
  const text = (comment ?? '').trim();
  const end = /[.!?](\s|$)|[。！？]/.exec(text);
  if (!end) return { summary: text };
  const summary = text.slice(0, end.index);
  const description = text.slice(end.index + 1).trim();
  return description ? { summary, description } : { summary };
}

/** Why an answer has no scalar member at `path` (`['customer', 'id']`), or undefined when it has. */
function memberAt(codecs: RestCodecs, type: protobuf.Type, path: string[]): string | undefined {
  let current: protobuf.Type | undefined = type;
  for (const [i, part] of path.entries()) {
    const field: FieldShape | undefined = current
      ? codecs.shapes.message(current).fields.find((f) => f.name === part)
      : undefined;
    if (!field || field.repeated) return `{${path.join('.')}}: ${part} is not a single member of the answer`;
    if (i === path.length - 1)
      return field.value.kind === 'scalar' ? undefined : `{${path.join('.')}} is not a scalar member`;
    current = field.value.kind === 'message' ? field.value.type : undefined;
  }
  return undefined;
}

function readOperation(
  codecs: RestCodecs,
  service: protobuf.Service,
  method: protobuf.Method,
  problems: string[],
): RestOperation | undefined {
  const serviceName = service.fullName.replace(/^\./, '');
  const rpc = `${serviceName}/${method.name}`;
  const fail = (message: string) => void problems.push(`${rpc}: ${message}`);
  const http = methodOption<HttpRuleOption>(method, '(google.api.http)');
  const access = methodOption<MethodAccessOption>(method, '(crm.api.v1.access)');
  // Without a binding the RPC is not on REST; its access (permission, before_password_change) still
  // holds for the services' own checks, and a hand-written route may stand for it.
  if (!http) return undefined;
  if (method.requestStream || method.responseStream)
    return fail('a streaming RPC cannot be a REST operation');
  if (http.custom !== undefined || http.additional_bindings !== undefined)
    return fail('google.api.http: custom and additional_bindings are not supported (declare one binding)');
  const verbs = METHODS.filter((m) => typeof http[m] === 'string');
  if (verbs.length !== 1) return fail(`google.api.http needs exactly one of ${METHODS.join(', ')}`);
  const httpMethod = verbs[0]!;
  let path: PathTemplate;
  try {
    path = parseHttpPath(http[httpMethod]!);
  } catch (err) {
    return fail((err as Error).message);
  }
  const pkg = serviceName.split('.').slice(0, -1).join('.');
  const target = TARGET_PACKAGE.exec(pkg)?.[1];
  if (!target) return fail(`package ${pkg} is not crm.<service>.v<n>: no service answers it`);

  const requestType = method.resolvedRequestType!;
  const responseType = method.resolvedResponseType!;
  const request = codecs.shapes.message(requestType);
  const response = codecs.shapes.message(responseType);
  const requestField = (name: string) => request.fields.find((f) => f.name === name);
  const before = problems.length;

  for (const [i, variable] of path.variables.entries()) {
    const field = requestField(variable);
    if (!field) fail(`path variable {${variable}} names no field of ${requestType.name}`);
    else if (field.repeated || (field.value.kind !== 'scalar' && field.value.kind !== 'enum'))
      fail(`path variable {${variable}} must name a single scalar field`);
    if (path.variables.indexOf(variable) !== i) fail(`path variable {${variable}} appears twice`);
  }
  const rawBody = http.body ?? '';
  const body = rawBody === '' || rawBody === '*' ? rawBody : camelCase(rawBody);
  if (body && (httpMethod === 'get' || httpMethod === 'delete'))
    fail(`${httpMethod.toUpperCase()} has no body (body: "${rawBody}")`);
  if (body && body !== '*') {
    if (!requestField(body)) fail(`body "${rawBody}" names no field of ${requestType.name}`);
    else if (path.variables.includes(body)) fail(`body "${rawBody}" is a path variable`);
  }
  const responseBody = http.response_body ? camelCase(http.response_body) : '';
  const answered = responseBody ? response.fields.find((f) => f.name === responseBody) : undefined;
  if (responseBody && !answered)
    fail(`response_body "${http.response_body}" names no field of ${responseType.name}`);

  const permission = access?.permission ?? '';
  if (!access) fail('declares no crm.api.v1.access (its permission)');
  else if (!permission) fail('crm.api.v1.access has no permission');
  else if (permission !== 'public' && permission !== 'authenticated' && !PERMISSION.test(permission))
    fail(`permission "${permission}" is not public, authenticated or a key like customers.read`);
  const rateLimit = RATE_LIMITS[access?.rate_limit ?? 'RATE_LIMIT_UNSPECIFIED'] ?? 'api';

  const answerHasNoFields = responseBody
    ? answered?.value.kind === 'message' && answered.value.type.fieldsArray.length === 0
    : responseType.fieldsArray.length === 0;
  const declared = access?.success_status ?? 0;
  if (declared && ![200, 201, 202, 204].includes(declared))
    fail(`success_status ${declared} is not 200, 201, 202 or 204`);
  const successStatus = declared || (answerHasNoFields ? 204 : 200);
  const location = access?.location || undefined;
  if (location && successStatus !== 201) fail('location is only for success_status 201');
  if (successStatus === 201 && !location) fail('success_status 201 needs a location');
  if (location) {
    try {
      const answerType = answered?.value.kind === 'message' ? answered.value.type : responseType;
      for (const segment of parseLocation(location))
        if ('member' in segment) {
          const reason = memberAt(codecs, answerType, segment.member);
          if (reason) fail(`location ${location}: ${reason}`);
        }
    } catch (err) {
      fail((err as Error).message);
    }
  }
  const problemDocs = ([] as NonNullable<MethodAccessOption['problems']>).concat(access?.problems ?? []);
  const documented: RestProblem[] = problemDocs.map((p) => {
    const status = p.status ?? 0;
    if (status < 400 || status > 599) fail(`problem status ${status} is not 4xx or 5xx`);
    if (Boolean(p.member) !== Boolean(p.member_type))
      fail('a problem names both its member and member_type, or neither');
    if (p.member_type && !(codecs.root.lookup(p.member_type) instanceof protobuf.Type))
      fail(`problem member_type ${p.member_type} is not a message type`);
    return {
      status,
      description: p.description ?? '',
      member: p.member || undefined,
      memberType: p.member_type || undefined,
    };
  });
  if (problems.length > before) return undefined;

  const { summary, description } = splitComment(method.comment);
  if (!summary) fail('has no comment: its first sentence is the operation summary');
  const operation: Omit<RestOperation, 'codec'> = {
    rpc,
    service: serviceName,
    method: method.name,
    grpcPath: `/${rpc}`,
    target,
    httpMethod,
    path,
    body,
    responseBody,
    access: {
      permission,
      rateLimit,
      successStatus,
      location,
      tag: access?.tag || kebab(service.name.replace(/Service$/, '')),
      beforePasswordChange: access?.before_password_change ?? false,
      problems: documented,
    },
    summary,
    description,
    requestType,
    responseType,
    idempotent: httpMethod === 'get',
  };
  try {
    return { ...operation, codec: compileOperationCodec(codecs, operation) };
  } catch (err) {
    return fail((err as Error).message);
  }
}

/** Reads and checks every REST declaration of a Root; throws RestDeclarationError listing each problem. */
export function loadRestCatalogue(root: protobuf.Root): RestCatalogue {
  const codecs = new RestCodecs(root);
  const problems: string[] = [];
  const operations: RestOperation[] = [];
  for (const service of services(root))
    for (const method of Object.values(service.methods)) {
      const operation = readOperation(codecs, service, method, problems);
      if (operation) operations.push(operation);
    }
  for (const [i, a] of operations.entries())
    for (const b of operations.slice(i + 1))
      if (a.httpMethod === b.httpMethod && samePaths(a.path, b.path))
        problems.push(
          `${b.rpc}: ${b.httpMethod.toUpperCase()} ${b.path.template} is also ${a.rpc}'s (${a.path.template})`,
        );
  if (problems.length > 0) throw new RestDeclarationError(problems);
  return { operations, codecs, targets: [...new Set(operations.map((o) => o.target))].sort() };
}

/**
 * What an RPC without an HTTP binding declares about who may call it (a hand-written route that stands
 * for it takes its admission from here, so proto says it once): its permission, rate-limit class and
 * whether a session that must change its password may call it. Throws naming the RPC when it declares
 * no permission.
 */
export function declaredAccess(
  rpc: string,
  root: protobuf.Root = protoReflection(),
): { permission: string; rateLimit: RestRateLimit; beforePasswordChange: boolean } {
  const [serviceName = '', methodName = ''] = rpc.split('/');
  const service = root.lookup(serviceName);
  const method = service instanceof protobuf.Service ? service.methods[methodName] : undefined;
  const access = method ? methodOption<MethodAccessOption>(method, '(crm.api.v1.access)') : undefined;
  if (!access?.permission) throw new Error(`${rpc} declares no crm.api.v1.access permission`);
  return {
    permission: access.permission,
    rateLimit: RATE_LIMITS[access.rate_limit ?? 'RATE_LIMIT_UNSPECIFIED'] ?? 'api',
    beforePasswordChange: access.before_password_change === true,
  };
}

let catalogue: RestCatalogue | undefined;

/** The catalogue of every contract under proto/, loaded once per process. */
export function restCatalogue(): RestCatalogue {
  catalogue ??= loadRestCatalogue(protoReflection());
  return catalogue;
}
