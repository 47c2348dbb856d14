import { testPassword } from '@crm/testing';
import { signInForWork } from '../../../e2e/support/system-under-test';

export interface Fixtures {
  branchId: string;
  site: { id: string; key: string };
  /** Access token of a user of that branch holding only customers.read (data scope: branch). */
  staffToken: string;
  /** Card UIDs, one per customer, as a reader reports them. */
  cards: string[];
}

type Json = Record<string, unknown>;

async function api(base: string, token: string, method: string, path: string, body?: unknown) {
  const res = await fetch(`${base}/api/v1${path}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : {}) as Json & { items?: Json[] } };
}

async function expectStatus(status: number, r: Awaited<ReturnType<typeof api>>, what: string) {
  if (r.status !== status) throw new Error(`${what}: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}

/** Runs `task(i)` for i in [0, n) with at most `concurrency` at a time. */
async function inParallel(n: number, concurrency: number, task: (i: number) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, n) }, async () => {
      while (next < n) await task(next++);
    }),
  );
}

/**
 * Everything through the public API, as an administrator would set a branch up: a site and its key,
 * a role with customers.read limited to the branch and a user holding it, and `customerCount`
 * customers with one card each.
 */
export async function createFixtures(
  base: string,
  adminPassword: string,
  customerCount: number,
): Promise<Fixtures> {
  const admin = await signInForWork(base, 'admin', adminPassword);
  const branches = await expectStatus(200, await api(base, admin, 'GET', '/branches'), 'list branches');
  const branchId = String(branches.items!.find((b) => b.code === 'HQ')!.id);
  const site = await expectStatus(
    201,
    await api(base, admin, 'POST', '/sites', { branchId, name: '基准门店' }),
    'create site',
  );
  const role = await expectStatus(
    201,
    await api(base, admin, 'POST', '/roles', {
      name: '前台(基准)',
      permissions: ['customers.read'],
      dataScope: 'BRANCH',
    }),
    'create role',
  );
  const password = testPassword();
  await expectStatus(
    201,
    await api(base, admin, 'POST', '/users', {
      username: 'bench_front_desk',
      displayName: '前台',
      password,
      branchId,
      roleIds: [role.id],
    }),
    'create user',
  );
  const staffToken = await signInForWork(base, 'bench_front_desk', password);

  const cards = Array.from(
    { length: customerCount },
    (_, i) => `04B3${(0x100000 + i).toString(16).toUpperCase().padStart(10, '0')}`,
  );
  await inParallel(customerCount, 8, async (i) => {
    const customer = await expectStatus(
      201,
      await api(base, admin, 'POST', '/customers', {
        kind: 'INDIVIDUAL',
        name: `基准客户${String(i).padStart(4, '0')}`,
        branchId,
      }),
      `create customer ${i}`,
    );
    await expectStatus(
      201,
      await api(base, admin, 'POST', `/customers/${String(customer.id)}/cards`, { uid: cards[i] }),
      `issue card ${i}`,
    );
  });
  return {
    branchId,
    site: { id: String((site.site as Json).id), key: String(site.siteKey) },
    staffToken,
    cards,
  };
}
