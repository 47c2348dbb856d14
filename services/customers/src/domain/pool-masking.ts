import { hasPermission, type Principal } from '@crm/auth';
import { customerPermissions, type Customer } from './customer';
import { maskPhone } from './phone-number';

/** a.long.name@example.com → a***@example.com: the domain tells the company, not the mailbox. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  return at <= 0 ? '***' : `${email[0]}***${email.slice(at)}`;
}

/**
 * Pool customers (公海) can be seen by everyone of the branch, but their contact details are masked until
 * someone claims them, so that the pool cannot be harvested by reading it (the Chinese SME convention).
 * Whoever manages ownership (customers.transfer) sees them whole, to hand them out.
 */
export function poolView(caller: Principal, customer: Customer): Customer {
  if (customer.ownerId !== null || hasPermission(caller, customerPermissions.transfer)) return customer;
  return {
    ...customer,
    phones: customer.phones.map(maskPhone),
    email: customer.email === null ? null : maskEmail(customer.email),
    contacts: customer.contacts.map((c) => ({
      ...c,
      phones: c.phones.map(maskPhone),
      email: c.email === null ? null : maskEmail(c.email),
    })),
  };
}
