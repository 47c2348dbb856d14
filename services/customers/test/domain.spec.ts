import type { Principal } from '@crm/auth';
import { normalizeCardUid } from '../src/domain/card-uid';
import { createCustomer, type CreateCustomerPort } from '../src/domain/create-customer.use-case';
import type { Customer } from '../src/domain/customer';
import { validateCustomFields, type CustomFieldDefinition } from '../src/domain/custom-fields';
import {
  decideNewRecord,
  toDuplicateMatch,
  type DuplicateCandidate,
  type EntryReview,
} from '../src/domain/duplicates';
import { decodeCursor, encodeCursor, queryFingerprint } from '../src/domain/list-customers.use-case';
import { normalizeName } from '../src/domain/name-normalizer';
import { maskPhone, normalizePhoneNumber, phoneSearchTerm } from '../src/domain/phone-number';

const manager: Principal = {
  kind: 'user',
  userId: 'u1',
  roles: ['account_manager'],
  permissions: ['customers.create', 'customers.read'],
  branchId: 'b1',
  departmentId: 'd1',
  dataScope: 'own',
};

function recordingPort(
  opts: {
    candidates?: DuplicateCandidate[];
    policy?: EntryReview;
    definitions?: CustomFieldDefinition[];
  } = {},
) {
  const saved: Customer[] = [];
  const port: CreateCustomerPort = {
    customFieldDefinitions: async () => opts.definitions ?? [],
    entryReview: async () => opts.policy ?? 'none',
    async create(_draft, _keys, decide) {
      const decided = decide(opts.candidates ?? []);
      saved.push(decided.customer);
      return decided;
    },
  };
  return { saved, port };
}

const candidate = (over: Partial<DuplicateCandidate> = {}): DuplicateCandidate => ({
  id: 'c-1',
  name: '青山家禽养殖场',
  nameNormalized: '青山家禽养殖场',
  ownerId: 'someone-else',
  branchId: 'b2',
  departmentId: null,
  status: 'active',
  phones: ['+8613800138000'],
  ...over,
});

describe('normalizePhoneNumber', () => {
  it.each([
    ['138 0013 8000', '+8613800138000'],
    ['138-0013-8000', '+8613800138000'],
    ['+86 138 0013 8000', '+8613800138000'],
    ['0086 13800138000', '+8613800138000'],
    ['010-6552 9988', '+861065529988'],
    ['(0755) 8888 6666', '+8675588886666'],
    ['+1 415 555 0100', '+14155550100'],
    ['１３８ ００１３ ８０００', '+8613800138000'],
    ['+44 20 7946 0958', '+442079460958'],
  ])('%s → %s', (raw, e164) => expect(normalizePhoneNumber(raw)).toBe(e164));

  it.each([
    '',
    'abc',
    '12345',
    '+0 123 4567 89',
    "138' OR 1=1 --",
    '+86 138 0013 8000 0000 0000',
    '1380013800',
    'call 138 0013 8000',
    '138\u00000013 8000',
  ])('rejects %j', (raw) => expect(normalizePhoneNumber(raw)).toBeUndefined());

  it('takes fragments of 4+ digits as a search term, full numbers as E.164', () => {
    expect(phoneSearchTerm('138-0013-8000')).toEqual({ e164: '+8613800138000' });
    expect(phoneSearchTerm('8000')).toEqual({ digits: '8000' });
    expect(phoneSearchTerm('80')).toBeUndefined();
    expect(phoneSearchTerm("8000' --")).toBeUndefined();
  });

  it('masks the middle digits', () => {
    expect(maskPhone('+8613800138000')).toBe('+86138****8000');
    expect(maskPhone('+14155550100')).toBe('+141****0100');
  });
});

