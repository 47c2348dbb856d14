import type { Principal } from '@crm/auth';
import { DomainError, invalidArgument } from '@crm/errors';
import {
  IMPORT_BATCH_ROWS,
  importCustomers,
  type ImportBatchStore,
  type ImportCustomersPort,
} from '../src/domain/import-customers.use-case';
import { ImportRowChecker, type RowCheckContext } from '../src/domain/import-row-checker';

// The import's use case with its storage in memory: what it does with its writers when a file is
// refused half-way, while a batch is still being written.

const importer: Principal = {
  kind: 'user',
  userId: '0b6c2f0e-4a57-4f7e-9d3c-2f1a5e6b7c8d',
  username: 'importer',
  roles: ['sales_supervisor'],
  permissions: ['customers.import', 'customers.create'],
  branchId: 'main',
  dataScope: 'branch',
};

/** A promise and the function that settles it. */
function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('importCustomers refused half-way', () => {
  it('lets the batch under way finish before it rolls back, and starts none after', async () => {
    const log: string[] = [];
    const insertMayEnd = deferred();
    const insertStarted = deferred();
    const store: ImportBatchStore = {
      findMatches: async () => [],
      lockRecords: async () => [],
      async insert(customers) {
        log.push(`insert ${customers.length}`);
        insertStarted.resolve();
        await insertMayEnd.promise;
        log.push('insert done');
      },
      update: async () => undefined,
    };
    const port: ImportCustomersPort = {
      customFieldDefinitions: async () => [],
      entryReview: async () => 'none',
      ownerIds: async () => new Map(),
      holdEntryLock: async () => ({ release: async () => void log.push('entry lock released') }),
      writer: async () => ({
        batch: (fn) => fn(store),
        commit: async () => void log.push('commit'),
        rollback: async () => void log.push('rollback'),
      }),
    };

    const refusal = importCustomers(
      port,
      importer,
      { dryRun: false, mode: 'create', fileName: 'customers.xlsx' },
      async (context: RowCheckContext, sink) => {
        // The rows as the parser's thread checks them, then a refusal (too many rows) while the
        // first batch is still being written.
        const checker = new ImportRowChecker(context);
        sink.header(checker.header(['名称', '类型', '电话']));
        const cells = Array.from({ length: IMPORT_BATCH_ROWS + 1 }, (_, i) => ({
          row: i + 2,
          cells: [`客户${i}`, '公司', `139${String(i).padStart(8, '0')}`],
        }));
        const checked = await checker.rows(cells, async () => new Map());
        expect(checked.errors).toEqual([]);
        await sink.rows(cells.length, checked);
        await insertStarted.promise;
        throw invalidArgument('the file has more than 2001 rows; split it', []);
      },
    );
    // The refusal waits for the batch under way.
    await new Promise((r) => setTimeout(r, 20));
    expect(log).toEqual(['insert 2000']);
    insertMayEnd.resolve();

    await expect(refusal).rejects.toThrow(DomainError);
    expect(log).toEqual(['insert 2000', 'insert done', 'rollback', 'rollback', 'entry lock released']);
  });
});
