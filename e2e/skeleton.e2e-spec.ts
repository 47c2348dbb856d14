/**
 * The walking skeleton, whole: `npm start`'s runner brings up every service as its own process; the
 * bootstrap administrator logs in, a customer created over REST is read back, and analytics counts it.
 */
import { waitFor } from '@crm/testing';
import { signInForWork, startSystemUnderTest } from './support/system-under-test';

let system: Awaited<ReturnType<typeof startSystemUnderTest>>;
let json: Record<string, string>;

beforeAll(async () => {
  system = await startSystemUnderTest();
  const token = await signInForWork(system.httpUrl, 'admin', system.adminPassword);
  json = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
}, 90_000);

afterAll(async () => {
  await system?.dispose();
}, 30_000);

describe('skeleton, started as npm start starts it', () => {
  it('creates a customer over REST, reads it back, and analytics counts it under its branch’s name', async () => {
    const branch = await fetch(`${system.httpUrl}/api/v1/branches`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ code: 'E2E', name: '华东分公司' }),
    });
    expect(branch.status).toBe(201);
    const branchId = ((await branch.json()) as { id: string }).id;
    const created = await fetch(`${system.httpUrl}/api/v1/customers`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ kind: 'INDIVIDUAL', name: '赵六', phone: '+86 139 0000 0001', branchId }),
    });
    expect(created.status).toBe(201);
    const customer = (await created.json()) as { id: string };
    const createdAt = Date.now();

    const read = await fetch(`${system.httpUrl}/api/v1/customers/${customer.id}`, { headers: json });
    expect(read.status).toBe(200);
    expect(await read.json()).toEqual(customer);

    await waitFor(
      async () => {
        const res = await fetch(`${system.httpUrl}/api/v1/analytics/customer-counts?branchId=${branchId}`, {
          headers: json,
        });
        const body = (await res.json()) as { counts?: { customers: string; branchName: string | null }[] };
        // identity's branch event names it in analytics (its own copy).
        return body.counts?.[0]?.customers === '1' && body.counts[0].branchName === '华东分公司';
      },
      { timeoutMs: 5000, message: 'analytics did not count the new customer under 华东分公司 within 5 s' },
    );
    console.warn(`e2e: analytics reflected the new customer ${Date.now() - createdAt} ms after the 201`);
  });

  it('reports ready and serves metrics', async () => {
    const ready = await fetch(`${system.httpUrl}/readyz`);
    expect(ready.status).toBe(200);
    const metrics = await (await fetch(`${system.httpUrl}/metrics`)).text();
    expect(metrics).toContain('http_request_duration_seconds_count');
  });

  it('each service runs as its own process', () => {
    const pids = Object.values(system.services).map((s) => s.pid);
    expect(new Set(pids).size).toBe(pids.length);
    expect(Object.keys(system.services).sort()).toEqual(['analytics', 'customers', 'gateway', 'identity']);
  });
});
