// customers' part of the demo data: a few thousand customers of the hatchery's branches, loaded the
// fast way a user would (one Excel import per branch), then brought to life through the API: contacts
// (some with a birthday soon) and anniversaries, cards, follow-ups in their timelines, some sent to the
// public pool, a few confirmed as churned and a few new ones waiting for review; follow-up schedules
// per class (reminders come up as the days pass: a new record is due a class's days after it was
// made, as a churn risk is after 90 days without activity, so neither list has any today). Leaves `customers` (DemoCustomer[]) for the parts after it.
import {
  defineDemoPart,
  forEachAtMost,
  sharedOf,
  type DemoBranch,
  type DemoContext,
  type DemoCustomer,
  type DemoUser,
} from '@crm/demo';
import { customerRows, customerWorkbook, type Taken } from './customer-rows';
import {
  addressIn,
  companyName,
  HEAD_OFFICE_REGIONS,
  mobile,
  pickRegion,
  SUZHOU_REGIONS,
  unique,
  type Region,
} from './people';
import { CHURN_REASONS, contacts, firstOrderAnniversary, followUps } from './timeline-entries';

/** Customers per branch, in the order of the branches identity left (head office first). */
const CUSTOMERS_PER_BRANCH = [1800, 1200];
const REGIONS: readonly (readonly Region[])[] = [HEAD_OFFICE_REGIONS, SUZHOU_REGIONS];
/** API calls side by side: enough to keep the services busy on two cores, few enough not to queue. */
const CALLS_AT_ONCE = 6;
const SHARE = { contacts: 0.08, cards: 0.04, followUps: 0.08, pool: 0.03 };
const CHURNED = 6;
const PENDING_REVIEW = 5;
const SCHEDULE = { A: 7, B: 15, C: 30, unclassified: 0 };

interface Listed {
  id: string;
  branchId: string;
  ownerId: string | null;
  kind: 'COMPANY' | 'INDIVIDUAL';
  name: string;
  phone: string | null;
  version: number;
}
interface Settings {
  version: number;
  entryReview: 'NONE' | 'DUPLICATES' | 'ALL';
}
interface ImportReport {
  imported: number;
  failed: number;
  errors: { row: number; column: string; message: string }[];
}

async function listCustomers(ctx: DemoContext, branchId: string): Promise<Listed[]> {
  const items: Listed[] = [];
  let token: string | null = '';
  do {
    const query: string = `branchId=${branchId}&pageSize=200${token ? `&pageToken=${encodeURIComponent(token)}` : ''}`;
    const page = await ctx.api<{ items: Listed[]; nextPageToken: string | null }>(
      'GET',
      `/customers?${query}`,
    );
    items.push(...page.items);
    token = page.nextPageToken;
  } while (token);
  return items;
}

/** The Excel import of one branch's customers, as its sales department (customers take the importer's department). */
async function importBranch(
  ctx: DemoContext,
  me: { id: string; branchId: string },
  branch: DemoBranch,
  index: number,
  taken: Taken,
): Promise<number> {
  const users = sharedOf<DemoUser[]>(ctx, 'users').filter((u) => u.branchId === branch.id);
  const owners = [
    ...users.filter((u) => u.role === 'account_manager'),
    ...users.filter((u) => u.role === 'sales_supervisor'),
  ];
  // A supervisor sees the customers of their department and those below it (data scope department_tree).
  const sales = owners.find((u) => u.role === 'sales_supervisor')?.departmentId ?? null;
  const department = sales && me.branchId === branch.id ? sales : null;
  await ctx.api('PATCH', `/users/${me.id}`, { departmentId: department });
  const rows = customerRows(
    ctx.random,
    CUSTOMERS_PER_BRANCH[index] ?? 500,
    REGIONS[index] ?? HEAD_OFFICE_REGIONS,
    owners.map((u) => u.username),
    taken,
  );
  const form = new FormData();
  const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  form.append(
    'file',
    new Blob([await customerWorkbook(rows)], { type: xlsx }),
    `演示客户-${branch.name}.xlsx`,
  );
  const report = await ctx.api<ImportReport>(
    'POST',
    `/customers/import?branchId=${branch.id}&mode=create`,
    form,
  );
  if (report.failed > 0) {
    const first = report.errors.slice(0, 3).map((e) => `row ${e.row} ${e.column}: ${e.message}`);
    throw new Error(`the import of ${branch.name} refused ${report.failed} rows (${first.join('; ')})`);
  }
  return report.imported;
}

async function setSettings(
  ctx: DemoContext,
  branchId: string,
  change: Record<string, unknown>,
): Promise<Settings> {
  const current = await ctx.api<Settings>('GET', `/customer-settings/${branchId}`);
  return ctx.api<Settings>('PUT', `/customer-settings/${branchId}`, { ...change, version: current.version });
}

