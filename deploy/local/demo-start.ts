// What `npm start -- --demo` decides before the services start: the demo data goes only into a new
// system (every database made by this start), and as the administrator, whose first password the
// runner must therefore know. Chosen here when CRM_ADMIN_PASSWORD does not give it, and printed at
// once in the banner identity would otherwise print (identity prints none for a given password), so
// it is shown once and never lost, even when a service fails to start after identity made the account.
import { randomPassword } from '@crm/demo';
import type { DemoStart } from './system.types';

export const DEMO_ADMIN_USERNAME = 'admin';

/**
 * Whether the demo data will be loaded once the system is ready, from which databases this start
 * made (by service): all new, or it refuses with the reason (the line the runner prints).
 */
export function planDemo(
  created: ReadonlyMap<string, boolean>,
  adminPassword: string | undefined,
): DemoStart {
  const existing = [...created].filter(([, made]) => !made).map(([service]) => service);
  if (created.size === 0 || existing.length > 0) {
    return {
      load: false,
      reason:
        `not loaded: the demo data goes only into a new system, and this one has been started before ` +
        `(the database${existing.length === 1 ? '' : 's'} of ${existing.join(', ') || 'no service'} existed). ` +
        'To see it, start a new one: stop, then CRM_DATA_DIR=.data-demo npm start -- --demo ' +
        '(or delete .data first; with CRM_PG_URL, also CRM_DB_PREFIX=crm_demo_).',
    };
  }
  if (adminPassword) return { load: true, adminPassword, chosenByRunner: false };
  return { load: true, adminPassword: randomPassword(16, DEMO_ADMIN_USERNAME), chosenByRunner: true };
}

/** The lines of the administrator's banner (identity's own, when it chooses the password). */
export function adminPasswordBanner(password: string): string[] {
  const line = '='.repeat(72);
  return [
    line,
    '  CRM first start (with demo data): the administrator account was created.',
    `    username: ${DEMO_ADMIN_USERNAME}    (branch HQ)`,
    `    password: ${password}`,
    '  This password is shown only this once. Sign in and change it now.',
    '  (Set CRM_ADMIN_PASSWORD before the first start to choose it instead.)',
    line,
  ];
}
