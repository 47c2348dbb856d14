import { canSee, canWriteToBranch, hasPermission, requirePermission, type Principal } from '@crm/auth';
import { DomainError, invalidArgument, permissionDenied } from '@crm/errors';
import { customerPermissions, type Customer } from './customer';
import { changedFields, touched } from './customer-change';
import {
  headerOf,
  type HeaderMapping,
  type ImportRowError,
  type RowErrorCode,
} from './customer-import-columns';
import { mergeCustomFields, type CustomFieldDefinition } from './custom-fields';
import type { DuplicateCandidate, EntryReview } from './duplicates';
import type { CheckedRows, HeaderCheck, OwnerLookup, RowCheckContext, ValidRow } from './import-row-checker';

export const importModes = ['create', 'upsert'] as const;
export type ImportMode = (typeof importModes)[number];

/**
 * Where the reader of an import delivers the first sheet checked (ImportRowChecker, in the parser's
 * thread): the header's check, then per chunk of `count` data rows the valid ones and the errors.
 * The checker asks ownerIds for the usernames of the Owner column.
 */
export interface CheckedSheetSink {
  header(check: HeaderCheck): void;
  ownerIds: OwnerLookup;
  rows(count: number, checked: CheckedRows): Promise<void>;
}

export interface ImportOptions {
  dryRun: boolean;
  mode: ImportMode;
  /** Empty: the caller's branch. */
  branchId?: string;
  fileName: string;
}

/** Storage inside one batch (one transaction when writing). */
export interface ImportBatchStore {
  /** Live, not rejected records with one of these normalised names or phones (theirs or a contact's). */
  findMatches(names: string[], phones: string[]): Promise<DuplicateCandidate[]>;
  /** The records, locked for the rest of the transaction. */
  lockRecords(ids: string[]): Promise<Customer[]>;
  insert(customers: Customer[], actor: Principal): Promise<void>;
  update(
    changes: { before: Customer; after: Customer; changedFields: string[] }[],
    actor: Principal,
  ): Promise<void>;
}

export interface ImportSummary {
  importId: string;
  branchId: string;
  mode: ImportMode;
  fileName: string;
  totalRows: number;
  imported: number;
  updated: number;
  failed: number;
}

export interface ImportCustomersPort {
  customFieldDefinitions(branchId: string): Promise<CustomFieldDefinition[]>;
  entryReview(branchId: string): Promise<EntryReview>;
  /** Folded (lower-case) usernames → user ids, for those the directory knows. */
  ownerIds(usernames: string[], caller: Principal): Promise<Map<string, string>>;
  /**
   * Makes every other entry of a customer wait until released (taken before the writers, released
   * after their commit), so none slips between the import's duplicate check and its commit.
   */
  holdEntryLock(): Promise<{ release(): Promise<void> }>;
  /**
   * A writer: one transaction (a read-only session for a dry run) that takes batches one after the
   * other; nothing it wrote is visible before commit().
   */
  writer(write: boolean): Promise<ImportWriter>;
}

export interface ImportWriter {
  batch<T>(fn: (store: ImportBatchStore) => Promise<T>): Promise<T>;
  /** Commits (with the summary's event and audit entry when given), then invalidates the lookups. */
  commit(summary?: { summary: ImportSummary; actor: Principal }): Promise<void>;
  rollback(): Promise<void>;
}

export interface ImportReport extends Omit<ImportSummary, 'branchId' | 'mode' | 'fileName'> {
  dryRun: boolean;
  errors: ImportRowError[];
  errorsTruncated: boolean;
}

export const MAX_REPORTED_ERRORS = 1000;
/** Rows per batch: big enough for multi-row statements to pay off, small enough to start writing early. */
export const IMPORT_BATCH_ROWS = 2000;
/** Batches written at the same time. */
export const IMPORT_WRITERS = 2;

/**
 * Imports customers from the first sheet of an .xlsx file (R-CUS-7). The file as a whole is refused
 * (INVALID_ARGUMENT, nothing stored) for unknown or missing columns or too many rows; otherwise every
 * row is checked with the rules of create (checkNewCustomer), against the rows before it and against
 * the existing records (create's duplicate check: same normalised name or phone). Bad rows are
 * reported with their row, column and reason and not imported.
 *
 * Good rows are written while the rest of the file is still being read, in batches of
 * IMPORT_BATCH_ROWS spread over IMPORT_WRITERS transactions (PostgreSQL works on each with a core of
 * its own), and nothing is committed before the last row was read and checked: a file refused
 * half-way, or a storage failure, leaves nothing behind. Only a failure between the writers'
 * commits (a connection lost at that instant) could leave part of the rows; the error says so.
 */
