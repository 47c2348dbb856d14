import type { Customer } from './customer';

/** A hint for the staff member who sees the screen pop: a stable code and its text in each UI language. */
export interface NegotiationHint {
  code: NegotiationHintCode;
  zhCN: string;
  enUS: string;
}

export type NegotiationHintCode = 'claim_unowned' | 'priority_service' | 'offer_member_price' | 'welcome';

/** What the rules read: the customer's facts as the customers service knows them. */
export type HintFacts = Pick<
  Customer,
  'ownerId' | 'level' | 'customerClass' | 'lastFollowUpAt' | 'createdAt'
>;

const DAY_MS = 86_400_000;

/** Thresholds of the rules. */
export const hintThresholds = { idleHighIntentDays: 40, newCustomerDays: 7 } as const;

interface Rule {
  code: NegotiationHintCode;
  zhCN: string;
  enUS: string;
  applies(facts: HintFacts, now: Date): boolean;
}

const daysSince = (t: Date, now: Date) => (now.getTime() - t.getTime()) / DAY_MS;

/** The rules in order of importance: the first hint of the list is the one to show first. */
const rules: readonly Rule[] = [
  {
    code: 'claim_unowned',
    zhCN: '公海客户：请在本次到访结束前认领',
    enUS: 'Unowned: claim before the visit ends',
    applies: (f) => f.ownerId === null,
  },
  {
    code: 'priority_service',
    zhCN: 'A 类客户：优先接待',
    enUS: 'Priority service',
    applies: (f) => f.customerClass === 'A',
  },
  {
    code: 'offer_member_price',
    zhCN: '高意向客户，40 天以上未跟进：可提供会员价',
    enUS: 'High intent, no follow-up for 40+ days: offer member price',
    // Never followed up: counted from when the record was created.
    applies: (f, now) =>
      f.level === 'high_intent' &&
      daysSince(f.lastFollowUpAt ?? f.createdAt, now) >= hintThresholds.idleHighIntentDays,
  },
  {
    code: 'welcome',
    zhCN: '新客户：欢迎并介绍服务',
    enUS: 'New customer: welcome them',
    applies: (f, now) => daysSince(f.createdAt, now) < hintThresholds.newCustomerDays,
  },
];

/** The negotiation hints for a recognised customer, most important first (pure: same facts, same hints). */
export function negotiationHints(facts: HintFacts, now: Date): NegotiationHint[] {
  return rules.filter((r) => r.applies(facts, now)).map(({ code, zhCN, enUS }) => ({ code, zhCN, enUS }));
}
