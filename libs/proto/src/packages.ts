import type * as grpc from '@grpc/grpc-js';
import type {
  CustomersServiceClient,
  CustomersServiceDefinition,
} from './generated/crm/customers/v1/CustomersService';
import type {
  AnalyticsServiceClient,
  AnalyticsServiceDefinition,
} from './generated/crm/analytics/v1/AnalyticsService';
import type { HealthClient, HealthDefinition } from './generated/grpc/health/v1/Health';
import { loadProto } from './load';

/** A generated client class: `new Ctor(address, credentials)` plus its service definition for servers. */
export type ServiceConstructor<Client extends grpc.Client, Definition> = {
  new (...args: ConstructorParameters<typeof grpc.Client>): Client;
  service: Definition;
  serviceName: string;
};

type Pkg<K extends string, C extends grpc.Client, D> = Record<K, ServiceConstructor<C, D>>;
type Tree = Record<string, unknown>;

function pick<T>(file: string, pkg: string): T {
  let node = loadProto<Tree>(file) as unknown;
  for (const part of pkg.split('.')) node = (node as Tree)[part];
  return node as T;
}

// One accessor per contract, so that no service spells a .proto path or casts on its own.
export const customersV1 = () =>
  pick<Pkg<'CustomersService', CustomersServiceClient, CustomersServiceDefinition>>(
    'crm/customers/v1/customers.proto',
    'crm.customers.v1',
  );
export const analyticsV1 = () =>
  pick<Pkg<'AnalyticsService', AnalyticsServiceClient, AnalyticsServiceDefinition>>(
    'crm/analytics/v1/analytics.proto',
    'crm.analytics.v1',
  );
export const healthV1 = () =>
  pick<Pkg<'Health', HealthClient, HealthDefinition>>('grpc/health/v1/health.proto', 'grpc.health.v1');
