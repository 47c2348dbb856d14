import { analyticsV1, customersV1, healthV1, identityV1 } from '../src';

describe('@crm/proto packages', () => {
  it('loads every contract with its service definition', () => {
    expect(Object.keys(customersV1().CustomersService.service)).toEqual(
      expect.arrayContaining(['CreateCustomer', 'GetCustomer', 'ListCustomers']),
    );
    expect(Object.keys(analyticsV1().AnalyticsService.service)).toContain('GetBranchCustomerCounts');
    expect(Object.keys(healthV1().Health.service)).toContain('Check');
  });

  it('uses camelCase fields and string enums as the generated types promise', () => {
    const def = customersV1().CustomersService.service.CreateCustomer;
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
    expect(Object.keys(identity.AuthService.service)).toEqual(
      expect.arrayContaining(['Login', 'Refresh', 'Logout', 'ChangePassword', 'GetMe']),
    );
    expect(Object.keys(identity.SiteService.service)).toContain('VerifySiteKey');
    expect(Object.keys(identity.AuditService.service)).toEqual(['ListAuditEntries']);
    for (const svc of Object.values(identity)) expect(typeof svc).toBe('function');
  });

  it('keeps the presence of optional (PATCH) fields', () => {
    const def = identityV1().UserService.service.UpdateUser;
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
