import type * as grpc from '@grpc/grpc-js';
import { loadProto } from './load';

/** A generated client class: `new Client(address, credentials)`; `service` is its method definitions. */
export type ServiceConstructor<Client extends grpc.Client, Definition> = {
  new (...args: ConstructorParameters<typeof grpc.Client>): Client;
  service: Definition;
};

/**
 * One gRPC service of a contract under proto/, as the generated accessors (generated/services.ts)
 * give it: its full name and file, so no server, client, health check or retry policy spells them.
 */
export interface ProtoService<
  Client extends grpc.Client = grpc.Client,
  Definition extends grpc.ServiceDefinition = grpc.ServiceDefinition,
  Handlers = grpc.UntypedServiceImplementation,
> {
  /** The full name, `crm.customers.v1.CustomersService`. */
  readonly name: string;
  /** The .proto file that declares it, relative to the proto root. */
  readonly file: string;
  /** The client class. */
  readonly Client: ServiceConstructor<Client, Definition>;
  /** Its methods, what a server adds. */
  readonly definition: Definition;
  /** Type only (never set): what implements it, so a server can check an implementation against it. */
  readonly handlers?: Handlers;
}

const loaded = new Map<string, ProtoService>();

/** The service `name` of `file`, loaded once per process (the generated accessors call this). */
export function protoService<Client extends grpc.Client, Definition extends grpc.ServiceDefinition, Handlers>(
  name: string,
  file: string,
): ProtoService<Client, Definition, Handlers> {
  let service = loaded.get(name);
  if (!service) {
    let node: unknown = loadProto(file);
    for (const part of name.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
    if (typeof node !== 'function') throw new Error(`${file} declares no service ${name}`);
    const Client = node as ServiceConstructor<grpc.Client, grpc.ServiceDefinition>;
    service = { name, file, Client, definition: Client.service };
    loaded.set(name, service);
  }
  return service as unknown as ProtoService<Client, Definition, Handlers>;
}
