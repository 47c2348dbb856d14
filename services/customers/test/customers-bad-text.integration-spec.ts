/**
 * Issue 10, item 4, through the real gateway and customers service: no string with NUL or invalid
 * UTF-8 reaches PostgreSQL (it answered 500 before), ids in paths are checked, and nothing is stored.
 */
import { testId } from '@crm/testing';
import { as, rowCounts, startCustomersStack, type CustomersStack } from './support/customers-test-stack';

let stack: CustomersStack;

beforeAll(async () => {
  stack = await startCustomersStack();
}, 60_000);

afterAll(async () => {
  await stack?.stop();
});

async function raw(method: string, path: string, body?: Buffer | string) {
  const res = await fetch(`${stack.base}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(await as({})) },
    body,
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a problem or an echo
  return { status: res.status, body: (await res.json()) as any };
}

describe('bad text and bad ids (issue 10)', () => {
  it('answers 400 naming where, never 500, and stores nothing', async () => {
    const before = await rowCounts(stack.pool);
    const cases: [string, string, (Buffer | string)?][] = [
      ['GET', '/api/v1/customer-settings/%00'],
      ['GET', '/api/v1/customers/%00'],
      ['GET', '/api/v1/customers?q=%00'],
      ['GET', '/api/v1/customers?q=%FF'],
      ['POST', '/api/v1/customers', JSON.stringify({ kind: 'COMPANY', name: '青山\u0000家禽' })],
      ['POST', '/api/v1/customers', '{"kind":"COMPANY","name":"青山","notes":"\\ud83d"}'],
      [
        'POST',
        '/api/v1/customers',
        Buffer.concat([
          Buffer.from('{"kind":"COMPANY","name":"青'),
          Buffer.from([0xc3, 0x28]),
          Buffer.from('"}'),
        ]),
      ],
    ];
    for (const [method, path, body] of cases) {
      const res = await raw(method, path, body);
      expect({ path, status: res.status, code: res.body.code }).toEqual({
        path,
        status: 400,
        code: 'INVALID_ARGUMENT',
      });
      expect(res.body.errors?.[0]?.field).toMatch(/^(path|query\.q|body\.(name|notes))$/);
    }
    expect(await rowCounts(stack.pool)).toEqual(before);
  });

  it('checks ids in paths: a malformed one is 400 naming it; an unknown customer is 404', async () => {
    const settings = await stack.api('/api/v1/customer-settings/x');
    expect(settings.status).toBe(400);
    expect(settings.body.errors).toEqual([{ field: 'branchId', message: 'must be a UUID' }]);
    const customer = await stack.api(`/api/v1/customers/${encodeURIComponent('客户一')}`);
    expect(customer.status).toBe(400);
    expect(customer.body.errors).toEqual([{ field: 'id', message: 'must be a UUID' }]);
    expect((await stack.api(`/api/v1/customers/${testId('nobody')}`)).status).toBe(404);
    // A branch the customers service has never seen has the default settings (it keeps no list of
    // branches: identity owns them).
    expect((await stack.api(`/api/v1/customer-settings/${testId('new-branch')}`)).status).toBe(200);
  });
});
