// What the staff write in a customer's timeline and about its contacts, for the demo.
import { CONTACT_TITLES, mobile, personName, pick, unique, type Random } from './people';

const FOLLOW_UPS = {
  VISIT: [
    '上门拜访，查看鸡舍防疫情况，客户计划下月进苗',
    '到场回访，上批817肉杂鸡已出栏，成活率约96%',
    '陪技术员到场，指导育雏温度和通风',
    '拜访场长，商谈下半年鸭苗供应计划',
  ],
  CALL: [
    '电话回访：询问下一批鸡苗到货时间',
    '电话沟通：客户询价，已报本周白羽肉鸡苗价格',
    '电话提醒：马立克疫苗免疫时间',
    '客户来电：上批苗有少量弱雏，已登记，下批注意',
  ],
  MESSAGE: ['微信发送本周鸡苗报价单', '短信通知：订的苗明早7点装车', '微信发送育雏期饲养管理资料'],
  NOTE: [
    '客户资金紧张，要求账期30天，需主管审批',
    '客户有意扩栏，明年春季可能增加一倍进苗量',
    '与客户确认开票信息',
  ],
} as const;

export type FollowUpKind = keyof typeof FOLLOW_UPS;

const DAY_MS = 86_400_000;

/** 1 or 2 follow-ups of the last two months, oldest first. */
export function followUps(
  random: Random,
  now: Date,
): { kind: FollowUpKind; occurredAt: string; summary: string }[] {
  const count = 1 + Math.floor(random() * 2);
  const daysAgo = Array.from({ length: count }, () => 1 + Math.floor(random() * 60)).sort((a, b) => b - a);
  return daysAgo.map((days) => {
    const kind = pick(random, Object.keys(FOLLOW_UPS) as FollowUpKind[]);
    return {
      kind,
      occurredAt: new Date(
        now.getTime() - days * DAY_MS - Math.floor(random() * 8) * 3_600_000,
      ).toISOString(),
      summary: pick(random, FOLLOW_UPS[kind]),
    };
  });
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

export interface Contact {
  name: string;
  title: string;
  phones: string[];
  birthday?: string;
}

/** One or two contacts of a company; some with a birthday in the coming days (the care reminders). */
export function contacts(random: Random, now: Date, takenPhones: Set<string>): Contact[] {
  return Array.from({ length: random() < 0.6 ? 1 : 2 }, () => {
    const phone = unique(
      takenPhones,
      (p: { e164: string }) => p.e164,
      () => mobile(random),
    );
    const contact: Contact = {
      name: personName(random),
      title: pick(random, CONTACT_TITLES),
      phones: [phone.written],
    };
    if (random() < 0.4) {
      const year = 1962 + Math.floor(random() * 30);
      // A fifth of them soon (within ten days), the others any day of the year.
      const day =
        random() < 0.2
          ? new Date(now.getTime() + Math.floor(random() * 10) * DAY_MS)
          : new Date(now.getTime() + Math.floor(random() * 365) * DAY_MS);
      contact.birthday = `${year}${isoDay(day).slice(4)}`.replace(/-02-29$/, '-02-28');
    }
    return contact;
  });
}

/** The day of the first order, a year or more ago, on a day of the coming weeks (a care anniversary). */
export function firstOrderAnniversary(random: Random, now: Date): { label: string; date: string } {
  const soon = new Date(now.getTime() + Math.floor(random() * 21) * DAY_MS);
  const year = soon.getUTCFullYear() - 1 - Math.floor(random() * 6);
  return { label: '首次合作', date: `${year}${isoDay(soon).slice(4)}`.replace(/-02-29$/, '-02-28') };
}

export const CHURN_REASONS = [
  '改养其他品种，不再进鸡苗',
  '转向其他孵化场采购',
  '养殖场拆迁，已停养',
  '价格原因流失',
];
