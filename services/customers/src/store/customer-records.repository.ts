import type { Queryable } from '@crm/db';
import type { Customer } from '../domain/customer';
import { CARD_COLUMNS, cardFromJson, loadCards } from './customer-cards.repository';
import { CONTACT_COLUMNS, loadContacts, toContact } from './customer-contacts.repository';
import { customerColumns, toCustomer, type CustomerRow } from './customer-row.mapper';

/** Rows → records with their contacts and cards (two queries for any number of rows). */
export async function hydrate(db: Queryable, rows: CustomerRow[]): Promise<Customer[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [contactsBy, cardsBy] = await Promise.all([loadContacts(db, ids), loadCards(db, ids)]);
  return rows.map((r) => toCustomer(r, contactsBy.get(r.id) ?? [], cardsBy.get(r.id) ?? []));
}

/**
 * Records with their contacts and cards in one query (the children as JSON): for the recognition
 * lookups, where a round trip to PostgreSQL and back costs more than the query itself. `where` is
 * a condition on the customers row `c`.
 */
export async function selectHydrated(
  db: Queryable,
  where: string,
  params: unknown[],
  tail = '',
): Promise<Customer[]> {
  const { rows } = await db.query<
    CustomerRow & {
      contacts_json: Parameters<typeof toContact>[0][];
      cards_json: Parameters<typeof cardFromJson>[0][];
    }
  >(
    `SELECT ${customerColumns('c')},
       (SELECT coalesce(json_agg(k ORDER BY k.position, k.id), '[]')
        FROM (SELECT ${CONTACT_COLUMNS}, position FROM customer_contacts WHERE customer_id = c.id) k) AS contacts_json,
       (SELECT coalesce(json_agg(d ORDER BY d.issued_at DESC, d.id), '[]')
        FROM (SELECT ${CARD_COLUMNS} FROM customer_cards WHERE customer_id = c.id) d) AS cards_json
     FROM customers c WHERE ${where} ${tail}`,
    params,
  );
  return rows.map((r) => toCustomer(r, r.contacts_json.map(toContact), r.cards_json.map(cardFromJson)));
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
