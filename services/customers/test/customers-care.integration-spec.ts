/**
 * Issue 4 item 10, special care (R-CUS-9): anniversaries on the customer profile, contacts'
 * birthdays, the list of upcoming occasions within the caller's data scope, and the sweep that
 * publishes crm.customers.care.due once per occasion and year, N days ahead (Feb 29 on Feb 28 in
 * other years), with a fixed clock.
 */
import { addDays, calendarDay } from '../src/domain/calendar-day';
import { listCareDue, sweepCare } from '../src/domain/care.use-case';
import { CustomerCareRepository } from '../src/store/customer-care.repository';
import { testPrincipal, testId } from '@crm/testing';
import { as, outboxEvents, startCustomersStack, type CustomersStack } from './support/customers-test-stack';

const ZONE = 'Asia/Shanghai';
let stack: CustomersStack;
let care: CustomerCareRepository;
beforeAll(async () => {
  stack = await startCustomersStack();
  care = new CustomerCareRepository(stack.pool);
}, 30_000);
afterAll(async () => {
  await stack?.stop();
});

const api: CustomersStack['api'] = (...args) => stack.api(...args);
const today = calendarDay(new Date(), ZONE);
/** The month and day `n` days from today in an earlier (leap) year, so that Feb 29 exists too. */
const inYear = (year: number, n: number) => `${year}${addDays(today, n).slice(4)}`;

async function customer(body: Record<string, unknown>) {
  const r = await api('/api/v1/customers', {
    method: 'POST',
    body: { kind: 'COMPANY', acknowledgeDuplicates: true, ...body },
  });
  expect(r.status).toBe(201);
  return r.body as { id: string; version: number; anniversaries: unknown[]; contacts: { id: string }[] };
}

const careEvents = async () =>
  (await outboxEvents(stack.pool, 'crm.customers.care.due')).map((e) => e.payload as Record<string, unknown>);

describe('anniversaries on the profile', () => {
  it('are accepted on create and update, validated, and replaced as a whole', async () => {
    const c = await customer({
      name: '纪念日客户',
      anniversaries: [{ label: '合作纪念日', date: '2019-05-20' }],
    });
    expect(c.anniversaries).toEqual([{ label: '合作纪念日', date: '2019-05-20' }]);
    for (const bad of [
      [{ label: '', date: '2019-05-20' }],
      [{ label: '成立', date: '2019-02-30' }],
      [{ label: '成立', date: '20190520' }],
      [{ label: '成立\u202e', date: '2019-05-20' }],
      Array.from({ length: 11 }, (_, i) => ({ label: `第${i}`, date: '2019-05-20' })),
    ]) {
      const r = await api(`/api/v1/customers/${c.id}`, {
        method: 'PATCH',
        body: { version: c.version, anniversaries: bad },
      });
      expect(r.status).toBe(400);
      expect(r.body.errors[0].field).toMatch(/^anniversaries/);
    }
    const updated = await api(`/api/v1/customers/${c.id}`, {
      method: 'PATCH',
      body: { version: c.version, anniversaries: [{ label: '开业纪念日', date: '2020-02-29' }] },
    });
    expect(updated.status).toBe(200);
    expect(updated.body.anniversaries).toEqual([{ label: '开业纪念日', date: '2020-02-29' }]);
    expect(updated.body.version).toBe(c.version + 1);
  });
});

