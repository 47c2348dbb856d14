import type { Principal } from '@crm/auth';
import { createCustomer } from '../src/domain/create-customer.use-case';
import type { Customer } from '../src/domain/customer';
import { normalizePhoneNumber } from '../src/domain/phone-number';

const manager: Principal = {
  kind: 'user',
  userId: 'u1',
  roles: ['account_manager'],
  permissions: ['customers.create', 'customers.read'],
  branchId: 'b1',
  departmentId: 'd1',
  dataScope: 'own',
};

function recordingPort() {
  const saved: Customer[] = [];
  return { saved, insertWithEvent: async (c: Customer) => void saved.push(c) };
}

describe('normalizePhoneNumber', () => {
  it.each([
    ['138 0013 8000', '+8613800138000'],
    ['138-0013-8000', '+8613800138000'],
    ['+86 138 0013 8000', '+8613800138000'],
    ['0086 13800138000', '+8613800138000'],
    ['010-6552 9988', '+861065529988'],
    ['(0755) 8888 6666', '+8675588886666'],
    ['+1 415 555 0100', '+14155550100'],
  ])('%s → %s', (raw, e164) => expect(normalizePhoneNumber(raw)).toBe(e164));

  it.each(['', 'abc', '12345', '+0 123 4567 89', "138' OR 1=1 --", '+86 138 0013 8000 0000 0000'])(
    'rejects %j',
    (raw) => expect(normalizePhoneNumber(raw)).toBeUndefined(),
  );
});

describe('createCustomer', () => {
  it('defaults branch and owner to the caller and normalises the phone', async () => {
    const port = recordingPort();
    const c = await createCustomer(port, manager, {
      kind: 'CUSTOMER_KIND_COMPANY',
      name: '  青山家禽养殖场 ',
      phone: '138 0013 8000',
    });
    expect(c).toMatchObject({
      branchId: 'b1',
      ownerId: 'u1',
      departmentId: 'd1',
      name: '青山家禽养殖场',
      phone: '+8613800138000',
      email: null,
    });
    expect(port.saved).toEqual([c]);
  });

  it('reports every bad field and stores nothing', async () => {
    const port = recordingPort();
    const err = await createCustomer(port, manager, {
      kind: 'WHALE' as never,
      name: ' ',
      phone: 'not a phone',
      email: 'nope',
    }).catch((e) => e);
    expect(err.code).toBe('INVALID_ARGUMENT');
    expect(err.violations.map((v: { field: string }) => v.field).sort()).toEqual([
      'email',
      'kind',
      'name',
      'phone',
    ]);
    expect(port.saved).toEqual([]);
  });

  it('refuses another branch unless the caller sees all branches', async () => {
    const port = recordingPort();
    await expect(
      createCustomer(port, manager, { kind: 'CUSTOMER_KIND_INDIVIDUAL', name: '王五', branchId: 'b2' }),
    ).rejects.toMatchObject({
      code: 'PERMISSION_DENIED',
    });
    const exec = { ...manager, dataScope: 'all' as const };
    await expect(
      createCustomer(port, exec, { kind: 'CUSTOMER_KIND_INDIVIDUAL', name: '王五', branchId: 'b2' }),
    ).resolves.toMatchObject({
      branchId: 'b2',
    });
  });

  it('requires the create permission', async () => {
    const port = recordingPort();
    await expect(
      createCustomer(
        port,
        { ...manager, permissions: ['customers.read'] },
        { kind: 'CUSTOMER_KIND_COMPANY', name: 'x' },
      ),
    ).rejects.toMatchObject({ code: 'PERMISSION_DENIED' });
    await expect(
      createCustomer(port, undefined, { kind: 'CUSTOMER_KIND_COMPANY', name: 'x' }),
    ).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
  });
});
