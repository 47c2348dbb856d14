import { http } from './index';
import type { CustomerFilters } from './customers.types';
import type { ImportMode, ImportReport } from './customers-import.types';

// An import of 200,000 rows is validated and written in one request, and an export streams every
// customer in scope: allow them minutes, not the default 30 s.
const LONG_TIMEOUT_MS = 10 * 60_000;

export const customersImportApi = {
  /** Validates (dryRun) or imports an .xlsx file; bad rows are reported, never stored. */
  importFile: (file: Blob, fileName: string, options: { dryRun: boolean; mode: ImportMode }) => {
    const form = new FormData();
    form.append('file', file, fileName);
    return http.upload<ImportReport>('/customers/import', form, {
      query: { dryRun: options.dryRun, mode: options.mode },
      timeoutMs: LONG_TIMEOUT_MS,
    });
  },
  template: () => http.download('/customers/import/template'),
  /** The customers the caller can see with the list's filters (the server applies the data scope). */
  exportFile: (filters: CustomerFilters) =>
    http.download('/customers/export', { ...filters }, { timeoutMs: LONG_TIMEOUT_MS }),
};
