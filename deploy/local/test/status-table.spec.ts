import { formatStatusTable } from '../status-table';
import type { RunningSystem } from '../system';

function system(listenHost: string, edgePort?: number): RunningSystem {
  const reachAt = listenHost === '0.0.0.0' ? '127.0.0.1' : listenHost;
  return {
    httpUrl: `http://${reachAt}:8080`,
    listenHost,
    edgeIngress: edgePort ? `${listenHost}:${edgePort}` : undefined,
    timings: 'servers 1.0 s, services 2.0 s',
    dataDir: '/repo/.data',
    rootDir: '/repo',
    bundled: true,
    services: {
      customers: {
        name: 'customers',
        kind: 'grpc',
        pid: 101,
        port: 40001,
        listen: '127.0.0.1:40001',
        address: '127.0.0.1:40001',
        database: 'crm_customers',
      },
      gateway: {
        name: 'gateway',
        kind: 'http',
        pid: 103,
        port: 8080,
        listen: `${listenHost}:8080`,
        address: `${reachAt}:8080`,
        url: `http://${reachAt}:8080`,
      },
    },
    servers: {
      postgres: {
        url: 'postgres://postgres:secret@127.0.0.1:54329/postgres',
        started: true,
        pid: 90,
        logFile: '/repo/.data/postgres/postgres.log',
      },
      nats: { url: 'nats://127.0.0.1:4222', started: false },
      redis: {
        url: 'redis://127.0.0.1:6380',
        started: true,
        pid: 92,
        logFile: '/repo/.data/redis/redis-server.log',
      },
    },
    failure: new Promise(() => undefined),
    stop: async () => undefined,
  };
}

describe('formatStatusTable', () => {
  it('lists services and servers in aligned columns with the address each listens on, and the URL to open', () => {
    expect(formatStatusTable(system('127.0.0.1', 50051), '/repo', ['192.168.1.5'])).toBe(
      [
        '',
        '  SERVICE    KIND  PID  LISTENS ON       DATABASE',
        '  customers  grpc  101  127.0.0.1:40001  crm_customers',
        '  gateway    http  103  127.0.0.1:8080   -',
        '',
        '  SERVER    PID  ADDRESS          WHERE',
        '  postgres  90   127.0.0.1:54329  started here, log .data/postgres/postgres.log',
        '  nats      -    127.0.0.1:4222   external (CRM_NATS_URL: nats://127.0.0.1:4222)',
        '  redis     92   127.0.0.1:6380   started here, log .data/redis/redis-server.log',
        '',
        '  Data folder: .data',
        '  Portal and API: http://127.0.0.1:8080',
        '  Edge ingress for site agents (their INGRESS_ADDR): 127.0.0.1:50051',
        '  Everything listens on 127.0.0.1 only; CRM_LISTEN_HOST=0.0.0.0 lets the LAN reach the gateway.',
        '  Ctrl-C stops everything.',
        '',
      ].join('\n'),
    );
  });

  it('on the LAN, says where the gateway is reached from other machines, and that the rest stays local', () => {
    const table = formatStatusTable(system('0.0.0.0', 50051), '/repo', ['192.168.1.5', '10.0.0.7']);
    expect(table).toContain('  gateway    http  103  0.0.0.0:8080 (every interface)  -');
    expect(table).toContain('  customers  grpc  101  127.0.0.1:40001                 crm_customers');
    expect(table).toContain(
      '  Portal and API: http://127.0.0.1:8080, from the LAN http://192.168.1.5:8080, http://10.0.0.7:8080',
    );
    expect(table).toContain(
      '  Edge ingress for site agents (their INGRESS_ADDR): 127.0.0.1:50051, 192.168.1.5:50051, 10.0.0.7:50051',
    );
    expect(table).toContain(
      '  The gateway listens on 0.0.0.0 (CRM_LISTEN_HOST); the other services on 127.0.0.1 only.',
    );
  });

  it('leaves the edge ingress out when its port is not fixed, and names one LAN address as given', () => {
    const table = formatStatusTable(system('192.168.1.5'), '/repo', ['192.168.1.5', '10.0.0.7']);
    expect(table).not.toContain('Edge ingress');
    expect(table).toContain(
      '  Portal and API: http://192.168.1.5:8080, from the LAN http://192.168.1.5:8080',
    );
  });

  it('says where the PostgreSQL cluster is when it is kept outside the data folder (as root, a clone under /root)', () => {
    const inside = system('127.0.0.1');
    inside.servers.postgres = { ...inside.servers.postgres, dataLocation: '/repo/.data/postgres/data' };
    expect(formatStatusTable(inside, '/repo', [])).not.toContain("PostgreSQL's cluster");
    const outside = system('127.0.0.1');
    outside.servers.postgres = {
      ...outside.servers.postgres,
      dataLocation: '/var/lib/crm/0123456789abcdef/data',
    };
    expect(formatStatusTable(outside, '/repo', [])).toContain(
      "  Data folder: .data\n  PostgreSQL's cluster: /var/lib/crm/0123456789abcdef/data (PostgreSQL runs as its OS user postgres, which cannot enter the data folder's parents)\n",
    );
  });
});
