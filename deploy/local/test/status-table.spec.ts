import { formatStatusTable } from '../status-table';
import type { RunningSystem } from '../system';

describe('formatStatusTable', () => {
  it('lists services and servers in aligned columns, and the URL to open', () => {
    const system: RunningSystem = {
      httpUrl: 'http://localhost:8080',
      dataDir: '/repo/.data',
      services: {
        customers: {
          name: 'customers',
          kind: 'grpc',
          pid: 101,
          port: 40001,
          address: '127.0.0.1:40001',
          database: 'crm_customers',
        },
        gateway: {
          name: 'gateway',
          kind: 'http',
          pid: 103,
          port: 8080,
          address: '127.0.0.1:8080',
          url: 'http://localhost:8080',
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
    expect(formatStatusTable(system, '/repo')).toBe(
      [
        '',
        '  SERVICE    KIND  PID  ADDRESS                DATABASE',
        '  customers  grpc  101  127.0.0.1:40001        crm_customers',
        '  gateway    http  103  http://localhost:8080  -',
        '',
        '  SERVER    PID  ADDRESS          WHERE',
        '  postgres  90   127.0.0.1:54329  started here, log .data/postgres/postgres.log',
        '  nats      -    127.0.0.1:4222   external (CRM_NATS_URL: nats://127.0.0.1:4222)',
        '  redis     92   127.0.0.1:6380   started here, log .data/redis/redis-server.log',
        '',
        '  Data folder: .data',
        '  Portal and API: http://localhost:8080',
        '  Ctrl-C stops everything.',
        '',
      ].join('\n'),
    );
  });
});
