import type * as grpc from '@grpc/grpc-js';
import type {
  CustomersServiceClient,
  CustomersServiceDefinition,
} from './generated/crm/customers/v1/CustomersService';
import type {
  CustomerCareServiceClient,
  CustomerCareServiceDefinition,
} from './generated/crm/customers/v1/CustomerCareService';
import type {
  CustomerDocumentsServiceClient,
  CustomerDocumentsServiceDefinition,
} from './generated/crm/customers/v1/CustomerDocumentsService';
import type {
  CustomerImportServiceClient,
  CustomerImportServiceDefinition,
} from './generated/crm/customers/v1/CustomerImportService';
import type {
  AnalyticsServiceClient,
  AnalyticsServiceDefinition,
} from './generated/crm/analytics/v1/AnalyticsService';
import type { AuditServiceClient, AuditServiceDefinition } from './generated/crm/identity/v1/AuditService';
import type { AuthServiceClient, AuthServiceDefinition } from './generated/crm/identity/v1/AuthService';
import type { BranchServiceClient, BranchServiceDefinition } from './generated/crm/identity/v1/BranchService';
import type {
  DepartmentServiceClient,
  DepartmentServiceDefinition,
} from './generated/crm/identity/v1/DepartmentService';
import type {
  EmployeeServiceClient,
  EmployeeServiceDefinition,
} from './generated/crm/identity/v1/EmployeeService';
import type { RoleServiceClient, RoleServiceDefinition } from './generated/crm/identity/v1/RoleService';
import type { SiteServiceClient, SiteServiceDefinition } from './generated/crm/identity/v1/SiteService';
import type { UserServiceClient, UserServiceDefinition } from './generated/crm/identity/v1/UserService';
import type {
  EdgeIngressServiceClient,
  EdgeIngressServiceDefinition,
} from './generated/crm/edge/v1/EdgeIngressService';
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
/** Churn and special care (customer_care.proto) and documents (customer_documents.proto) of customers. */
export const customerCareV1 = () =>
  pick<Pkg<'CustomerCareService', CustomerCareServiceClient, CustomerCareServiceDefinition>>(
    'crm/customers/v1/customer_care.proto',
    'crm.customers.v1',
  );
export const customerDocumentsV1 = () =>
  pick<Pkg<'CustomerDocumentsService', CustomerDocumentsServiceClient, CustomerDocumentsServiceDefinition>>(
    'crm/customers/v1/customer_documents.proto',
    'crm.customers.v1',
  );
/** Excel import and export of customers (customer_import.proto). */
export const customerImportV1 = () =>
  pick<Pkg<'CustomerImportService', CustomerImportServiceClient, CustomerImportServiceDefinition>>(
    'crm/customers/v1/customer_import.proto',
    'crm.customers.v1',
  );
export const analyticsV1 = () =>
  pick<Pkg<'AnalyticsService', AnalyticsServiceClient, AnalyticsServiceDefinition>>(
    'crm/analytics/v1/analytics.proto',
    'crm.analytics.v1',
  );
/** The identity service's contract files (one per gRPC service), e.g. for server reflection. */
export const identityV1Files = [
  'crm/identity/v1/auth.proto',
  'crm/identity/v1/users.proto',
  'crm/identity/v1/roles.proto',
  'crm/identity/v1/branches.proto',
  'crm/identity/v1/departments.proto',
  'crm/identity/v1/employees.proto',
  'crm/identity/v1/sites.proto',
  'crm/identity/v1/audit.proto',
] as const;
const identity = <K extends string, C extends grpc.Client, D>(file: string, name: K) =>
  pick<Pkg<K, C, D>>(file, 'crm.identity.v1')[name];
export const identityV1 = () => ({
  AuthService: identity<'AuthService', AuthServiceClient, AuthServiceDefinition>(
    'crm/identity/v1/auth.proto',
    'AuthService',
  ),
  UserService: identity<'UserService', UserServiceClient, UserServiceDefinition>(
    'crm/identity/v1/users.proto',
    'UserService',
  ),
  RoleService: identity<'RoleService', RoleServiceClient, RoleServiceDefinition>(
    'crm/identity/v1/roles.proto',
    'RoleService',
  ),
  BranchService: identity<'BranchService', BranchServiceClient, BranchServiceDefinition>(
    'crm/identity/v1/branches.proto',
    'BranchService',
  ),
  DepartmentService: identity<'DepartmentService', DepartmentServiceClient, DepartmentServiceDefinition>(
    'crm/identity/v1/departments.proto',
    'DepartmentService',
  ),
  EmployeeService: identity<'EmployeeService', EmployeeServiceClient, EmployeeServiceDefinition>(
    'crm/identity/v1/employees.proto',
    'EmployeeService',
  ),
  SiteService: identity<'SiteService', SiteServiceClient, SiteServiceDefinition>(
    'crm/identity/v1/sites.proto',
    'SiteService',
  ),
  AuditService: identity<'AuditService', AuditServiceClient, AuditServiceDefinition>(
    'crm/identity/v1/audit.proto',
    'AuditService',
  ),
});
/** The site edge agents' ingress (agent → gateway event stream with acks). */
export const edgeV1 = () =>
  pick<Pkg<'EdgeIngressService', EdgeIngressServiceClient, EdgeIngressServiceDefinition>>(
    'crm/edge/v1/edge.proto',
    'crm.edge.v1',
  );
export const healthV1 = () =>
  pick<Pkg<'Health', HealthClient, HealthDefinition>>('grpc/health/v1/health.proto', 'grpc.health.v1');
