import type { customersV1Types as t } from '@crm/proto';
import type { Customer } from '../domain/customer';
import { negotiationHints } from '../domain/negotiation-hints';
import { classToWire, levelToWire } from './customer.mapper';

/**
 * The screen pop of a recognised customer: profile, grade, owner, phones, follow-up facts and the
 * negotiation hints. Purchases and tickets stay empty until the services that own them feed them.
 */
export function buildScreenPop(c: Customer, now: Date): t.ScreenPop {
  return {
    customerId: c.id,
    name: c.name,
    branchId: c.branchId,
    level: levelToWire[c.level],
    customerClass: c.customerClass ? classToWire[c.customerClass] : 'CUSTOMER_CLASS_UNSPECIFIED',
    ownerId: c.ownerId ?? '',
    inPublicPool: c.ownerId === null,
    phones: c.phones,
    lastFollowUpAt: c.lastFollowUpAt?.toISOString() ?? '',
    createdAt: c.createdAt.toISOString(),
    lastPurchases: [],
    openTickets: [],
    hints: negotiationHints(c, now).map((h) => ({ code: h.code, textZhCn: h.zhCN, textEnUs: h.enUS })),
  };
}
