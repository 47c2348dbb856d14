import { createHash } from 'node:crypto';
import pg from 'pg';
import { migrate, readMigrationFiles, type MigrationSource } from '@crm/db';
import { databaseUrl, isBusyDatabase, withAdminClient } from './pg-admin';

/** The schema a test database starts with: a service's migrations, applied once to a template. */
export interface DatabaseTemplate {
  /** Lower-case letters, digits and _ (e.g. the service's name); part of the template's name. */
  name: string;
  /** In the order the service applies them at start (e.g. the bus's, then its own). */
  migrations: readonly MigrationSource[];
}

/** Bump when the way a template is built changes, so that no template of the old way is reused. */
const TEMPLATE_FORMAT = 1;
/** First key of the advisory lock a template is built under (the second is hashtext of its name). */
const TEMPLATE_LOCK = 730_264_041;
/** Another migration set's template is dropped when it is older than this (a branch or an edit of long ago). */
const STALE_AFTER_MS = 24 * 3600_000;

/** Template names by server and template, each built or found once per process. */
const templates = new Map<string, Promise<string>>();

/**
 * The name of a database migrated with `template.migrations`, built on first use: `crm_tpl_<name>_<hash>`,
 * the hash being that of the migration files, so that changed migrations make a new template. It is kept
 * across runs. Jest's workers (and other checkouts testing against the same server) build it once between
 * them: under an advisory lock, whoever comes second finds it built. Once migrated it accepts no more
 * connections (ALLOW_CONNECTIONS false), since PostgreSQL refuses to copy a database someone is connected to.
 */
export function templateDatabase(serverUrl: string, template: DatabaseTemplate): Promise<string> {
  const key = `${serverUrl} ${template.name} ${JSON.stringify(template.migrations)}`;
  let name = templates.get(key);
  if (!name) {
    name = buildTemplate(serverUrl, template);
    templates.set(key, name);
    // A failed build is tried again by the next caller rather than failing every later test.
    name.catch(() => templates.delete(key));
  }
  return name;
}

/** Forgets what this process knows of the templates (after one was dropped behind its back). */
export function forgetTemplates(): void {
  templates.clear();
}

async function buildTemplate(serverUrl: string, template: DatabaseTemplate): Promise<string> {
  if (!/^[a-z0-9_]{1,30}$/.test(template.name))
    throw new Error(`template name '${template.name}': 1 to 30 lower-case letters, digits and _`);
  const name = `crm_tpl_${template.name}_${await migrationsHash(template.migrations)}`;
  await withAdminClient(serverUrl, async (admin) => {
    if (await isBuilt(admin, name)) return;
    await admin.query('SELECT pg_advisory_lock($1, hashtext($2))', [TEMPLATE_LOCK, name]);
    try {
      if (await isBuilt(admin, name)) return;
      // A build that died half-way (the lock went with its session) left a database that is no template.
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await createFromTemplate1(admin, name);
      const pool = new pg.Pool({
        connectionString: databaseUrl(serverUrl, name),
        max: 1,
        application_name: 'crm-test-template',
      });
      try {
        await migrate(pool, [...template.migrations]);
      } finally {
        await pool.end();
      }
      await admin.query(`COMMENT ON DATABASE ${name} IS '${new Date().toISOString()}'`);
      await admin.query(`ALTER DATABASE ${name} WITH IS_TEMPLATE true ALLOW_CONNECTIONS false`);
      await dropStaleTemplates(admin, template.name, name);
    } finally {
      await admin.query('SELECT pg_advisory_unlock($1, hashtext($2))', [TEMPLATE_LOCK, name]);
    }
  });
  return name;
}

/** Built = marked a template, which happens only after its migrations committed. */
async function isBuilt(admin: pg.Client, name: string): Promise<boolean> {
  const { rows } = await admin.query<{ datistemplate: boolean }>(
    'SELECT datistemplate FROM pg_database WHERE datname = $1',
    [name],
  );
  return rows[0]?.datistemplate === true;
}

/** The first 12 hex digits of a hash of every file's namespace, name and checksum, in order. */
async function migrationsHash(sources: readonly MigrationSource[]): Promise<string> {
  const files = (await Promise.all(sources.map(readMigrationFiles))).flat();
  const hash = createHash('sha256').update(`format ${TEMPLATE_FORMAT}\n`);
  for (const f of files) hash.update(`${f.namespace}/${f.name} ${f.checksum}\n`);
  return hash.digest('hex').slice(0, 12);
}

async function createFromTemplate1(admin: pg.Client, name: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await admin.query(`CREATE DATABASE ${name}`);
      return;
    } catch (err) {
      if (attempt >= 10 || !isBusyDatabase(err)) throw err;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
    }
  }
}

/** Templates of the same name built from other migrations more than a day ago. */
async function dropStaleTemplates(admin: pg.Client, templateName: string, current: string): Promise<void> {
  const { rows } = await admin.query<{ datname: string; built: string | null }>(
    `SELECT datname, shobj_description(oid, 'pg_database') AS built FROM pg_database
     WHERE datistemplate AND datname ~ $1 AND datname <> $2`,
    [`^crm_tpl_${templateName}_[0-9a-f]{12}$`, current],
  );
  for (const { datname, built } of rows) {
    const at = Date.parse(built ?? '');
    if (Number.isNaN(at) || Date.now() - at < STALE_AFTER_MS) continue;
    await admin.query(`ALTER DATABASE ${datname} WITH IS_TEMPLATE false`);
    await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
  }
}
