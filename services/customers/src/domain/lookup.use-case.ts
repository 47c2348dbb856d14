import { canSee, requirePermission, type Principal } from '@crm/auth';
import { invalidArgument, notFound } from '@crm/errors';
import { normalizeCardUid } from './card-uid';
import { customerPermissions, type Card, type Customer } from './customer';
import { normalizePhoneNumber } from './phone-number';

/** The recognition hot path (cached): live records only, any scope; the use case filters the scope. */
export interface LookupPort {
  byCard(uid: string): Promise<Customer[]>;
  byPhone(e164: string): Promise<Customer[]>;
}

/** A card tap (R-RT-1): the customer holding that active card, if the caller may see it. */
export async function lookupByCard(
  port: LookupPort,
  principal: Principal | undefined,
  rawUid: string,
): Promise<{ customer: Customer; card: Card }> {
  const caller = requirePermission(principal, customerPermissions.read);
  const uid = normalizeCardUid(rawUid);
  if (!uid)
    throw invalidArgument('uid is not a card UID', [
      { field: 'uid', message: 'is not a card UID (4 to 10 bytes in hex)' },
    ]);
  const customer = (await port.byCard(uid)).find((c) => canSee(caller, c));
  const card = customer?.cards.find((c) => c.uid === uid && c.status === 'active');
  if (!customer || !card) throw notFound('card', uid);
  return { customer, card };
}

/** A call (R-RT-2): every live record in the caller's scope with that phone, on itself or a contact. */
export async function lookupByPhone(
  port: LookupPort,
  principal: Principal | undefined,
  rawPhone: string,
): Promise<{ phone: string; customers: Customer[] }> {
  const caller = requirePermission(principal, customerPermissions.read);
  const phone = normalizePhoneNumber(rawPhone);
  if (!phone)
    throw invalidArgument('phone is not a phone number', [
      { field: 'phone', message: 'is not a phone number' },
    ]);
  const customers = (await port.byPhone(phone)).filter((c) => canSee(caller, c));
  return { phone, customers };
}
