// What `npm start -- --demo` prints when the demo data is in: who to sign in as (each password shown
// this once, as the administrator's is), the edge sites' keys, and a card to try the test tap with.
import type { DemoOutcome } from './demo-runner';
import { DEMO_ADMIN_USERNAME } from './demo-start';
import { DEMO_ACCOUNT } from './demo-session';

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

/** Columns in a terminal: CJK characters (and full-width forms) take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text)
    width +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(
        char,
      )
        ? 2
        : 1;
  return width;
}

function renderTable(rows: string[][]): string[] {
  const widths = (rows[0] ?? []).map((_, column) =>
    Math.max(...rows.map((row) => displayWidth(row[column] ?? ''))),
  );
  return rows.map((cells) =>
    `    ${cells.map((cell, column) => cell + ' '.repeat((widths[column] ?? 0) - displayWidth(cell))).join('  ')}`.trimEnd(),
  );
}

/** The block after the demo's lines; empty when it was refused (its line said why). */
export function formatDemoReport(outcome: DemoOutcome, httpUrl: string): string {
  if (outcome.status === 'refused') return '';
  const branchName = new Map(outcome.branches.map((branch) => [branch.id, branch.name]));
  const lines: string[] = [''];
  lines.push(
    outcome.status === 'loaded'
      ? `  Demo data loaded in ${seconds(outcome.ms)} (${outcome.parts.map((p) => `${p.name} ${seconds(p.ms)}`).join(', ')}).`
      : `  Demo data: only partly loaded (${outcome.reason ?? 'a part failed, see above'}).`,
  );
  const staff = outcome.users.filter((user) => user.password);
  if (staff.length || outcome.account) {
    lines.push(
      `  Sign in at ${httpUrl} as one of these. The passwords are shown only this once, and each is changed at the first sign-in:`,
    );
    const admin = outcome.adminPasswordChosenByRunner ? '(the banner above)' : '(your CRM_ADMIN_PASSWORD)';
    lines.push(
      ...renderTable([
        ['USERNAME', 'PASSWORD', 'NAME', 'ROLE', 'BRANCH', 'EXT'],
        [DEMO_ADMIN_USERNAME, admin, '系统管理员', 'system_admin', outcome.branches[0]?.name ?? '', '-'],
        ...staff.map((user) => [
          user.username,
          user.password as string,
          user.displayName ?? '',
          user.role,
          branchName.get(user.branchId) ?? '',
          user.extension ?? '-',
        ]),
      ]),
    );
  }
  const customers = outcome.customers;
  for (const site of outcome.sites) {
    lines.push(
      `  Edge site ${site.name}: SITE_ID=${site.id} SITE_KEY=${site.key} (its agent's settings; the key is shown only this once)`,
    );
  }
  const site = outcome.sites[0];
  const carded =
    site && customers.find((customer) => customer.cardUid && customer.branchId === site.branchId);
  if (site && carded) {
    lines.push(
      `  Test tap: 系统管理 → 站点 → ${site.name} → 测试刷卡 with card UID ${carded.cardUid}: it pops ${carded.name} ` +
        `on the screens of the staff of its branch who are signed in.`,
    );
  }
  if (outcome.account?.username === DEMO_ACCOUNT.username) {
    lines.push(
      `  The demo data was made by "${DEMO_ACCOUNT.username}" (${DEMO_ACCOUNT.displayName}), a system administrator whose password nobody knows ` +
        '(so the printed ones stay as they were); disable it under 系统管理 → 用户 when you like.',
    );
  }
  lines.push('');
  return lines.join('\n');
}
