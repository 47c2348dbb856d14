import type { PoolClient } from 'pg';
import type { Queryable } from '@crm/db';
import type { Contact, Customer } from '../domain/customer';
import { groupByCustomer } from './customer-row.mapper';

export interface ContactRow {
  id: string;
  customer_id: string;
  name: string;
  title: string | null;
  phones: string[];
  email: string | null;
  birthday: string | null;
}

export const CONTACT_COLUMNS = 'id, customer_id, name, title, phones, email, birthday::text AS birthday';

export function toContact(r: ContactRow): Contact {
  return { id: r.id, name: r.name, title: r.title, phones: r.phones, email: r.email, birthday: r.birthday };
}

/** The contacts of these customers, in their order on each record. */
export async function loadContacts(db: Queryable, customerIds: string[]): Promise<Map<string, Contact[]>> {
  const { rows } = await db.query<ContactRow>(
    `SELECT ${CONTACT_COLUMNS} FROM customer_contacts WHERE customer_id = ANY($1::uuid[]) ORDER BY position, id`,
    [customerIds],
  );
  return groupByCustomer(rows, toContact);
}

/**
 * Makes the contact rows match the record: deletes the contacts it lost, upserts the others (an
 * unchanged contact is not rewritten; a contact moved by a merge follows its new customer).
 */
export async function saveContacts(tx: PoolClient, c: Customer): Promise<void> {
  await tx.query('DELETE FROM customer_contacts WHERE customer_id = $1 AND NOT (id = ANY($2::uuid[]))', [
    c.id,
    c.contacts.map((k) => k.id),
  ]);
  if (c.contacts.length === 0) return;
  await tx.query(
    `INSERT INTO customer_contacts (id, customer_id, branch_id, position, name, title, phones, email, birthday,
       created_at, updated_at)
     SELECT k.id, $1, $2, k.position, k.name, k.title, k.phones, k.email, k.birthday, $3, $3
     FROM jsonb_to_recordset($4::jsonb)
          AS k(id uuid, position smallint, name text, title text, phones text[], email text, birthday date)
     ON CONFLICT (id) DO UPDATE SET customer_id = EXCLUDED.customer_id, branch_id = EXCLUDED.branch_id,
       position = EXCLUDED.position, name = EXCLUDED.name, title = EXCLUDED.title, phones = EXCLUDED.phones,
       email = EXCLUDED.email, birthday = EXCLUDED.birthday, updated_at = EXCLUDED.updated_at
     WHERE (customer_contacts.customer_id, customer_contacts.position, customer_contacts.name,
            customer_contacts.title, customer_contacts.phones, customer_contacts.email, customer_contacts.birthday)
           IS DISTINCT FROM (EXCLUDED.customer_id, EXCLUDED.position, EXCLUDED.name, EXCLUDED.title,
            EXCLUDED.phones, EXCLUDED.email, EXCLUDED.birthday)`,
    [c.id, c.branchId, c.updatedAt, JSON.stringify(c.contacts.map((k, position) => ({ ...k, position })))],
  );
}