describe('normalizeCardUid', () => {
  it.each([
    ['04a2 24b2 c35e 80', '04A224B2C35E80'],
    ['de:ad:be:ef', 'DEADBEEF'],
    ['DE-AD-BE-EF-01-02-03-04-05-06', 'DEADBEEF010203040506'],
  ])('%s → %s', (raw, uid) => expect(normalizeCardUid(raw)).toBe(uid));

  it.each(['', 'DEADBE', 'DEADBEEF0', 'XYZ12345', 'DEADBEEF010203040506070809', "DE'AD"])(
    'rejects %j',
    (raw) => expect(normalizeCardUid(raw)).toBeUndefined(),
  );
});

describe('normalizeName', () => {
  it('ignores width, case, spaces and punctuation', () => {
    expect(normalizeName('青山 家禽（养殖场）')).toBe(normalizeName('青山家禽(养殖场)'));
    expect(normalizeName('ＡＢＣ Trading, Co.')).toBe('abctradingco');
  });
});

describe('custom fields', () => {
  const def = (over: Partial<CustomFieldDefinition>): CustomFieldDefinition => ({
    id: 'f',
    branchId: 'b1',
    key: 'k',
    label: 'K',
    type: 'text',
    options: [],
    required: false,
    position: 0,
    version: 1,
    createdAt: new Date(0),
    updatedAt: new Date(0),
    ...over,
  });
  const defs = [
    def({ key: 'flock_size', type: 'number', required: true }),
    def({ key: 'since', type: 'date' }),
    def({ key: 'breed', type: 'option', options: ['白羽', '黄羽'] }),
    def({ key: 'remark', type: 'text' }),
  ];

  it('accepts values of their type', () => {
    const r = validateCustomFields(
      { flock_size: 5000, since: '2020-02-29', breed: '白羽', remark: ' ok ' },
      defs,
      { allowNull: false, complete: true },
    );
    expect(r).toEqual({
      values: { flock_size: 5000, since: '2020-02-29', breed: '白羽', remark: 'ok' },
      violations: [],
    });
  });

  it('names each bad, unknown and missing field', () => {
    const r = validateCustomFields({ since: '2021-02-29', breed: '黑羽', remark: 1, color: 'red' }, defs, {
      allowNull: false,
      complete: true,
    });
    expect(r.violations.map((v) => v.field).sort()).toEqual([
      'customFields.breed',
      'customFields.color',
      'customFields.flock_size',
      'customFields.remark',
      'customFields.since',
    ]);
  });
});

describe('duplicate rules', () => {
  const keys = { nameNormalized: '青山家禽养殖场', phones: ['+8613800138000'] };

  it('summarises a match outside the scope without the full record', () => {
    expect(toDuplicateMatch(candidate(), keys, manager)).toEqual({
      customerId: 'c-1',
      name: '青山家禽养殖场',
      maskedPhone: '+86138****8000',
      ownerId: 'someone-else',
      branchId: 'b2',
      matchedOn: ['name', 'phone'],
      inScope: false,
      status: 'active',
    });
  });

  it('refuses, reviews or accepts as the policy says', () => {
    const m = [toDuplicateMatch(candidate(), keys, manager)];
    expect(() => decideNewRecord('none', m, false)).toThrow(
      expect.objectContaining({ code: 'ALREADY_EXISTS' }),
    );
    expect(decideNewRecord('none', m, true)).toBe('active');
    expect(decideNewRecord('duplicates', m, false)).toBe('pending_review');
    expect(decideNewRecord('duplicates', [], false)).toBe('active');
    expect(decideNewRecord('all', [], false)).toBe('pending_review');
  });
});

describe('list cursors', () => {
  it('round-trip and belong to one query', () => {
    const fp = queryFingerprint({ sort: 'name_asc', q: '青' });
    const token = encodeCursor({ seq: '42', key: '青山: 养殖场' }, fp);
    expect(decodeCursor(token, fp)).toEqual({ seq: '42', key: '青山: 养殖场' });
    expect(() => decodeCursor(token, queryFingerprint({ sort: 'name_asc', q: '山' }))).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => decodeCursor('garbage', fp)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });
});