describe('upcoming occasions', () => {
  it('lists birthdays and anniversaries of the next days within the caller’s scope, soonest first', async () => {
    const mine = await customer({
      name: '关怀甲',
      branchId: testId('k1'),
      ownerId: testId('u-own'),
      contacts: [{ name: '王经理', birthday: inYear(1984, 2) }],
      anniversaries: [
        { label: '合作纪念日', date: inYear(2016, 10) },
        { label: '太远了', date: inYear(2016, 40) },
      ],
    });
    const theirs = await customer({
      name: '关怀乙',
      branchId: testId('k1'),
      ownerId: testId('u-other'),
      contacts: [{ name: '李总', birthday: inYear(1972, 0) }],
    });
    const own = await as({
      userId: testId('u-own'),
      branchId: testId('k1'),
      dataScope: 'own',
      permissions: ['customers.read'],
    });
    const r = await api('/api/v1/customers/care/due?days=30', { headers: own });
    expect(r.status).toBe(200);
    expect(r.body.items).toEqual([
      {
        customerId: mine.id,
        customerName: '关怀甲',
        contactId: mine.contacts[0]!.id,
        contactName: '王经理',
        occasion: 'birthday',
        label: '王经理',
        date: addDays(today, 2),
        daysUntil: 2,
      },
      {
        customerId: mine.id,
        customerName: '关怀甲',
        contactId: null,
        contactName: null,
        occasion: 'anniversary',
        label: '合作纪念日',
        date: addDays(today, 10),
        daysUntil: 10,
      },
    ]);
    // A supervisor of the branch sees both customers; today's birthday comes first.
    const branch = await as({
      userId: testId('s'),
      branchId: testId('k1'),
      dataScope: 'branch',
      permissions: ['customers.read'],
    });
    const all = await api('/api/v1/customers/care/due', { headers: branch });
    expect(
      all.body.items.map((i: { customerId: string; daysUntil: number }) => [i.customerId, i.daysUntil]),
    ).toEqual([
      [theirs.id, 0],
      [mine.id, 2],
      [mine.id, 10],
    ]);
    expect((await api('/api/v1/customers/care/due?days=5', { headers: branch })).body.items).toHaveLength(2);
    expect((await api('/api/v1/customers/care/due?days=400')).status).toBe(400);
    expect((await api('/api/v1/customers/care/due?days=x')).status).toBe(400);
  });

  it('falls on Feb 28 for Feb 29 in a year without it, and on Feb 29 in a leap year', async () => {
    const leap = await customer({
      name: '闰日客户',
      branchId: testId('k2'),
      contacts: [{ name: '闰日生', birthday: '2000-02-29' }],
    });
    const admin = testPrincipal({ branchId: testId('k2'), dataScope: 'branch' });
    const at = (iso: string) => ({ now: new Date(iso), timeZone: ZONE });
    const dates = async (iso: string, days: number) =>
      (await listCareDue(care, admin, { days }, at(iso)))
        .filter((o) => o.customerId === leap.id)
        .map((o) => [o.date, o.daysUntil]);
    expect(await dates('2027-02-20T04:00:00Z', 30)).toEqual([['2027-02-28', 8]]);
    expect(await dates('2028-02-20T04:00:00Z', 30)).toEqual([['2028-02-29', 9]]);
    // 2027-03-01 in Shanghai: this year's occasion has passed, the next is 2028-02-29.
    expect(await dates('2027-02-28T17:00:00Z', 366)).toEqual([['2028-02-29', 365]]);
  });
});

describe('care sweep (fixed clock)', () => {
  it('publishes care.due once per occasion and year, the branch’s lead days ahead', async () => {
    const c = await customer({
      name: '问候客户',
      branchId: testId('k3'),
      ownerId: testId('u-k3'),
      contacts: [{ name: '赵总', birthday: '1980-02-29' }],
      anniversaries: [{ label: '签约纪念日', date: '2018-03-05' }],
    });
    expect(
      (await api(`/api/v1/customer-settings/${testId('k3')}`, { method: 'PUT', body: { careLeadDays: 5 } }))
        .status,
    ).toBe(200);
    const mineOnly = async () => (await careEvents()).filter((e) => e.customerId === c.id);
    const sweep = async (iso: string) => {
      await sweepCare(care, new Date(iso), ZONE);
      return (await mineOnly()).map((e) => [e.occasion, e.date, e.daysUntil]);
    };
    // 2027-02-20: Feb 28 is 8 days away, more than 5: nothing yet.
    expect(await sweep('2027-02-20T02:00:00Z')).toEqual([]);
    // 2027-02-24: the birthday (on Feb 28 this year) is 4 days away.
    expect(await sweep('2027-02-24T02:00:00Z')).toEqual([['birthday', '2027-02-28', 4]]);
    // Again the next day, and again the same day: no second event.
    expect(await sweep('2027-02-25T02:00:00Z')).toHaveLength(1);
    expect(await sweep('2027-02-25T02:00:00Z')).toHaveLength(1);
    // 2027-03-01: the anniversary on 03-05 is 4 days away.
    expect(await sweep('2027-03-01T02:00:00Z')).toEqual([
      ['birthday', '2027-02-28', 4],
      ['anniversary', '2027-03-05', 4],
    ]);
    // A year later both come again, the birthday on Feb 29 this time.
    expect((await sweep('2028-02-27T02:00:00Z')).slice(2)).toEqual([['birthday', '2028-02-29', 2]]);
    const [first] = await mineOnly();
    expect(first).toMatchObject({
      customerName: '问候客户',
      branchId: testId('k3'),
      ownerId: testId('u-k3'),
      contactName: '赵总',
      label: '赵总',
    });
  });
});
