import { analyticsV1, customersV1, healthV1 } from '../src';

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
});
