// SCRATCH (helper B2): CPU of the import path in-process, storage faked. Removed before the report.
import type { Principal } from '@crm/auth';
import { envelopeProblem } from '@crm/bus';
import { importCustomers, type ImportCustomersPort } from '../../../services/customers/src/domain/import-customers.use-case';
import { importedCustomerEvents } from '../../../services/customers/src/events/customer-import-events';
import { readCustomerSheet } from '../../../services/customers/src/workbook/customer-sheet.reader';
import { importWorkbook } from './import-workbook';

const N = Number(process.env.N ?? 20000);
const caller = {
  userId: '00000000-0000-4000-8000-000000000001', username: 'admin', kind: 'user', branchId: 'HQ',
  permissions: ['*'], roles: ['admin'], dataScope: 'all',
} as unknown as Principal;

async function main() {
  const file = await importWorkbook(N);
  let t = performance.now();
  let count = 0;
  await readCustomerSheet(file, 1e6, { header() {}, async rows(r) { count += r.length; } });
  const readMs = performance.now() - t;
  console.log(`read only: ${count} rows ${(readMs * 1000 / N).toFixed(1)} us/row`);
  let stringifyMs = 0;
  const port: ImportCustomersPort = {
    customFieldDefinitions: async () => [],
    entryReview: async () => 'none' as const,
    ownerIds: async () => new Map(),
    writer: async () => ({
      batch: (fn) => fn({
        findMatches: async () => [],
        lockRecords: async () => [],
        insert: async (customers, actor) => {
          const s = performance.now();
          JSON.stringify(customers);
          const ev = importedCustomerEvents(customers, actor);
          for (const e of ev) envelopeProblem(e);
          JSON.stringify(ev);
          stringifyMs += performance.now() - s;
        },
        update: async () => {},
      }),
      commit: async () => {},
      rollback: async () => {},
    }),
  };
  for (let k = 0; k < 2; k++) {
    stringifyMs = 0;
    t = performance.now();
    const report = await importCustomers(port, caller, { dryRun: false, mode: 'create', fileName: 'x.xlsx' }, (sink) => readCustomerSheet(file, 1e6, sink));
    const ms = performance.now() - t;
    console.log(`full: imported ${report.imported} failed ${report.failed} ${(ms * 1000 / N).toFixed(1)} us/row (insert+events ${(stringifyMs * 1000 / N).toFixed(1)}) => ${(N / ms * 1000).toFixed(0)} rows/s`, report.errors.slice(0, 2));
  }
}
main();
