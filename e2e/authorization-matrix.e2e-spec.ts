/**
 * The authorisation matrix (issue 3): every built-in role against every REST operation the gateway
 * publishes in its OpenAPI document, and against the services' gRPC methods directly (bypassing the
 * gateway), on the system started as `npm start` starts it, with tokens issued by the real identity
 * service. Plus the cross-branch, own-scope and self-escalation cases, and a system administrator
 * who has not changed the first password yet (issue 10): refused everything but the own profile, the
 * change and logging out, by the gateway and by every service.
 */
import * as grpc from '@grpc/grpc-js';
import { AUTHORIZATION_KEY } from '@crm/auth';
import { analyticsV1, customersV1, identityV1 } from '@crm/proto';
import { login, signInForWork, startSystemUnderTest } from './support/system-under-test';
import { testPassword } from '@crm/testing';

const roles = [
  'system_admin',
  'executive',
  'sales_supervisor',
  'account_manager',
  'service_staff',
  'driver',
] as const;
type RoleKey = (typeof roles)[number];
const PASSWORD = testPassword();
const FAKE_ID = '6a1c2a0e-0000-4000-8000-000000000000';

let system: Awaited<ReturnType<typeof startSystemUnderTest>>;
let adminToken = '';
const tokens = {} as Record<RoleKey, string>;
/** A system administrator's first session: the password is not changed yet. */
let pendingToken = '';
/** The operations such a session may call (proto's before_password_change, the gateway's own routes). */
const BEFORE_PASSWORD_CHANGE = new Set([
  'GET /api/v1/auth/me',
  'POST /api/v1/auth/change-password',
  'POST /api/v1/auth/logout',
]);
const permissions = {} as Record<RoleKey, string[]>;
let branchA = '';
let branchB = '';