export async function importCustomers(
  port: ImportCustomersPort,
  principal: Principal | undefined,
  options: ImportOptions,
  readSheet: (context: RowCheckContext, sink: CheckedSheetSink) => Promise<void>,
  now: Date = new Date(),
): Promise<ImportReport> {
  const caller = requirePermission(principal, customerPermissions.import);
  requirePermission(caller, customerPermissions.create);
  const branchId = options.branchId || caller.branchId;
  if (!canWriteToBranch(caller, branchId)) throw permissionDenied(`cannot import into branch ${branchId}`);
  const [definitions, policy] = await Promise.all([
    port.customFieldDefinitions(branchId),
    port.entryReview(branchId),
  ]);

  const errors: ImportRowError[] = [];
  const fail = (row: number, column: string, code: RowErrorCode, message: string) =>
    errors.push({ row, column, code, message });
  let mapping: HeaderMapping | undefined;
  let totalRows = 0;
  let imported = 0;
  let updated = 0;
  let pending: ValidRow[] = [];

  const write = !options.dryRun;
  const entryLock = write ? await port.holdEntryLock() : undefined;
  try {
    return await importWithWriters();
  } finally {
    await entryLock?.release();
  }

  async function importWithWriters(): Promise<ImportReport> {
    // The writers, each a chain of batches on its own transaction.
    const writers = await Promise.all(Array.from({ length: IMPORT_WRITERS }, () => port.writer(write)));
    const queues: Promise<void>[] = writers.map(() => Promise.resolve());
    let turn = 0;
    let storageError: unknown;
    const dispatch = (batch: ValidRow[]) => {
      const i = turn++ % writers.length;
      queues[i] = queues[i]!.then(async () => {
        if (storageError) return;
        try {
          const done = await writers[i]!.batch((store) =>
            importBatch(store, batch, { caller, mode: options.mode, mapping: mapping!, fail, now, write }),
          );
          imported += done.imported;
          updated += done.updated;
        } catch (err) {
          storageError ??= err;
        }
      });
      // Reading goes on while the writers work, but never more than a batch ahead of the slower one.
      return queues[(i + 1) % queues.length];
    };

    try {
      await readSheet(
        { caller, branchId, definitions, policy, now },
        {
          header(check) {
            if (!check.ok)
              throw invalidArgument(
                'the file’s columns are not those of the customers file',
                check.violations,
              );
            mapping = check.mapping;
          },
          ownerIds: (names) => port.ownerIds(names, caller),
          async rows(count, checked) {
            if (storageError) throw storageError;
            totalRows += count;
            errors.push(...checked.errors);
            for (const row of checked.valid) {
              pending.push(row);
              if (pending.length >= IMPORT_BATCH_ROWS) {
                const batch = pending;
                pending = [];
                await dispatch(batch);
              }
            }
          },
        },
      );
      if (!mapping)
        throw invalidArgument('the first sheet has no header row', [
          { field: 'file', message: 'has no header row' },
        ]);
      if (pending.length > 0) void dispatch(pending);
      await Promise.all(queues);
      if (storageError) throw storageError;
    } catch (err) {
      // Batches still queued are skipped, and the one under way finishes before its writer rolls
      // back: a ROLLBACK queued ahead of a batch's remaining statements would leave them to run
      // outside any transaction (committed each on its own) on a connection back in the pool.
      storageError ??= err;
      await Promise.all(queues);
      await Promise.all(writers.map((w) => w.rollback().catch(() => undefined)));
      throw err;
    }

    const failedRows = new Set(errors.map((e) => e.row)).size;
    const summary: ImportSummary = {
      importId: crypto.randomUUID(),
      branchId,
      mode: options.mode,
      fileName: options.fileName,
      totalRows,
      imported,
      updated,
      failed: failedRows,
    };
    let committed = 0;
    try {
      for (const [i, w] of writers.entries()) {
        await w.commit(i === 0 && write ? { summary, actor: caller } : undefined);
        committed++;
      }
    } catch (err) {
      await Promise.all(writers.slice(committed + 1).map((w) => w.rollback().catch(() => undefined)));
      if (committed === 0) throw err;
      throw new DomainError(
        'UNAVAILABLE',
        `the import failed while committing: part of the rows were stored (${imported} new, ${updated} updated in all); check the customers list before importing again`,
      );
    }

    // Row order, then the file's column order (errors of the whole row first).
    const position = new Map([...mapping.headers].map(([index, text]) => [text, index]));
    errors.sort((a, b) => a.row - b.row || (position.get(a.column) ?? -1) - (position.get(b.column) ?? -1));
    return {
      importId: summary.importId,
      totalRows,
      imported,
      updated,
      failed: failedRows,
      dryRun: options.dryRun,
      errors: errors.slice(0, MAX_REPORTED_ERRORS),
      errorsTruncated: errors.length > MAX_REPORTED_ERRORS,
    };
  }
}

