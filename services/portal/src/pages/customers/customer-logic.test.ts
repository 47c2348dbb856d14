import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client';
import type { CustomFieldDefinition } from '../../api/customers.types';
import type { Customer } from '../../api/types';
import { createTranslator } from '../../i18n/core';
import { releasable, transferBatches } from './customer-bulk';
import { describeCustomerError } from './customer-errors';
import { formFieldOf, problemForForm, toCreateInput, toFormValues, toUpdateInput } from './customer-form';

const zh = createTranslator('zh-CN');
const en = createTranslator('en-US');
const failed = (detail: string, code = 'FAILED_PRECONDITION', status = 400) =>
  new ApiError(status, { type: 'about:blank', title: 'x', status, detail, code });

const def = (key: string, type: CustomFieldDefinition['type']): CustomFieldDefinition => ({
  id: key,
  branchId: 'b',
  key,
  label: key,
  type,
  options: [],
  required: false,
  position: 0,
  version: 1,
});

describe('customer form ↔ REST bodies', () => {
  it('creates with trimmed values, only filled phones and custom fields, and the acknowledgement', () => {
    const input = toCreateInput(
      {
        kind: 'COMPANY',
        name: ' 青山家禽养殖场 ',
        phones: ['138 0013 8000', ' ', undefined, '+86 139 0000 0000'],
        address: { province: '广东省', city: ' 佛山市 ', district: '' },
        contacts: [{ name: ' 李四 ', phones: ['13700000000'], birthday: '1980-02-29' }],
        tags: ['养殖', ' '],
        customerClass: '',
        customFields: { acreage: 12, note: '  ', since: '2020-01-01' },
      },
      [def('acreage', 'NUMBER'), def('note', 'TEXT'), def('since', 'DATE')],
      true,
    );
    expect(input).toEqual({
      kind: 'COMPANY',
      name: '青山家禽养殖场',
      phones: ['138 0013 8000', '+86 139 0000 0000'],
      email: undefined,
      address: { province: '广东省', city: '佛山市', district: undefined, detail: undefined },
      contacts: [
        { name: '李四', title: undefined, phones: ['13700000000'], email: undefined, birthday: '1980-02-29' },
      ],
      source: undefined,
      tags: ['养殖'],
      notes: undefined,
      customFields: { acreage: 12, since: '2020-01-01' },
      level: 'ORDINARY',
      customerClass: null,
      acknowledgeDuplicates: true,
    });
  });

  it('edits with the version read, clearing emptied fields and only custom fields that were set', () => {
    const customer = {
      version: 7,
      customFields: { acreage: 3 },
    } as Pick<Customer, 'version' | 'customFields'>;
    const patch = toUpdateInput(
      { kind: 'INDIVIDUAL', name: '王五', phones: [''], email: ' ', customerClass: 'B', customFields: {} },
      customer,
      [def('acreage', 'NUMBER'), def('note', 'TEXT')],
    );
    expect(patch).toMatchObject({
      version: 7,
      phones: [],
      email: null,
      source: null,
      notes: null,
      customerClass: 'B',
      customFields: { acreage: null },
    });
    expect(patch).not.toHaveProperty('acknowledgeDuplicates');
  });

  it('reads a customer back into the form', () => {
    const values = toFormValues({
      kind: 'COMPANY',
      name: 'n',
      phones: [],
      email: null,
      address: { province: null, city: '佛山', district: null, detail: null },
      contacts: [
        { id: 'c1', name: 'k', title: null, phones: ['+8613700000000'], email: null, birthday: null },
      ],
      source: null,
      tags: ['t'],
      notes: null,
      level: 'HIGH_INTENT',
      customerClass: null,
      customFields: { a: 1 },
    } as unknown as Customer);
    expect(values).toMatchObject({
      phones: [''],
      customerClass: '',
      address: { city: '佛山', province: undefined },
      contacts: [{ id: 'c1', phones: ['+8613700000000'], birthday: null }],
    });
  });

  it('routes server violations to the form field that holds the value', () => {
    const values = { kind: 'COMPANY' as const, name: 'x', phones: ['', '12345', '', '13800138000'] };
    expect(formFieldOf('phones.0', values)).toBe('phones.1');
    expect(formFieldOf('phones.1', values)).toBe('phones.3');
    expect(formFieldOf('phone', values)).toBe('phones.0');
    expect(formFieldOf('contacts.2.phones.1', values)).toBe('contacts.2.phones');
    expect(formFieldOf('tags.4', values)).toBe('tags');
    expect(formFieldOf('customFields.acreage', values)).toBe('customFields.acreage');
    const problem = problemForForm(
      {
        type: 't',
        title: 't',
        status: 400,
        detail: 'd',
        code: 'INVALID_ARGUMENT',
        errors: [{ field: 'phones.0', message: 'is not a phone number' }],
      },
      values,
    );
    expect(problem.errors).toEqual([{ field: 'phones.1', message: 'is not a phone number' }]);
  });
});

describe('ownership errors in the user’s words', () => {
  it('explains the re-claim block with its date and the cap with its number', () => {
    const blocked = failed(
      'you released this customer; you may claim it again from 2026-12-01T12:00:00.000Z',
    );
    expect(describeCustomerError(zh, blocked)).toMatch(
      /^您刚把这个客户放入公海，2026-12-01 \d\d:00:00 之后才能重新领取$/,
    );
    expect(describeCustomerError(en, blocked)).toMatch(
      /^You released this customer; you can claim it again after 2026-12-01/,
    );
    expect(describeCustomerError(zh, failed('you already own 5 customers, the most branch b1 allows'))).toBe(
      '您已负责 5 个客户，达到本分公司上限，不能再领取',
    );
    expect(describeCustomerError(zh, failed('customer 1 is not in the pool'))).toContain('已不在公海');
    expect(describeCustomerError(zh, failed('stale', 'CONFLICT', 409))).toBe(
      '客户资料已被他人修改，请关闭后刷新再编辑',
    );
  });

  it('falls back to the generic description', () => {
    expect(describeCustomerError(zh, failed('customer x not found', 'NOT_FOUND', 404))).toContain(
      '记录不存在或已被删除',
    );
  });
});

describe('bulk actions', () => {
  it('transfer one call per current owner, at most 100 customers each, skipping the pool and the target', () => {
    const customers = [
      ...Array.from({ length: 150 }, (_, i) => ({ id: `a${i}`, ownerId: 'alice' })),
      { id: 'b1', ownerId: 'bob' },
      { id: 'p1', ownerId: null },
      { id: 'c1', ownerId: 'carol' },
    ];
    const batches = transferBatches(customers, 'carol');
    expect(batches.map((b) => [b.fromOwnerId, b.customerIds.length, b.toOwnerId])).toEqual([
      ['alice', 100, 'carol'],
      ['alice', 50, 'carol'],
      ['bob', 1, 'carol'],
    ]);
    expect(releasable(customers).map((c) => c.id)).not.toContain('p1');
  });
});
