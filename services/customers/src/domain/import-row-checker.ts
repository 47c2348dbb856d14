import type { FieldViolation } from '@crm/errors';
import type { Principal } from '@crm/auth';
import type { Customer } from './customer';
import {
  columnOfViolation,
  headerOf,
  mapHeader,
  rowInput,
  type CellValue,
  type HeaderMapping,
  type ImportRowError,
  type RowErrorCode,
  type RowInput,
} from './customer-import-columns';
import { createCustomerInput } from './customer-input';
import type { CustomFieldDefinition } from './custom-fields';
import { checkNewCustomer, newCustomerDraft, type CheckedNewCustomer } from './create-customer.use-case';
import type { EntryReview } from './duplicates';
import { isUuid } from './text-rules';

/** What checking an import's rows needs to know; plain data, so it can be sent to a worker thread. */
export interface RowCheckContext {
  caller: Principal;
  branchId: string;
  definitions: CustomFieldDefinition[];
  policy: EntryReview;
  now: Date;
}

/** A row that passed the rules of create and the in-file duplicate check, waiting for the database's. */
export interface ValidRow {
  row: number;
  checked: Extract<CheckedNewCustomer, { ok: true }>;
  draft: Customer;
  filled: Set<string>;
}

/** The outcome of a chunk of rows: the valid ones, and the errors of the others. */
export interface CheckedRows {
  valid: ValidRow[];
  errors: ImportRowError[];
}

export type HeaderCheck = { ok: true; mapping: HeaderMapping } | { ok: false; violations: FieldViolation[] };

/** Folded (lower-case) usernames → user ids, for those the directory knows. */
export type OwnerLookup = (usernames: string[]) => Promise<Map<string, string>>;

/**
 * The checks of an import that need only the file (R-CUS-7): its header; every row against the
 * rules of create (checkNewCustomer), its Owner column against the directory, and against the rows
 * before it (same normalised name or phone: the first row wins). The import's use case checks the
 * rows that pass against the database. One instance per file, fed its rows in order; it runs in the
 * sheet's parser thread (customer-sheet.worker), beside the use case's writes.
 */
export class ImportRowChecker {
  private mapping: HeaderMapping | undefined;
  private readonly ownerIds = new Map<string, string>();
  private readonly seenNames = new Map<string, number>();
  private readonly seenPhones = new Map<string, number>();

  constructor(private readonly context: RowCheckContext) {
    const { caller } = context;
    if (caller.username) this.ownerIds.set(caller.username.toLowerCase(), caller.userId);
  }

  header(cells: CellValue[]): HeaderCheck {
    const header = mapHeader(cells, this.context.definitions);
    if (header.ok) this.mapping = header.mapping;
    return header;
  }

  async rows(rows: { row: number; cells: CellValue[] }[], lookupOwners: OwnerLookup): Promise<CheckedRows> {
    const mapping = this.mapping;
    if (!mapping) throw new Error('rows before the header');
    const { caller, branchId, definitions, policy, now } = this.context;
    const errors: ImportRowError[] = [];
    const fail = (row: number, column: string, code: RowErrorCode, message: string) =>
      errors.push({ row, column, code, message });
    const inputs = rows.map((r) => ({ row: r.row, ...rowInput(r.cells, mapping) }));
    await this.resolveOwners(inputs, lookupOwners);
    const valid: ValidRow[] = [];
    for (const r of inputs) {
      const v = checkRow(r, { mapping, definitions, ownerIds: this.ownerIds, fail, errors });
      if (!v) continue;
      const draft = newCustomerDraft(caller, v, branchId, now);
      const name = draft.nameNormalized;
      const namesake = name ? this.seenNames.get(name) : undefined;
      const twin = draft.phones.map((p) => this.seenPhones.get(p)).find((n) => n !== undefined);
      if (twin !== undefined) {
        fail(r.row, headerOf(mapping, 'phone') ?? '', 'DUPLICATE_IN_FILE', `same phone as row ${twin}`);
        continue;
      }
      if (namesake !== undefined) {
        fail(r.row, headerOf(mapping, 'name') ?? '', 'DUPLICATE_IN_FILE', `same name as row ${namesake}`);
        continue;
      }
      if (name) this.seenNames.set(name, r.row);
      for (const p of draft.phones) this.seenPhones.set(p, r.row);
      valid.push({
        row: r.row,
        checked: v,
        draft: policy === 'all' ? { ...draft, status: 'pending_review' } : draft,
        filled: r.filled,
      });
    }
    return { valid, errors };
  }

  /** The usernames of the Owner column not known yet, asked of the directory once each. */
  private async resolveOwners(inputs: { owner: string }[], lookupOwners: OwnerLookup): Promise<void> {
    const known = this.ownerIds;
    const names = [
      ...new Set(inputs.map((r) => r.owner.toLowerCase()).filter((o) => o && !isUuid(o) && !known.has(o))),
    ];
    if (names.length === 0) return;
    const found = await lookupOwners(names);
    // Unknown ones are remembered too (as ''), so they are asked once.
    for (const n of names) known.set(n, found.get(n) ?? '');
  }
}

/** One row against the rules of create; its errors are reported, the checked values returned when it passes. */
function checkRow(
  r: RowInput & { row: number },
  ctx: {
    mapping: HeaderMapping;
    definitions: CustomFieldDefinition[];
    ownerIds: Map<string, string>;
    errors: ImportRowError[];
    fail: (row: number, column: string, code: RowErrorCode, message: string) => void;
  },
): Extract<CheckedNewCustomer, { ok: true }> | undefined {
  const { mapping, fail, errors } = ctx;
  const before = errors.length;
  for (const e of r.errors) fail(r.row, headerOfColumn(mapping, e.column), e.code, e.message);
  if (!r.filled.has('kind') && !r.errors.some((e) => e.column.kind === 'standard' && e.column.key === 'kind'))
    fail(r.row, headerOf(mapping, 'kind') ?? '', 'REQUIRED', 'is required');
  const refused = new Set(errors.slice(before).map((e) => e.column));
  if (r.owner) {
    const id = isUuid(r.owner) ? r.owner : ctx.ownerIds.get(r.owner.toLowerCase());
    if (id) r.input.ownerId = id;
    else fail(r.row, headerOf(mapping, 'owner') ?? '', 'OWNER_NOT_FOUND', `no user ${r.owner}`);
  }
  const checked = checkNewCustomer(
    createCustomerInput.safeParse(r.input),
    r.input.customFieldsJson,
    ctx.definitions,
  );
  if (!checked.ok)
    for (const v of checked.violations) {
      const column = columnOfViolation(v.field, mapping);
      if (!refused.has(column))
        fail(r.row, column, v.message === 'is required' ? 'REQUIRED' : 'INVALID', v.message);
    }
  return checked.ok && errors.length === before ? checked : undefined;
}

const headerOfColumn = (mapping: HeaderMapping, column: RowInput['errors'][number]['column']) =>
  headerOf(mapping, column.kind === 'standard' ? column.key : `custom:${column.field.key}`) ?? '';
