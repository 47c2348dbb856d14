import type { Principal } from '@crm/auth';
import { newEvent, type EventEnvelope } from '@crm/bus';
import type { customersV1Types } from '@crm/proto';
import type { CareOccasion } from '../domain/care-occasions';
import type { ChurnTransition } from '../domain/churn-rules';
import type { ChurnStatus, Customer } from '../domain/customer';
import { churnStatusToWire, toCustomerMessage } from './customer.mapper';
import { auditEvent } from './customer-events';

/** Subjects of churn (R-CUS-8) and special care (R-CUS-9). */
export const careEventTypes = {
  churnFlagged: 'crm.customers.customer.churn_flagged',
  churnPaused: 'crm.customers.customer.churn_paused',
  churnConfirmed: 'crm.customers.customer.churn_confirmed',
  churnReactivated: 'crm.customers.customer.churn_reactivated',
  careDue: 'crm.customers.care.due',
} as const;

const actorOf = (p: Principal) => ({ userId: p.userId, kind: p.kind });

/** A churn change: its event, and an audit entry when a person made it (the sweep's are not audited). */
export function churnEvents(
  transition: ChurnTransition,
  before: Customer,
  after: Customer,
  previous: ChurnStatus,
  actor: Principal,
): EventEnvelope[] {
  const customer = toCustomerMessage(after);
  const branch = after.branchId;
  if (transition.event === 'churn_flagged') {
    const payload: customersV1Types.CustomerChurnFlagged = {
      customer,
      ownerId: after.ownerId ?? '',
      lastActivityAt: after.churn.lastActivityAt?.toISOString() ?? '',
    };
    return [newEvent(careEventTypes.churnFlagged, branch, actorOf(actor), payload)];
  }
  const type = {
    churn_paused: careEventTypes.churnPaused,
    churn_confirmed: careEventTypes.churnConfirmed,
    churn_reactivated: careEventTypes.churnReactivated,
  }[transition.event];
  const payload: customersV1Types.CustomerChurnChanged = {
    customer,
    previousStatus: churnStatusToWire[previous],
    cause: transition.cause ?? '',
  };
  const events: EventEnvelope[] = [newEvent(type, branch, actorOf(actor), payload)];
  if (actor.kind !== 'system')
    events.push(
      auditEvent(actor, {
        action: `customer.${transition.event}`,
        entityType: 'customer',
        entityId: after.id,
        branchId: branch,
        before: toCustomerMessage(before).churn,
        after: customer.churn,
      }),
    );
  return events;
}

export function careDueEvents(o: CareOccasion, actor: Principal): EventEnvelope[] {
  const payload: customersV1Types.CareDue = {
    customerId: o.customerId,
    customerName: o.customerName,
    branchId: o.branchId,
    ownerId: o.ownerId ?? '',
    contactId: o.contactId ?? '',
    contactName: o.contactName ?? '',
    occasion: o.occasion,
    label: o.label,
    date: o.date,
    daysUntil: o.daysUntil,
  };
  return [newEvent(careEventTypes.careDue, o.branchId, actorOf(actor), payload)];
}