describe('createCustomer', () => {
  it('defaults branch and owner to the caller and normalises the phone', async () => {
    const { port, saved } = recordingPort();
    const { customer: c, duplicates } = await createCustomer(port, manager, {
      kind: 'CUSTOMER_KIND_COMPANY',
      name: '  青山家禽养殖场 ',
      phone: '138 0013 8000',
    });
    expect(c).toMatchObject({
      branchId: 'b1',
      ownerId: 'u1',
      departmentId: 'd1',
      name: '青山家禽养殖场',
      phones: ['+8613800138000'],
      email: null,
      status: 'active',
      version: 1,
      level: 'ordinary',
      customerClass: null,
    });
    expect(duplicates).toEqual([]);
    expect(saved).toEqual([c]);
  });

  it('reports every bad field and stores nothing', async () => {
    const { port, saved } = recordingPort();
    const err = await createCustomer(port, manager, {
      kind: 'WHALE' as never,
      name: ' ',
      phone: 'not a phone',
      email: 'nope',
      phones: ['138 0013 8000', '12'],
      tags: ['x'.repeat(33)],
      contacts: [{ name: '', birthday: '2023-02-30' }],
    }).catch((e) => e);
    expect(err.code).toBe('INVALID_ARGUMENT');
    expect(err.violations.map((v: { field: string }) => v.field).sort()).toEqual([
      'contacts.0.birthday',
      'contacts.0.name',
      'email',
      'kind',
      'name',
      'phone',
      'phones.1',
      'tags.0',
    ]);
    expect(saved).toEqual([]);
  });

  it('refuses hostile text: control characters and bidi overrides', async () => {
    const { port, saved } = recordingPort();
    for (const name of ['a\u0000b', 'evil\u202Eexe', 'x\u001b[31m']) {
      await expect(
        createCustomer(port, manager, { kind: 'CUSTOMER_KIND_COMPANY', name }),
      ).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
        violations: [{ field: 'name' }],
      });
    }
    expect(saved).toEqual([]);
  });

  it('refuses a duplicate unless acknowledged, and says which', async () => {
    const { port, saved } = recordingPort({ candidates: [candidate()] });
    const input = {
      kind: 'CUSTOMER_KIND_COMPANY' as const,
      name: '青山 家禽养殖场',
      phones: ['13800138000'],
    };
    await expect(createCustomer(port, manager, input)).rejects.toMatchObject({ code: 'ALREADY_EXISTS' });
    expect(saved).toEqual([]);
    const ok = await createCustomer(port, manager, { ...input, acknowledgeDuplicates: true });
    expect(ok.duplicates).toEqual([expect.objectContaining({ customerId: 'c-1', inScope: false })]);
    expect(ok.customer.status).toBe('active');
  });

  it('sends a duplicate to review when the branch says so', async () => {
    const { port } = recordingPort({ candidates: [candidate()], policy: 'duplicates' });
    const r = await createCustomer(port, manager, { kind: 'CUSTOMER_KIND_COMPANY', name: '青山家禽养殖场' });
    expect(r.customer.status).toBe('pending_review');
  });

  it('refuses another branch unless the caller sees all branches', async () => {
    const { port } = recordingPort();
    await expect(
      createCustomer(port, manager, { kind: 'CUSTOMER_KIND_INDIVIDUAL', name: '王五', branchId: 'b2' }),
    ).rejects.toMatchObject({ code: 'PERMISSION_DENIED' });
    const exec = { ...manager, dataScope: 'all' as const };
    await expect(
      createCustomer(port, exec, { kind: 'CUSTOMER_KIND_INDIVIDUAL', name: '王五', branchId: 'b2' }),
    ).resolves.toMatchObject({ customer: { branchId: 'b2' } });
  });

  it('requires the create permission', async () => {
    const { port } = recordingPort();
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
