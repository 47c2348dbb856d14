// Skeleton load test of the walking skeleton: create a customer through the gateway, read it
// back by id, list a page. Bounded: a few VUs for a fixed short time, then it stops by itself.
//   npm run load                       (load/run.sh starts the system, runs this, stops it)
//   k6 run --no-usage-report -e BASE_URL=http://127.0.0.1:8080 load/scenarios/skeleton.js
// Env: BASE_URL (loopback only), ADMIN_PASSWORD (setup() logs in as admin; or AUTH_TOKEN),
//      BRANCH_ID (default: the administrator's branch), VUS, DURATION.
import http from 'k6/http';
import { check, sleep } from 'k6';

const BASE_URL = (__ENV.BASE_URL || 'http://127.0.0.1:8080').replace(/\/+$/, '');
// Load goes to this machine only: refuse any other target before a single request is sent.
if (!/^https?:\/\/(127(\.\d{1,3}){3}|localhost|\[::1\])(:\d{1,5})?$/.test(BASE_URL)) {
  throw new Error(
    `BASE_URL must be http://127.x.x.x, localhost or [::1] with an optional port; got ${BASE_URL}`,
  );
}

export const options = {
  scenarios: {
    crud: {
      executor: 'constant-vus',
      vus: Number(__ENV.VUS || 4),
      duration: __ENV.DURATION || '20s',
      gracefulStop: '5s',
    },
  },
  thresholds: {
    http_req_failed: ['rate<0.01'],
    http_req_duration: ['p(95)<200'],
    checks: ['rate>0.99'],
  },
};

// Runs once before the load: one access token for every VU (15 minutes is longer than the run).
export function setup() {
  if (__ENV.AUTH_TOKEN) return { token: __ENV.AUTH_TOKEN, branchId: __ENV.BRANCH_ID };
  const res = http.post(
    `${BASE_URL}/api/v1/auth/login`,
    JSON.stringify({ username: 'admin', password: __ENV.ADMIN_PASSWORD }),
    { headers: { 'content-type': 'application/json' } },
  );
  if (res.status !== 200) throw new Error(`login failed: ${res.status} ${res.body}`);
  return { token: res.json('accessToken'), branchId: __ENV.BRANCH_ID || res.json('user.branchId') };
}

function idOf(res) {
  try {
    return res.json('id');
  } catch {
    return undefined; // not JSON: the check below records the failure
  }
}

export default function (session) {
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${session.token}` };
  const BRANCH_ID = session.branchId;
  const body = JSON.stringify({
    name: `Load Test Co ${__VU}-${__ITER}`,
    kind: 'COMPANY',
    // Unique per iteration: the customers service refuses duplicates of a name or a phone.
    phone: `+86139${String(__VU).padStart(2, '0')}${String(__ITER).padStart(6, '0')}`,
    branchId: BRANCH_ID,
  });
  // `name` tags group the per-id URLs into one metric series each.
  const created = http.post(`${BASE_URL}/api/v1/customers`, body, {
    headers,
    tags: { name: 'POST /api/v1/customers' },
  });
  const id = created.status === 201 ? idOf(created) : undefined;
  check(created, { 'create: 201 with id': () => typeof id === 'string' && id.length > 0 });

  if (id) {
    const got = http.get(`${BASE_URL}/api/v1/customers/${encodeURIComponent(id)}`, {
      headers,
      tags: { name: 'GET /api/v1/customers/:id' },
    });
    check(got, { 'get: 200 same id': (r) => r.status === 200 && idOf(r) === id });
  } else {
    check(created, { 'get: 200 same id': () => false }); // nothing to read back: count it failed
  }

  const list = http.get(`${BASE_URL}/api/v1/customers?pageSize=20`, {
    headers,
    tags: { name: 'GET /api/v1/customers' },
  });
  check(list, { 'list: 200': (r) => r.status === 200 });

  sleep(0.1); // a user's pause: this is a load test, not a stress test
}
