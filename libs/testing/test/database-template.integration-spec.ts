import { createTestDatabase, randomId, templateDatabase, testPgUrl, type DatabaseTemplate } from '../src';
import { asAdmin, dropDatabase, migrationFolders } from './template-helpers';

// Creating and dropping databases takes seconds on a busy server, as in the other suites' set-ups.
const DDL_TIMEOUT_MS = 30_000;

describe('test databases from a migrated template', () => {
  const folders = migrationFolders();
  const templates: string[] = [];
  afterAll(async () => {
    for (const name of templates) await dropDatabase(name);
    folders.remove();
  }, DDL_TIMEOUT_MS);

  /** A template of its own: a random marker in the SQL gives it a hash no other run has. */
  function template(files: Record<string, string>): DatabaseTemplate {
    return { name: 'libtest', migrations: [{ namespace: 'libtest', dir: folders.make(files) }] };
  }

  it(
    'migrates the template once and copies it for each database, however many ask at once',
    async () => {
      const marker = randomId();
      const t = template({
        '0001_runs.sql': `-- ${marker}\nCREATE TABLE runs (id serial PRIMARY KEY);\nINSERT INTO runs DEFAULT VALUES;`,
      });
      const dbs = await Promise.all([1, 2, 3].map(() => createTestDatabase({ template: t })));
      try {
        const name = await templateDatabase(testPgUrl(), t);
        templates.push(name);
        expect(name).toMatch(/^crm_tpl_libtest_[0-9a-f]{12}$/);
        for (const db of dbs) {
          // Each copy has the migrated table and the migration's record, so the service's own run finds nothing to do.
          expect((await db.pool.query('SELECT count(*)::int AS n FROM runs')).rows[0].n).toBe(1);
          const applied = await db.pool.query('SELECT namespace, name FROM schema_migrations');
          expect(applied.rows).toEqual([{ namespace: 'libtest', name: '0001_runs.sql' }]);
        }
        // The copies are independent.
        await dbs[0]!.pool.query('INSERT INTO runs DEFAULT VALUES');
        expect((await dbs[1]!.pool.query('SELECT count(*)::int AS n FROM runs')).rows[0].n).toBe(1);
        // Nobody can connect to the template (PostgreSQL would refuse to copy it meanwhile).
        const row = await asAdmin((c) =>
          c.query('SELECT datistemplate, datallowconn FROM pg_database WHERE datname = $1', [name]),
        );
        expect(row.rows).toEqual([{ datistemplate: true, datallowconn: false }]);
      } finally {
        await Promise.all(dbs.map((db) => db.drop()));
      }
    },
    DDL_TIMEOUT_MS,
  );

  it(
    'makes a new template when a migration changes, and rebuilds one dropped behind its back',
    async () => {
      const marker = randomId();
      const first = template({ '0001_a.sql': `-- ${marker}\nCREATE TABLE a (id int);` });
      const second = template({ '0001_a.sql': `-- ${marker}\nCREATE TABLE a (id int, note text);` });
      const [one, other] = [
        await templateDatabase(testPgUrl(), first),
        await templateDatabase(testPgUrl(), second),
      ];
      templates.push(one, other);
      expect(one).not.toBe(other);

      await dropDatabase(one);
      const db = await createTestDatabase({ template: first });
      try {
        expect((await db.pool.query('SELECT count(*)::int AS n FROM a')).rows[0].n).toBe(0);
      } finally {
        await db.drop();
      }
    },
    DDL_TIMEOUT_MS,
  );
});
