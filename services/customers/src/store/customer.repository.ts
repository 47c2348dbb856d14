import path from 'node:path';
import type { Pool } from 'pg';
import { scopeCondition, type Principal } from '@crm/auth';
import { appendToOutbox } from '@crm/bus';
import { withTransaction, type Queryable } from '@crm/db';
import type { Customer, CustomerKind } from '../domain/customer';
import type { CreateCustomerPort } from '../domain/create-customer.use-case';
import type { GetCustomerPort } from '../domain/get-customer.use-case';
import type { ListCustomersPort } from '../domain/list-customers.use-case';
import { customerCreatedEvent } from '../events/customer-events';

export const customersMigrationsDir = path.join(__dirname, 'migrations');

interface CustomerRow {
  id: string;
  seq: string;
  branch_id: string;
  department_id: string | null;
  owner_id: string;
  kind: CustomerKind;
  name: string;
  phone: string | null;
  email: string | null;
  created_at: Date;
  updated_at: Date;
}

const COLUMNS =
  'id, seq, branch_id, department_id, owner_id, kind, name, phone, email, created_at, updated_at';

function toCustomer(row: CustomerRow): Customer {
  return {
    id: row.id,
    branchId: row.branch_id,
    departmentId: row.department_id,
    ownerId: row.owner_id,
    kind: row.kind,
    name: row.name,
    phone: row.phone,
    email: row.email,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export class CustomerRepository implements CreateCustomerPort, GetCustomerPort, ListCustomersPort {
  constructor(private readonly pool: Pool) {}

  /** The row and its event in one transaction: both or neither (DESIGN rule 3). */
  async insertWithEvent(c: Customer, actor: Principal): Promise<void> {
    await withTransaction(this.pool, async (tx) => {
      await this.insert(tx, c, actor);
      await appendToOutbox(tx, customerCreatedEvent(c, actor));
    });
  }

  private async insert(db: Queryable, c: Customer, actor: Principal): Promise<void> {
    await db.query(
      `INSERT INTO customers (id, branch_id, department_id, owner_id, kind, name, phone, email, created_by, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        c.id,
        c.branchId,
        c.departmentId,
        c.ownerId,
        c.kind,
        c.name,
        c.phone,
        c.email,
        actor.userId,
        c.createdAt,
        c.updatedAt,
      ],
    );
  }

  async findById(id: string): Promise<Customer | undefined> {
    const { rows } = await this.pool.query<CustomerRow>(`SELECT ${COLUMNS} FROM customers WHERE id = $1`, [
      id,
    ]);
    return rows[0] ? toCustomer(rows[0]) : undefined;
  }

  async listPage(
    principal: Principal,
    filter: { branchId?: string; afterSeq?: bigint; limit: number },
  ): Promise<{ customer: Customer; seq: bigint }[]> {
    const params: unknown[] = [];
    const where: string[] = [];
    if (filter.branchId) {
      params.push(filter.branchId);
      where.push(`branch_id = $${params.length}`);
    }
    if (filter.afterSeq !== undefined) {
      params.push(filter.afterSeq.toString());
      where.push(`seq < $${params.length}`);
    }
    const scope = scopeCondition(
      principal,
      { branch: 'branch_id', owner: 'owner_id', department: 'department_id' },
      params.length + 1,
    );
    where.push(scope.sql);
    params.push(...scope.params, filter.limit);
    const { rows } = await this.pool.query<CustomerRow>(
      `SELECT ${COLUMNS} FROM customers WHERE ${where.join(' AND ')} ORDER BY seq DESC LIMIT $${params.length}`,
      params,
    );
    return rows.map((row) => ({ customer: toCustomer(row), seq: BigInt(row.seq) }));
  }
}
