import { canWriteToBranch, requirePermission, type Principal } from '@crm/auth';
import { fromZodError, permissionDenied } from '@crm/errors';
import { customerPermissions } from './customer';
import { exportHeader, exportRow } from './customer-import-columns';
import type { CustomFieldDefinition } from './custom-fields';
import { filterInput, type ListCustomersPort, type ListCursor } from './list-customers.use-case';

export interface ExportCustomersPort extends ListCustomersPort {
  customFieldDefinitions(branchId: string): Promise<CustomFieldDefinition[]>;
  /** User ids → usernames, for those the directory knows. */
  ownerNames(ids: string[], caller: Principal): Promise<Map<string, string>>;
}

/** Where the rows go: the workbook writer (it streams them out as they come). */
export interface ExportSink {
  header(cells: string[]): Promise<void>;
  rows(rows: (string | number)[][]): Promise<void>;
}

/** Records read per query: large pages keep the number of round trips down. */
export const EXPORT_PAGE_ROWS = 1000;

/**
 * Exports the customers the caller can see (R-CUS-7, data scope applied by the same query as the
 * list) with the list's filters, in the columns of the import, so the file imports again. Custom
 * fields are those of the branch filtered on (else the caller's).
 */
export async function exportCustomers(
  port: ExportCustomersPort,
  principal: Principal | undefined,
  query: Record<string, unknown>,
  sink: ExportSink,
): Promise<number> {
  const caller = requirePermission(principal, customerPermissions.export);
  const parsed = filterInput.safeParse(query);
  if (!parsed.success) throw fromZodError(parsed.error, 'search is invalid');
  const { sort = 'created_desc', ...filter } = parsed.data;
  const definitions = await port.customFieldDefinitions(filter.branchId || caller.branchId);
  await sink.header(exportHeader(definitions));
  const names = new Map<string, string>();
  if (caller.username) names.set(caller.userId, caller.username);
  let after: ListCursor | undefined;
  let count = 0;
  for (;;) {
    const page = await port.listPage(caller, filter, sort, after, EXPORT_PAGE_ROWS);
    if (page.length === 0) break;
    const unknown = [
      ...new Set(page.map((p) => p.customer.ownerId).filter((id): id is string => !!id && !names.has(id))),
    ];
    if (unknown.length > 0)
      for (const [id, name] of await port.ownerNames(unknown, caller)) names.set(id, name);
    await sink.rows(
      page.map(({ customer }) =>
        exportRow(
          customer,
          customer.ownerId ? (names.get(customer.ownerId) ?? customer.ownerId) : '',
          definitions,
        ),
      ),
    );
    count += page.length;
    if (page.length < EXPORT_PAGE_ROWS) break;
    after = page.at(-1)!.cursor;
  }
  return count;
}

/** The template's header row: the columns of the branch (its custom fields included). */
export async function importTemplateHeader(
  port: Pick<ExportCustomersPort, 'customFieldDefinitions'>,
  principal: Principal | undefined,
  branchId: string,
): Promise<{ header: string[]; definitions: CustomFieldDefinition[] }> {
  const caller = requirePermission(principal, customerPermissions.import);
  const branch = branchId || caller.branchId;
  if (!canWriteToBranch(caller, branch)) throw permissionDenied(`cannot import into branch ${branch}`);
  const definitions = await port.customFieldDefinitions(branch);
  return { header: exportHeader(definitions), definitions };
}