export const demoPart = defineDemoPart({
  name: 'customers',
  after: ['identity'],
  async seed(ctx) {
    const branches = sharedOf<DemoBranch[]>(ctx, 'branches');
    const me = await ctx.api<{ id: string; branchId: string; departmentId: string | null }>(
      'GET',
      '/auth/me',
    );
    const now = new Date();
    const taken: Taken = { names: new Set(), phones: new Set() };

    // Follow-ups per class are due after these days; a new record waits for review only when it
    // looks like an existing one (the pending ones below are made while every record waits).
    for (const branch of branches)
      await setSettings(ctx, branch.id, { followUpDays: SCHEDULE, entryReview: 'DUPLICATES' });
    const imported: number[] = [];
    for (const [index, branch] of branches.entries())
      imported.push(await importBranch(ctx, me, branch, index, taken));
    await ctx.api('PATCH', `/users/${me.id}`, { departmentId: me.departmentId });
    const listed = (await Promise.all(branches.map((b) => listCustomers(ctx, b.id)))).flat();

    const draws = listed.map((c) => ({
      customer: c,
      contacts: c.kind === 'COMPANY' && ctx.random() < SHARE.contacts,
      card: ctx.random() < SHARE.cards,
      followUps: ctx.random() < SHARE.followUps,
      pool: ctx.random() < SHARE.pool,
    }));
    // The head office's first company gets the first card: the one the runner names for the test tap.
    const showcase = draws.find(
      (d) => d.customer.branchId === branches[0]?.id && d.customer.kind === 'COMPANY',
    );
    if (showcase) Object.assign(showcase, { card: true, pool: false });

    // Contacts first: a PATCH names the version it read, which the later steps move on.
    const withContacts = draws.filter((d) => d.contacts);
    await forEachAtMost(withContacts, CALLS_AT_ONCE, async ({ customer }, i) => {
      await ctx.api('PATCH', `/customers/${customer.id}`, {
        version: customer.version,
        contacts: contacts(ctx.random, now, taken.phones),
        ...(i % 10 === 0 ? { anniversaries: [firstOrderAnniversary(ctx.random, now)] } : {}),
      });
    });
    const cardUid = new Map<string, string>();
    const carded = draws.filter((d) => d.card);
    await forEachAtMost(carded, CALLS_AT_ONCE, async ({ customer }, i) => {
      // 7-byte UIDs as NFC cards have them; the first is 04D30000000001.
      const uid = `04D3${(i + 1).toString(16).toUpperCase().padStart(10, '0')}`;
      await ctx.api('POST', `/customers/${customer.id}/cards`, { uid });
      cardUid.set(customer.id, uid);
    });
    const entries = draws
      .filter((d) => d.followUps)
      .flatMap((d) => followUps(ctx.random, now).map((f) => ({ id: d.customer.id, ...f })));
    await forEachAtMost(entries, CALLS_AT_ONCE, async ({ id, ...entry }) => {
      await ctx.api('POST', `/customers/${id}/timeline`, entry);
    });
    const pooled = draws.filter((d) => d.pool && !d.card);
    await forEachAtMost(pooled, CALLS_AT_ONCE, async ({ customer }) => {
      await ctx.api('POST', `/customers/${customer.id}/release`, {});
      customer.ownerId = null;
    });
    const churned = draws
      .filter((d) => !d.pool && !d.card && !d.followUps)
      .filter((_, i) => i % 97 === 13)
      .slice(0, CHURNED);
    await forEachAtMost(churned, CALLS_AT_ONCE, async ({ customer }, i) => {
      await ctx.api('POST', `/customers/${customer.id}/churn/confirm`, {
        reason: CHURN_REASONS[i % CHURN_REASONS.length],
      });
    });

    // A few entered by hand at the last branch while it had every new record reviewed.
    const reviewing = branches[branches.length - 1] as DemoBranch;
    const regions = REGIONS[branches.length - 1] ?? HEAD_OFFICE_REGIONS;
    const before = await ctx.api<Settings>('GET', `/customer-settings/${reviewing.id}`);
    const all = await ctx.api<Settings>('PUT', `/customer-settings/${reviewing.id}`, {
      entryReview: 'ALL',
      version: before.version,
    });
    const pending: Listed[] = [];
    try {
      for (let i = 0; i < PENDING_REVIEW; i++) {
        const address = addressIn(ctx.random, pickRegion(ctx.random, regions));
        const name = unique(
          taken.names,
          (n: string) => n,
          () => companyName(ctx.random, address),
        );
        const phone = unique(
          taken.phones,
          (p: { e164: string }) => p.e164,
          () => mobile(ctx.random),
        );
        pending.push(
          await ctx.api<Listed>('POST', '/customers', {
            kind: 'COMPANY',
            name,
            phone: phone.written,
            branchId: reviewing.id,
            address,
            source: '电话咨询',
          }),
        );
      }
    } finally {
      await ctx.api('PUT', `/customer-settings/${reviewing.id}`, {
        entryReview: before.entryReview,
        version: all.version,
      });
    }

    const customers: DemoCustomer[] = [...listed, ...pending].map((c) => ({
      id: c.id,
      branchId: c.branchId,
      ownerId: c.ownerId,
      name: c.name,
      phone: c.phone,
      cardUid: cardUid.get(c.id) ?? null,
    }));
    // The card holders first (a later part looking for one finds the showcase).
    customers.sort((a, b) => Number(b.cardUid !== null) - Number(a.cardUid !== null));
    if (showcase) {
      const first = customers.findIndex((c) => c.id === showcase.customer.id);
      customers.unshift(...customers.splice(first, 1));
    }
    ctx.shared.set('customers', customers);
    const perBranch = branches
      .map((b, i) => `${b.name} ${(imported[i] ?? 0).toLocaleString('en')}`)
      .join(', ');
    ctx.log(
      `${listed.length.toLocaleString('en')} customers by Excel import (${perBranch}) and ${pending.length} waiting for review; ` +
        `${withContacts.length} with contacts, ${carded.length} cards, ${entries.length} follow-ups, ` +
        `${pooled.length} in the public pool, ${churned.length} churned`,
    );
  },
});
