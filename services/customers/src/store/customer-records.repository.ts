import type { Queryable } from '@crm/db';
import type { Customer } from '../domain/customer';
import { loadCards } from './customer-cards.repository';
import { loadContacts } from './customer-contacts.repository';
import { customerColumns, toCustomer, type CustomerRow } from './customer-row.mapper';

/** Rows → records with their contacts and cards (two queries for any number of rows). */
export async function hydrate(db: Queryable, rows: CustomerRow[]): Promise<Customer[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [contactsBy, cardsBy] = await Promise.all([loadContacts(db, ids), loadCards(db, ids)]);
  return rows.map((r) => toCustomer(r, contactsBy.get(r.id) ?? [], cardsBy.get(r.id) ?? []));
}

/** Any record with that id, in the recycle bin too; locked for the transaction when asked. */
export async function selectCustomer(
  db: Queryable,
  id: string,
  opts: { forUpdate?: boolean } = {},
): Promise<Customer | undefined> {
  const { rows } = await db.query<CustomerRow>(
    `SELECT ${customerColumns('c')} FROM customers c WHERE c.id = $1${opts.forUpdate ? ' FOR UPDATE' : ''}`,
    [id],
  );
  return (await hydrate(db, rows))[0];
}
