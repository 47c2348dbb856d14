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
  it('creates a customer over REST, reads it back, and analytics counts it', async () => {
    const created = await fetch(`${system.httpUrl}/api/v1/customers`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ kind: 'INDIVIDUAL', name: '赵六', phone: '+86 139 0000 0001', branchId: 'e2e' }),
    });
    expect(created.status).toBe(201);
    const customer = (await created.json()) as { id: string };
    const createdAt = Date.now();

    const read = await fetch(`${system.httpUrl}/api/v1/customers/${customer.id}`, { headers: json });
    expect(read.status).toBe(200);
    expect(await read.json()).toEqual(customer);

    await waitFor(
      async () => {
        const res = await fetch(`${system.httpUrl}/api/v1/analytics/customer-counts?branchId=e2e`, {
          headers: json,
        });
        const body = (await res.json()) as { items?: { customers: number }[] };
        return body.items?.[0]?.customers === 1;
      },
      { timeoutMs: 5000, message: 'analytics did not count the new customer within 5 s' },
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