/** One batch against the existing records: matches decide between insert, update and error. */
async function importBatch(
  store: ImportBatchStore,
  batch: ValidRow[],
  ctx: {
    caller: Principal;
    mode: ImportMode;
    mapping: HeaderMapping;
    now: Date;
    write: boolean;
    fail: (row: number, column: string, code: RowErrorCode, message: string) => void;
  },
): Promise<{ imported: number; updated: number }> {
  const { caller, mapping, fail } = ctx;
  const names = batch.map((r) => r.draft.nameNormalized).filter(Boolean);
  const phones = batch.flatMap((r) => r.draft.phones);
  const candidates = await store.findMatches(names, phones);
  const byName = new Map<string, DuplicateCandidate[]>();
  const byPhone = new Map<string, DuplicateCandidate[]>();
  for (const c of candidates) {
    push(byName, c.nameNormalized, c);
    for (const p of c.phones) push(byPhone, p, c);
  }
  const mayUpdate = hasPermission(caller, customerPermissions.update);
  const describe = (c: DuplicateCandidate) =>
    canSee(caller, c) ? `matches customer ${c.id} (${c.name})` : 'matches a customer outside your data scope';

  const creates: Customer[] = [];
  const updates: { row: ValidRow; targetId: string }[] = [];
  for (const r of batch) {
    const phoneMatches = unique(r.draft.phones.flatMap((p) => byPhone.get(p) ?? []));
    const nameMatches = r.draft.nameNormalized ? (byName.get(r.draft.nameNormalized) ?? []) : [];
    const phoneColumn = headerOf(mapping, 'phone') ?? '';
    const nameColumn = headerOf(mapping, 'name') ?? '';
    if (ctx.mode === 'create' || phoneMatches.length === 0) {
      if (phoneMatches[0]) fail(r.row, phoneColumn, 'DUPLICATE', describe(phoneMatches[0]));
      else if (nameMatches[0]) fail(r.row, nameColumn, 'DUPLICATE', describe(nameMatches[0]));
      else creates.push(r.draft);
      continue;
    }
    if (phoneMatches.length > 1) {
      fail(
        r.row,
        phoneColumn,
        'AMBIGUOUS_MATCH',
        `matches ${phoneMatches.length} customers; change one by hand`,
      );
      continue;
    }
    const target = phoneMatches[0]!;
    const other = nameMatches.find((c) => c.id !== target.id);
    if (other) fail(r.row, nameColumn, 'DUPLICATE', describe(other));
    else if (!mayUpdate || !canSee(caller, target))
      fail(r.row, phoneColumn, 'CANNOT_UPDATE', `${describe(target)} that you may not change`);
    else updates.push({ row: r, targetId: target.id });
  }

  const changes: { before: Customer; after: Customer; changedFields: string[] }[] = [];
  if (updates.length > 0) {
    const locked = new Map((await store.lockRecords(updates.map((u) => u.targetId))).map((c) => [c.id, c]));
    for (const u of updates) {
      const before = locked.get(u.targetId);
      if (!before || before.deletedAt) {
        fail(
          u.row.row,
          headerOf(mapping, 'phone') ?? '',
          'CANNOT_UPDATE',
          'the matching customer was just deleted',
        );
        continue;
      }
      const after = upsertedState(before, u.row, caller, ctx.now);
      if (after.phones.length > 10) {
        fail(u.row.row, headerOf(mapping, 'phone') ?? '', 'INVALID', 'at most 10 phones');
        continue;
      }
      const fields = changedFields(before, after);
      if (fields.length > 0) changes.push({ before, after, changedFields: fields });
    }
  }
  if (ctx.write) {
    if (creates.length > 0) await store.insert(creates, caller);
    if (changes.length > 0) await store.update(changes, caller);
  }
  return { imported: creates.length, updated: changes.length };
}

/**
 * An upsert's next state: the cells that had a value replace the record's values (phones are added
 * to the record's, custom fields merged); the owner stays (moving customers is a transfer).
 */
function upsertedState(current: Customer, r: ValidRow, caller: Principal, now: Date): Customer {
  const d = r.draft;
  const has = (key: string) => r.filled.has(key);
  const customPatch = Object.fromEntries(
    Object.entries(r.checked.customFields).filter(([key]) => has(`custom:${key}`)),
  );
  return touched(
    {
      ...current,
      name: has('name') ? d.name : current.name,
      nameNormalized: has('name') ? d.nameNormalized : current.nameNormalized,
      kind: has('kind') ? d.kind : current.kind,
      phones: has('phone') ? [...new Set([...current.phones, ...d.phones])] : current.phones,
      email: has('email') ? d.email : current.email,
      address: {
        province: has('province') ? d.address.province : current.address.province,
        city: has('city') ? d.address.city : current.address.city,
        district: has('district') ? d.address.district : current.address.district,
        detail: has('address') ? d.address.detail : current.address.detail,
      },
      source: has('source') ? d.source : current.source,
      tags: has('tags') ? d.tags : current.tags,
      notes: has('notes') ? d.notes : current.notes,
      level: has('level') ? d.level : current.level,
      customerClass: has('class') ? d.customerClass : current.customerClass,
      customFields: mergeCustomFields(current.customFields, customPatch),
    },
    caller,
    now,
  );
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const unique = (list: DuplicateCandidate[]) => [...new Map(list.map((c) => [c.id, c])).values()];
