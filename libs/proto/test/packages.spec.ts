import { analyticsV1, customersV1, healthV1, identityV1 } from '../src';

describe('@crm/proto packages', () => {
  it('loads every contract with its service definition', () => {
    expect(Object.keys(customersV1().CustomersService.definition)).toEqual(
      expect.arrayContaining(['CreateCustomer', 'GetCustomer', 'ListCustomers']),
    );
    expect(Object.keys(analyticsV1().AnalyticsService.definition)).toContain('GetBranchCustomerCounts');
    expect(Object.keys(healthV1().Health.definition)).toContain('Check');
  });

  it('uses camelCase fields and string enums as the generated types promise', () => {
    const def = customersV1().CustomersService.definition.CreateCustomer;
    const bytes = def.requestSerialize({ branchId: 'b1', kind: 'CUSTOMER_KIND_COMPANY', name: '张三' });
    expect(def.requestDeserialize(bytes)).toMatchObject({
      branchId: 'b1',
      kind: 'CUSTOMER_KIND_COMPANY',
      name: '张三',
      phone: '',
    });
  });

  it('loads every identity service', () => {
    const identity = identityV1();
    expect(Object.keys(identity.AuthService.definition)).toEqual(
      expect.arrayContaining(['Login', 'Refresh', 'Logout', 'ChangePassword', 'GetMe']),
    );
    expect(Object.keys(identity.SiteService.definition)).toContain('VerifySiteKey');
    expect(Object.keys(identity.AuditService.definition)).toEqual(['ListAuditEntries']);
    for (const svc of Object.values(identity)) expect(typeof svc.Client).toBe('function');
  });

  it('names every service by its full name and file, as declared in proto/', () => {
    const { CustomerImportService } = customersV1();
    expect(CustomerImportService).toMatchObject({
      name: 'crm.customers.v1.CustomerImportService',
      file: 'crm/customers/v1/customer_import.proto',
    });
    expect(CustomerImportService.definition).toBe(CustomerImportService.Client.service);
    expect(Object.values(identityV1()).map((s) => s.name)).toContain('crm.identity.v1.AuthService');
    expect(healthV1().Health.name).toBe('grpc.health.v1.Health');
  });

  it('keeps the presence of optional (PATCH) fields', () => {
    const def = identityV1().UserService.definition.UpdateUser;
    const absent = def.requestDeserialize(def.requestSerialize({ id: 'u1' }));
    expect(absent).toMatchObject({ id: 'u1', roleIds: null });
    expect(absent.displayName).toBeUndefined();
    expect(absent.departmentId).toBeUndefined();
    const cleared = def.requestDeserialize(
      def.requestSerialize({ id: 'u1', departmentId: '', roleIds: { values: [] }, disabled: false }),
    );
    expect(cleared).toMatchObject({ departmentId: '', roleIds: { values: [] }, disabled: false });
  });
});
