import fs from 'node:fs';
import path from 'node:path';
import * as protobuf from 'protobufjs';
import descriptorJson from 'protobufjs/google/protobuf/descriptor.json';
import { isIdFieldName } from './field-rules';
import { protoRoot } from './proto-root';

// Every contract under proto/ as one protobufjs Root with its comments and options, for what needs
// more than proto-loader's definitions give: the REST declarations on the RPCs (google.api.http,
// crm.api.v1.access), field presence, and the comments the API reference is written from.

// google/protobuf/*.proto ship inside protobufjs (descriptor.proto as JSON); the rest is under proto/.
protobuf.common('descriptor', descriptorJson.nested.google.nested.protobuf.nested);

function protoFiles(dir: string, root: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return protoFiles(full, root);
      return entry.name.endsWith('.proto') ? [path.relative(root, full)] : [];
    })
    .sort();
}

let loaded: protobuf.Root | undefined;

/** The Root of every .proto under the proto root, resolved, loaded once per process. */
export function protoReflection(): protobuf.Root {
  loaded ??= loadReflectionRoot(protoRoot());
  return loaded;
}

/**
 * A Root of every .proto under `dir` (tests load fixture contracts this way), its imports resolved in
 * `dir` first, then in the repository's proto root (crm/api/v1, google/api). `withContracts`: every
 * contract of the proto root as well (fixtures beside the real API, whose hand-written routes name
 * real messages).
 */
export function loadReflectionRoot(dir: string, options: { withContracts?: boolean } = {}): protobuf.Root {
  const dirs = [...new Set([dir, protoRoot()])];
  const root = new protobuf.Root();
  root.resolvePath = (_origin, target) => {
    if (target in protobuf.common) return target;
    const found = dirs.map((d) => path.join(d, target)).find((file) => fs.existsSync(file));
    return found ?? path.join(dir, target);
  };
  // keepCase false: field names in lowerCamelCase, as proto-loader's objects have them.
  const files = [
    ...protoFiles(dir, dir),
    ...(options.withContracts && dir !== protoRoot() ? protoFiles(protoRoot(), protoRoot()) : []),
  ];
  root.loadSync([...new Set(files)], { keepCase: false, alternateCommentMode: true });
  root.resolveAll();
  return root;
}

/** The `crm.api.v1.access` option of an RPC (snake_case members, as written in the proto). */
export interface MethodAccessOption {
  permission?: string;
  rate_limit?: 'RATE_LIMIT_UNSPECIFIED' | 'RATE_LIMIT_LOGIN' | 'RATE_LIMIT_PUBLIC';
  success_status?: number;
  location?: string;
  tag?: string;
  before_password_change?: boolean;
  problems?: { status?: number; description?: string; member?: string; member_type?: string }[];
}

/** The `google.api.http` option of an RPC. */
export interface HttpRuleOption {
  get?: string;
  put?: string;
  post?: string;
  delete?: string;
  patch?: string;
  body?: string;
  response_body?: string;
  /** Not used by the transcoder (it refuses them): a custom verb, a second binding. */
  custom?: unknown;
  additional_bindings?: unknown;
}

/** One named option of an RPC, as protobufjs parsed it, or undefined. */
export function methodOption<T>(method: protobuf.Method, name: string): T | undefined {
  for (const option of method.parsedOptions ?? []) {
    const value = (option as Record<string, unknown>)[name];
    if (value !== undefined) return value as T;
  }
  return undefined;
}

/**
 * The access declaration of an RPC by its gRPC path (`/crm.identity.v1.AuthService/GetMe`) or by
 * service and method, or undefined when the RPC declares none.
 */
export function methodAccess(service: string, method: string): MethodAccessOption | undefined {
  const found = protoReflection().lookup(service);
  if (!(found instanceof protobuf.Service)) return undefined;
  const rpc = found.methods[method];
  return rpc ? methodOption<MethodAccessOption>(rpc, '(crm.api.v1.access)') : undefined;
}

/** The request message type of an RPC (by service and method), or undefined for an unknown RPC. */
export function requestTypeOf(service: string, method: string): protobuf.Type | undefined {
  const found = protoReflection().lookup(service);
  if (!(found instanceof protobuf.Service)) return undefined;
  const rpc = found.methods[method];
  if (!rpc) return undefined;
  rpc.resolve();
  return rpc.resolvedRequestType ?? undefined;
}

/** The `crm.api.v1.field` option of a field (snake_case members, as written in the proto). */
export interface FieldRulesOption {
  format?: 'FORMAT_UNSPECIFIED' | 'FORMAT_TEXT' | 'FORMAT_UUID' | 'FORMAT_DATE' | 'FORMAT_DATE_TIME';
  max_length?: number;
}

/** The field rules a field declares, or an empty object (the defaults apply). */
export function fieldRules(field: protobuf.Field): FieldRulesOption {
  // protobufjs types parsedOptions loosely; it is a list of one-key objects, as on methods.
  for (const option of (field.parsedOptions as unknown as Record<string, unknown>[] | undefined) ?? []) {
    const value = option['(crm.api.v1.field)'];
    if (value !== undefined) return value as FieldRulesOption;
  }
  return {};
}

/**
 * Whether a string field holds UUIDs: declared FORMAT_UUID, or named like an id (`id`, `…_id`,
 * `…_ids`) and not declared otherwise (FORMAT_TEXT for a name that only looks like an id).
 */
export function holdsUuids(field: protobuf.Field): boolean {
  if (field.type !== 'string') return false;
  const format = fieldRules(field).format;
  if (format === 'FORMAT_UUID') return true;
  return (format === undefined || format === 'FORMAT_UNSPECIFIED') && isIdFieldName(field.name);
}
