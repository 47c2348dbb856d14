import type { Customer } from '../src/domain/customer';
import { negotiationHints, type HintFacts } from '../src/domain/negotiation-hints';
import { pickCustomer } from '../src/events/recognition.consumer';

const now = new Date('2026-06-01T10:00:00Z');
const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000);

const base: HintFacts = {
  ownerId: 'u-1',
  level: 'ordinary',
  customerClass: null,
  lastFollowUpAt: daysAgo(3),
  createdAt: daysAgo(100),
};

describe('negotiation hints', () => {
  it.each<[string, Partial<HintFacts>, string[]]>([
    ['an ordinary owned customer followed up lately: none', {}, []],
    [
      'high intent, last follow-up 40 days ago: member price',
      { level: 'high_intent', lastFollowUpAt: daysAgo(40) },
      ['offer_member_price'],
    ],
    [
      'high intent, last follow-up 39 days ago: none',
      { level: 'high_intent', lastFollowUpAt: daysAgo(39) },
      [],
    ],
    [
      'high intent, never followed up, created 60 days ago: member price',
      { level: 'high_intent', lastFollowUpAt: null, createdAt: daysAgo(60) },
      ['offer_member_price'],
    ],
    ['ordinary, no follow-up for 90 days: none', { lastFollowUpAt: daysAgo(90) }, []],
    ['class A: priority service', { customerClass: 'A' }, ['priority_service']],
    ['class B: none', { customerClass: 'B' }, []],
    ['in the public pool: claim', { ownerId: null }, ['claim_unowned']],
    ['created 2 days ago: welcome', { createdAt: daysAgo(2), lastFollowUpAt: null }, ['welcome']],
    ['created 7 days ago: no longer new', { createdAt: daysAgo(7), lastFollowUpAt: null }, []],
    [
      'everything at once: in order of importance',
      { ownerId: null, customerClass: 'A', level: 'high_intent', lastFollowUpAt: daysAgo(41) },
      ['claim_unowned', 'priority_service', 'offer_member_price'],
    ],
  ])('%s', (_name, facts, codes) => {
    expect(negotiationHints({ ...base, ...facts }, now).map((h) => h.code)).toEqual(codes);
  });

  it('gives every hint a Chinese and an English text', () => {
    const all = negotiationHints(
      {
        ownerId: null,
        customerClass: 'A',
        level: 'high_intent',
        lastFollowUpAt: null,
        createdAt: daysAgo(100),
      },
      now,
    );
    expect(all.length).toBeGreaterThan(0);
    for (const h of all) {
      expect(h.zhCN).toMatch(/[\u4e00-\u9fff]/);
      expect(h.enUS).toMatch(/^[\x20-\x7e]+$/);
    }
    expect(all.find((h) => h.code === 'offer_member_price')?.enUS).toMatch(/member price/);
  });
});

describe('picking the recognised customer', () => {
  const customer = (id: string, branchId: string, extra: Partial<Customer> = {}) =>
    ({
      id,
      branchId,
      phones: [],
      cards: [],
      deletedAt: null,
      mergedInto: null,
      updatedAt: now,
      ...extra,
    }) as unknown as Customer;
  const card = (uid: string, status = 'active') => ({ uid, status });

  it('prefers the site’s branch, else any branch', () => {
    const here = customer('here', 'b1', { phones: ['+8613800138000'] });
    const there = customer('there', 'b2', { phones: ['+8613800138000'] });
    const q = { source: 'call' as const, key: '+8613800138000' };
    expect(pickCustomer([there, here], q, 'b1')).toMatchObject({ customer: { id: 'here' }, others: [] });
    expect(pickCustomer([there], q, 'b1')?.customer.id).toBe('there');
    expect(pickCustomer([], q, 'b1')).toBeUndefined();
  });

  it('needs an active card with that UID, and a live record', () => {
    const q = { source: 'card' as const, key: 'DEADBEEF' };
    const revoked = customer('revoked', 'b1', { cards: [card('DEADBEEF', 'revoked')] } as Partial<Customer>);
    const deleted = customer('deleted', 'b1', {
      cards: [card('DEADBEEF')],
      deletedAt: now,
    } as Partial<Customer>);
    expect(pickCustomer([revoked, deleted], q, 'b1')).toBeUndefined();
  });

  it('puts a record with the number itself before one with it on a contact', () => {
    const q = { source: 'call' as const, key: '+8613800138000' };
    const viaContact = customer('contact', 'b1', { updatedAt: new Date(now.getTime() + 1000) });
    const own = customer('own', 'b1', { phones: ['+8613800138000'] });
    expect(pickCustomer([viaContact, own], q, 'b1')).toMatchObject({
      customer: { id: 'own' },
      others: [{ id: 'contact' }],
    });
  });
});
