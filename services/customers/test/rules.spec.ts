import type { Principal } from '@crm/auth';
import { activeChurn, type Customer } from '../src/domain/customer';
import type { CustomerMutation, CustomerMutationPort } from '../src/domain/customer-change';
import { mergeCustomers, type MergeCustomersPort } from '../src/domain/merge-customers.use-case';
import { updateCustomer, type UpdateCustomerPort } from '../src/domain/update-customer.use-case';

const admin: Principal = {
  kind: 'user',
  userId: 'admin',
  roles: ['system_admin'],
  permissions: ['*'],
  branchId: 'b1',
  dataScope: 'all',
};

const record = (over: Partial<Customer> = {}): Customer => ({
  id: '11111111-1111-4111-8111-111111111111',
  branchId: 'b1',
  departmentId: null,
  ownerId: 'u1',
  kind: 'CUSTOMER_KIND_COMPANY',
  name: '客户',
  nameNormalized: '客户',
  phones: [],
  email: null,
  address: { province: null, city: null, district: null, detail: null },
  contacts: [],
  source: null,
  tags: [],
  notes: null,
  customFields: {},
  level: 'ordinary',
  customerClass: null,
  status: 'active',
  version: 3,
  purchaseQuantity: '0',
  cards: [],
  deletedAt: null,
  deletedBy: null,
  mergedInto: null,
  ownedSince: new Date(0),
  releasedAt: null,
  previousOwnerId: null,
  lastFollowUpAt: null,
  churn: activeChurn(new Date(0)),
  anniversaries: [],
  reviewNote: null,
  reviewedBy: null,
  reviewedAt: null,
  createdBy: 'u1',
  updatedBy: null,
  createdAt: new Date(0),
  updatedAt: new Date(0),
  ...over,
});

function mutationPort(current: Customer): UpdateCustomerPort & { written: CustomerMutation[] } {
  const written: CustomerMutation[] = [];
  const port: CustomerMutationPort = {
    findById: async () => current,
    async mutate(_id, _actor, fn) {
      const m = await fn(current, { findDuplicates: async () => [] });
      if (m.change) written.push(m);
      return { before: current, after: m.next };
    },
  };
  return Object.assign(port, { written, customFieldDefinitions: async () => [] });
}

describe('updateCustomer', () => {
  it('refuses a stale version with CONFLICT and writes nothing', async () => {
    const port = mutationPort(record());
    await expect(
      updateCustomer(port, admin, { id: record().id, version: 2, name: '新' }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    expect(port.written).toEqual([]);
  });

  it('bumps the version and names the changed fields; an unchanged record is not written', async () => {
    const port = mutationPort(record());
    const { customer } = await updateCustomer(port, admin, {
      id: record().id,
      version: 3,
      name: '新',
      tags: ['甲'],
    });
    expect(customer).toMatchObject({
      name: '新',
      nameNormalized: '新',
      tags: ['甲'],
      version: 4,
      updatedBy: 'admin',
    });
    expect(port.written[0]!.change).toEqual({
      kind: 'updated',
      action: 'customer.updated',
      changedFields: ['name', 'tags'],
    });
    const same = mutationPort(record());
    await updateCustomer(same, admin, { id: record().id, version: 3, name: '客户' });
    expect(same.written).toEqual([]);
  });

  it('refuses a record in the recycle bin, and hides one outside the scope', async () => {
    const deleted = mutationPort(record({ deletedAt: new Date() }));
    await expect(
      updateCustomer(deleted, admin, { id: record().id, version: 3, name: 'x' }),
    ).rejects.toMatchObject({
      code: 'FAILED_PRECONDITION',
    });
    const other = mutationPort(record({ branchId: 'b2' }));
    const branchUser = { ...admin, permissions: ['customers.update'], dataScope: 'branch' as const };
    await expect(
      updateCustomer(other, branchUser, { id: record().id, version: 3, name: 'x' }),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});

describe('mergeCustomers', () => {
  const target = record({
    id: '11111111-1111-4111-8111-111111111111',
    phones: ['+8613800000001'],
    tags: ['a'],
  });
  const source = record({
    id: '22222222-2222-4222-8222-222222222222',
    phones: ['+8613800000002', '+8613800000001'],
    tags: ['b'],
    email: 's@example.cn',
    customFields: { x: 1, y: 'source' },
  });
  const port = (t: Customer, s: Customer): MergeCustomersPort => ({
    async merge(_t, _s, _actor, fn) {
      return { targetAfter: fn(t, s).target };
    },
  });

  it('keeps the target’s values and fills in the source’s', async () => {
    const merged = await mergeCustomers(port({ ...target, customFields: { y: 'target' } }, source), admin, {
      targetId: target.id,
      sourceId: source.id,
    });
    expect(merged).toMatchObject({
      phones: ['+8613800000001', '+8613800000002'],
      tags: ['a', 'b'],
      email: 's@example.cn',
      customFields: { x: 1, y: 'target' },
      version: 4,
    });
  });

  it('refuses a merge that would exceed the limits, and needs update and delete', async () => {
    const many = {
      ...source,
      phones: Array.from({ length: 10 }, (_, i) => `+861390000${String(i).padStart(4, '0')}`),
    };
    await expect(
      mergeCustomers(port(target, many), admin, { targetId: target.id, sourceId: source.id }),
    ).rejects.toMatchObject({ code: 'FAILED_PRECONDITION' });
    const updater = { ...admin, permissions: ['customers.update'] };
    await expect(
      mergeCustomers(port(target, source), updater, { targetId: target.id, sourceId: source.id }),
    ).rejects.toMatchObject({ code: 'PERMISSION_DENIED' });
  });
});