async function api(token: string, method: string, path: string, body?: unknown) {
  const res = await fetch(`${system.httpUrl}${path}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  // Downloads (xlsx, documents) answer bytes: only JSON answers are parsed.
  const json = /json/.test(res.headers.get('content-type') ?? '');
  const text = json ? await res.text() : (await res.arrayBuffer(), '');
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return { status: res.status, body: text ? (JSON.parse(text) as any) : undefined };
}

async function createUser(username: string, branchId: string, roleIds: string[]): Promise<string> {
  const res = await api(adminToken, 'POST', '/api/v1/users', {
    username,
    displayName: username,
    password: PASSWORD,
    branchId,
    roleIds,
  });
  if (res.status !== 201)
    throw new Error(`cannot create ${username}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id;
}

const allows = (role: RoleKey, permission: string) =>
  permissions[role].includes('*') || permissions[role].includes(permission);

beforeAll(async () => {
  system = await startSystemUnderTest({ RATE_LIMIT_LOGIN_PER_MINUTE: '1000' });
  adminToken = await signInForWork(system.httpUrl, 'admin', system.adminPassword);
  const branches = await api(adminToken, 'GET', '/api/v1/branches');
  branchA = branches.body.items.find((b: { code: string }) => b.code === 'HQ').id;
  branchB = (await api(adminToken, 'POST', '/api/v1/branches', { code: 'B2', name: '二分公司' })).body.id;
  const roleList = (await api(adminToken, 'GET', '/api/v1/roles')).body.items as {
    id: string;
    key: string;
    permissions: string[];
  }[];
  for (const role of roles) {
    const r = roleList.find((x) => x.key === role)!;
    permissions[role] = r.permissions;
    await createUser(`m_${role}`, branchA, [r.id]);
    tokens[role] = await signInForWork(system.httpUrl, `m_${role}`, PASSWORD);
  }
  const adminRole = roleList.find((x) => x.key === 'system_admin')!;
  await createUser('m_pending', branchA, [adminRole.id]);
  pendingToken = await login(system.httpUrl, 'm_pending', PASSWORD);
}, 120_000);

afterAll(async () => {
  await system?.dispose();
}, 30_000);

describe('authorisation matrix', () => {
  it('every role against every REST operation: allowed exactly when the role holds the permission', async () => {
    const doc = (await (await fetch(`${system.httpUrl}/api/v1/openapi.json`)).json()) as {
      paths: Record<string, Record<string, { security?: unknown[]; 'x-permission'?: string }>>;
    };
    const failures: string[] = [];
    let cells = 0;
    for (const [path, operations] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(operations)) {
        if (Array.isArray(op.security) && op.security.length === 0) continue; // public: login, refresh
        // The role users work in branch A: a branch parameter names it, so only the permission decides.
        const url = path.replace('{branchId}', branchA).replace(/\{\w+\}/g, FAKE_ID);
        const body = ['post', 'put', 'patch'].includes(method) ? {} : undefined;
        for (const role of roles) {
          cells += 1;
          const { status } = await api(tokens[role], method.toUpperCase(), url, body);
          const permission = op['x-permission'];
          const expectAllowed = permission === undefined || allows(role, permission);
          const allowed = status !== 401 && status !== 403;
          if (allowed !== expectAllowed)
            failures.push(
              `${role} ${method.toUpperCase()} ${path} [${permission ?? 'authenticated'}] → ${status}`,
            );
          if (status >= 500) failures.push(`${role} ${method.toUpperCase()} ${path} → ${status} (a 5xx)`);
        }
        // A first session, before the password change: 403 PASSWORD_CHANGE_REQUIRED but for the three.
        const operation = `${method.toUpperCase()} ${path}`;
        const pending = await api(pendingToken, method.toUpperCase(), url, body);
        if (BEFORE_PASSWORD_CHANGE.has(operation) === (pending.status === 403))
          failures.push(`must-change-password ${operation} → ${pending.status}`);
        if (pending.status === 403 && pending.body?.reason !== 'PASSWORD_CHANGE_REQUIRED')
          failures.push(`must-change-password ${operation} → 403 without the reason`);
        // No token at all: always 401.
        const anonymous = await fetch(`${system.httpUrl}${url}`, { method: method.toUpperCase() });
        if (anonymous.status !== 401)
          failures.push(`anonymous ${method.toUpperCase()} ${path} → ${anonymous.status}`);
      }
    }
    console.warn(
      `authorisation matrix (REST): ${roles.length} roles × ${cells / roles.length} operations = ${cells} cells`,
    );
    expect(failures).toEqual([]);
  }, 120_000);

  it('every role against the gRPC methods directly, bypassing the gateway', async () => {
    const id = identityV1();
    const { CustomersService, CustomerCareService, CustomerDocumentsService, CustomerImportService } =
      customersV1();
    const { AnalyticsService } = analyticsV1();
    const addr = (name: string) => system.services[name]!.address;
    const creds = grpc.credentials.createInsecure();
    const clients = {
      users: new id.UserService.Client(addr('identity'), creds),
      roles: new id.RoleService.Client(addr('identity'), creds),
      branches: new id.BranchService.Client(addr('identity'), creds),
      departments: new id.DepartmentService.Client(addr('identity'), creds),
      employees: new id.EmployeeService.Client(addr('identity'), creds),
      sites: new id.SiteService.Client(addr('identity'), creds),
      audit: new id.AuditService.Client(addr('identity'), creds),
      customers: new CustomersService.Client(addr('customers'), creds),
      care: new CustomerCareService.Client(addr('customers'), creds),
      documents: new CustomerDocumentsService.Client(addr('customers'), creds),
      customerImport: new CustomerImportService.Client(addr('customers'), creds),
      analytics: new AnalyticsService.Client(addr('analytics'), creds),
    };
    // [client, method, permission it needs]; requests are empty: the permission is checked first.
    const table: [keyof typeof clients, string, string][] = [
      ['users', 'ListUsers', 'users.read'],
      ['users', 'CreateUser', 'users.write'],
      ['roles', 'ListRoles', 'roles.read'],
      ['roles', 'CreateRole', 'roles.write'],
      ['branches', 'CreateBranch', 'branches.write'],
      ['departments', 'ListDepartments', 'departments.read'],
      ['departments', 'CreateDepartment', 'departments.write'],
      ['employees', 'ListEmployees', 'employees.read'],
      ['employees', 'CreateEmployee', 'employees.write'],
      ['sites', 'ListSites', 'sites.read'],
      ['sites', 'CreateSite', 'sites.write'],
      ['audit', 'ListAuditEntries', 'audit.read'],
      ['customers', 'ListCustomers', 'customers.read'],
      ['customers', 'CreateCustomer', 'customers.create'],
      ['customers', 'DeleteCustomer', 'customers.delete'],
      ['customers', 'PurgeCustomer', 'customers.purge'],
      ['customers', 'IssueCard', 'customers.cards'],
      ['customers', 'ApproveCustomer', 'customers.review'],
      ['customers', 'UpdateCustomerSettings', 'customers.settings'],
      ['customers', 'TransferCustomers', 'customers.transfer'],
      ['customers', 'ClaimFromPool', 'customers.claim'],
      ['customers', 'LookupByCard', 'customers.read'],
      ['care', 'ListChurn', 'customers.read'],
      ['care', 'PauseChurn', 'customers.update'],
      ['care', 'ListCareDue', 'customers.read'],
      ['documents', 'ListDocuments', 'customers.read'],
      ['documents', 'AttachDocument', 'customers.update'],
      ['documents', 'RemoveDocument', 'customers.update'],
      ['customerImport', 'GetImportTemplate', 'customers.import'],
      ['analytics', 'GetBranchCustomerCounts', 'analytics.read'],
    ];
    const invoke = (client: grpc.Client, method: string, token?: string) =>
      new Promise<grpc.status>((resolve) => {
        const md = new grpc.Metadata();
        if (token) md.set(AUTHORIZATION_KEY, `Bearer ${token}`);
        const fn = (
          client as unknown as Record<string, grpc.requestCallback<unknown> & ((...a: unknown[]) => void)>
        )[method]!;
        fn.call(client, {}, md, { deadline: Date.now() + 5000 }, (err: grpc.ServiceError | null) =>
          resolve(err ? err.code : grpc.status.OK),
        );
      });
    const failures: string[] = [];
    for (const [name, method, permission] of table) {
      const client = clients[name];
      for (const role of roles) {
        const code = await invoke(client, method, tokens[role]);
        const denied = code === grpc.status.PERMISSION_DENIED || code === grpc.status.UNAUTHENTICATED;
        if (denied === allows(role, permission))
          failures.push(`${role} ${name}.${method} [${permission}] → ${grpc.status[code]}`);
        if (code === grpc.status.INTERNAL || code === grpc.status.UNKNOWN)
          failures.push(`${role} ${name}.${method} → ${grpc.status[code]}`);
      }
      const pending = await invoke(client, method, pendingToken);
      if (pending !== grpc.status.PERMISSION_DENIED)
        failures.push(`must-change-password ${name}.${method} → ${grpc.status[pending]}`);
      const anonymous = await invoke(client, method);
      if (anonymous !== grpc.status.UNAUTHENTICATED)
        failures.push(`no token ${name}.${method} → ${grpc.status[anonymous]}`);
      const forged = await invoke(client, method, `${tokens.system_admin.slice(0, -4)}AAAA`);
      if (forged !== grpc.status.UNAUTHENTICATED)
        failures.push(`forged token ${name}.${method} → ${grpc.status[forged]}`);
    }
    for (const c of Object.values(clients)) c.close();
    console.warn(
      `authorisation matrix (gRPC): ${roles.length} roles × ${table.length} methods = ${roles.length * table.length} cells`,
    );
    expect(failures).toEqual([]);
  }, 120_000);

  it('a user of branch B can neither read nor change branch A’s records', async () => {
    const serviceStaffRole = (await api(adminToken, 'GET', '/api/v1/roles')).body.items.find(
      (r: { key: string }) => r.key === 'sales_supervisor',
    );
    await createUser('b_supervisor', branchB, [serviceStaffRole.id]);
    const tokenB = await signInForWork(system.httpUrl, 'b_supervisor', PASSWORD);
    const customer = (
      await api(adminToken, 'POST', '/api/v1/customers', {
        kind: 'COMPANY',
        name: '总部客户',
        branchId: branchA,
      })
    ).body;
    expect((await api(tokenB, 'GET', `/api/v1/customers/${customer.id}`)).status).toBe(404);
    expect(
      (
        await api(tokenB, 'PATCH', `/api/v1/customers/${customer.id}`, {
          name: '改名',
          version: customer.version,
        })
      ).status,
    ).toBe(404);
    const userA = (await api(adminToken, 'GET', '/api/v1/users?q=m_driver')).body.items[0];
    expect((await api(tokenB, 'GET', `/api/v1/users/${userA.id}`)).status).toBe(404);
    const list = await api(tokenB, 'GET', '/api/v1/customers');
    expect(
      list.body.items.map((c: { branchId: string }) => c.branchId).filter((b: string) => b !== branchB),
    ).toEqual([]);
  });

  it('an account manager with scope own cannot see a colleague’s customers', async () => {
    const mine = (
      await api(tokens.account_manager, 'POST', '/api/v1/customers', { kind: 'INDIVIDUAL', name: '我的客户' })
    ).body;
    const theirs = (
      await api(adminToken, 'POST', '/api/v1/customers', {
        kind: 'INDIVIDUAL',
        name: '同事的客户',
        branchId: branchA,
        ownerId: FAKE_ID,
      })
    ).body;
    expect((await api(tokens.account_manager, 'GET', `/api/v1/customers/${mine.id}`)).status).toBe(200);
    expect((await api(tokens.account_manager, 'GET', `/api/v1/customers/${theirs.id}`)).status).toBe(404);
  });

  it('a non-admin cannot grant itself a role', async () => {
    const me = (await api(tokens.sales_supervisor, 'GET', '/api/v1/auth/me')).body;
    const adminRole = (await api(adminToken, 'GET', '/api/v1/roles')).body.items.find(
      (r: { key: string }) => r.key === 'system_admin',
    );
    const res = await api(tokens.sales_supervisor, 'PATCH', `/api/v1/users/${me.id}`, {
      roleIds: [adminRole.id],
    });
    expect(res.status).toBe(403);
    // Even with users.write, a custom role cannot hand out more than it holds, nor change its own roles.
    const custom = await api(adminToken, 'POST', '/api/v1/roles', {
      name: '人事专员',
      permissions: ['users.read', 'users.write', 'roles.read'],
      dataScope: 'BRANCH',
    });
    const hrId = await createUser('m_hr', branchA, [custom.body.id]);
    const hr = await signInForWork(system.httpUrl, 'm_hr', PASSWORD);
    expect((await api(hr, 'PATCH', `/api/v1/users/${hrId}`, { roleIds: [adminRole.id] })).status).toBe(403);
    const driver = (await api(adminToken, 'GET', '/api/v1/users?q=m_driver')).body.items[0];
    expect((await api(hr, 'PATCH', `/api/v1/users/${driver.id}`, { roleIds: [adminRole.id] })).status).toBe(
      403,
    );
    const after = (await api(adminToken, 'GET', `/api/v1/users/${driver.id}`)).body;
    expect(after.roles.map((r: { key: string }) => r.key)).toEqual(['driver']);
  });
});
