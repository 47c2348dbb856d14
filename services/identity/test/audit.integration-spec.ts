/**
 * The audit log (R-ID-4) against the real servers: every change audited in the transaction of the
 * change and its event, append-only, readable by branch, and fed by other services' audit events
 * through the idempotent consumer identity-audit.
 */
import { jetstream, jetstreamManager, type JetStreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { namespaceFromToken, newEvent, type BusNamespace } from '@crm/bus';
import { fromStruct, type identityV1Types as t } from '@crm/proto';
import { runWithRequestContext } from '@crm/telemetry';
import { connectTestNats, waitFor, testPassword } from '@crm/testing';
import {
  ADMIN_PASSWORD,
  codeOf,
  count,
  rpc,
  startIdentityKit,
  workingSession,
  type IdentityKit,
} from './support/identity-test-kit';

const AUDITOR_PASSWORD = testPassword();
const SECRET_PASSWORD = testPassword();

let kit: IdentityKit;
let admin = '';
let adminId = '';
let east: t.Branch__Output;
let eastToken = '';
let nc: NatsConnection;
let jsm: JetStreamManager;
let ns: BusNamespace;

beforeAll(async () => {
  kit = await startIdentityKit({ CRM_ADMIN_PASSWORD: ADMIN_PASSWORD });
  const session = await workingSession(kit, 'admin', ADMIN_PASSWORD);
  admin = session.accessToken;
  adminId = session.user!.id;
  const { branches, roles, users } = kit.clients;
  east = (await rpc(admin, branches.createBranch.bind(branches), { code: 'east', name: '东区' })).branch!;
  const auditor = (
    await rpc(admin, roles.createRole.bind(roles), {
      name: 'Branch auditor',
      permissions: ['audit.read', 'departments.write'],
      dataScope: 'DATA_SCOPE_BRANCH',
    })
  ).role!;
  await rpc(admin, users.createUser.bind(users), {
    username: 'east.auditor',
    displayName: '审计员',
    password: AUDITOR_PASSWORD,
    branchId: east.id,
    roleIds: [auditor.id],
  });
  eastToken = (await workingSession(kit, 'east.auditor', AUDITOR_PASSWORD)).accessToken;
  nc = await connectTestNats();
  jsm = await jetstreamManager(nc);
  ns = namespaceFromToken(kit.namespace);
}, 30_000);

afterAll(async () => {
  await nc?.close();
  await kit?.stop();
});

describe('audit entries', () => {
  it('record who changed what, with the request id, and never a secret', async () => {
    const { users } = kit.clients;
    const user = await runWithRequestContext({ requestId: 'req-audit-1' }, () =>
      rpc(admin, users.createUser.bind(users), {
        username: 'audited.user',
        displayName: '被审计',
        password: SECRET_PASSWORD,
        branchId: east.id,
      }),
    );
    const { rows } = await kit.db.pool.query(
      "SELECT service, action, entity_type, entity_id, actor_id, actor_name, branch_id, request_id, before, after FROM audit_entries WHERE action = 'user.created' AND entity_id = $1",
      [user.user!.id],
    );
    expect(rows).toEqual([
      {
        service: 'identity',
        action: 'user.created',
        entity_type: 'user',
        entity_id: user.user!.id,
        actor_id: adminId,
        actor_name: 'admin',
        branch_id: east.id,
        request_id: 'req-audit-1',
        before: null,
        after: expect.objectContaining({
          username: 'audited.user',
          displayName: '被审计',
          branchId: east.id,
        }),
      },
    ]);
    const everything = JSON.stringify((await kit.db.pool.query('SELECT * FROM audit_entries')).rows);
    expect(everything).not.toContain(SECRET_PASSWORD);
    expect(everything).not.toMatch(/argon2|password_?hash|passwordHash/i);
  });

  it('are written in the transaction of the change: a failed change leaves no entry and no event', async () => {
    const { departments } = kit.clients;
    const create = () =>
      rpc(eastToken, departments.createDepartment.bind(departments), {
        branchId: east.id,
        number: 'D-1',
        name: '一部',
      });
    await create();
    const entries = await count(kit, 'audit_entries');
    const events = await count(kit, 'outbox');
    // The entry is written before the row; the unique violation rolls both back.
    expect(await codeOf(create())).toBe('ALREADY_EXISTS');
    expect(await count(kit, 'audit_entries')).toBe(entries);
    expect(await count(kit, 'outbox')).toBe(events);
  });

  it('cannot be changed or deleted', async () => {
    await expect(kit.db.pool.query("UPDATE audit_entries SET actor_id = 'someone-else'")).rejects.toThrow(
      /append-only/,
    );
    await expect(kit.db.pool.query('DELETE FROM audit_entries')).rejects.toThrow(/append-only/);
    await expect(kit.db.pool.query('TRUNCATE audit_entries')).rejects.toThrow(/append-only/);
  });

  it('are listed newest first, filtered, paged, and by branch for a caller without scope all', async () => {
    const { audit, departments } = kit.clients;
    for (const n of [2, 3, 4])
      await rpc(eastToken, departments.createDepartment.bind(departments), {
        branchId: east.id,
        number: `P-${n}`,
        name: `部${n}`,
      });
    const first = await rpc(admin, audit.listAuditEntries.bind(audit), {
      entityType: 'department',
      pageSize: 2,
    });
    expect(first.entries.map((e) => fromStruct(e.after)?.number)).toEqual(['P-4', 'P-3']);
    const second = await rpc(admin, audit.listAuditEntries.bind(audit), {
      entityType: 'department',
      pageSize: 2,
      pageToken: first.nextPageToken,
    });
    expect(second.entries.map((e) => fromStruct(e.after)?.number)).toEqual(['P-2', 'D-1']);

    const mine = await rpc(eastToken, audit.listAuditEntries.bind(audit), { pageSize: 200 });
    expect(mine.entries.length).toBeGreaterThan(0);
    expect(mine.entries.every((e) => e.branchId === east.id)).toBe(true);
    const all = await rpc(admin, audit.listAuditEntries.bind(audit), { pageSize: 200 });
    expect(all.entries.some((e) => e.entityType === 'role' && e.actorId === 'system')).toBe(true);

    const future = await rpc(admin, audit.listAuditEntries.bind(audit), { from: '2999-01-01T00:00:00Z' });
    expect(future.entries).toEqual([]);
    const byActor = await rpc(admin, audit.listAuditEntries.bind(audit), {
      actorId: 'system',
      entityType: 'branch',
    });
    expect(byActor.entries.map((e) => e.action)).toEqual(['branch.created']);
    expect(await codeOf(rpc(admin, audit.listAuditEntries.bind(audit), { from: 'yesterday' }))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(await codeOf(rpc(admin, audit.listAuditEntries.bind(audit), { pageToken: 'x' }))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(await codeOf(rpc(undefined, audit.listAuditEntries.bind(audit), {}))).toBe('UNAUTHENTICATED');
  });
});

describe('identity events', () => {
  it('reach the CRM_IDENTITY stream through the outbox, without secrets', async () => {
    const { sites } = kit.clients;
    const { site, siteKey } = await rpc(admin, sites.createSite.bind(sites), {
      branchId: east.id,
      name: '门店',
    });
    const stream = `${ns.streamPrefix}CRM_IDENTITY`;
    const msg = await waitFor(
      () =>
        jsm.streams
          .getMessage(stream, { last_by_subj: `${ns.subjectPrefix}crm.identity.site.created` })
          .catch(() => null),
      { message: 'crm.identity.site.created never reached CRM_IDENTITY' },
    );
    const event = msg.json<{ id: string; type: string; branchId: string; payload: t.SiteCreated }>();
    expect(event).toMatchObject({
      type: 'crm.identity.site.created',
      branchId: east.id,
      payload: { site: { id: site!.id } },
    });
    expect(msg.header.get('Nats-Msg-Id')).toBe(event.id);
    expect(new TextDecoder().decode(msg.data)).not.toContain(siteKey);
  });
});

describe('audit events of other services', () => {
  const subject = () => `${ns.subjectPrefix}crm.customers.audit.recorded`;
  const publish = (event: object, msgID: string) =>
    jetstream(nc).publish(subject(), new TextEncoder().encode(JSON.stringify(event)), { msgID });

  it('are stored once, however often they are delivered', async () => {
    const event = newEvent('crm.customers.audit.recorded', east.id, { userId: 'u-sales', kind: 'user' }, {
      occurredAt: '2026-05-01T08:00:00.000Z',
      action: 'customer.updated',
      entityType: 'customer',
      entityId: 'c-42',
      actorId: 'u-sales',
      actorName: '王销售',
      branchId: east.id,
      requestId: 'req-customers-9',
      beforeJson: JSON.stringify({ name: '旧名' }),
      afterJson: JSON.stringify({ name: '新名' }),
    } satisfies t.AuditRecorded);
    // Two copies JetStream cannot de-duplicate (different message ids): the inbox must.
    await publish(event, 'copy-1');
    await publish(event, 'copy-2');
    const { audit } = kit.clients;
    const listed = await waitFor(
      async () => {
        const r = await rpc(admin, audit.listAuditEntries.bind(audit), {
          entityType: 'customer',
          entityId: 'c-42',
        });
        return r.entries.length > 0 && r.entries;
      },
      { message: 'the customers audit event was never stored' },
    );
    expect(listed).toEqual([
      expect.objectContaining({
        id: event.id,
        service: 'customers',
        action: 'customer.updated',
        actorId: 'u-sales',
        actorName: '王销售',
        branchId: east.id,
        requestId: 'req-customers-9',
        occurredAt: '2026-05-01T08:00:00.000Z',
      }),
    ]);
    expect(fromStruct(listed[0]!.after)).toEqual({ name: '新名' });
    // Wait until the second copy was processed too (acked), then count.
    await waitFor(
      async () =>
        (await jsm.consumers.info(`${ns.streamPrefix}CRM_CUSTOMERS`, `${ns.streamPrefix}identity-audit`))
          .num_ack_pending === 0 &&
        (await jsm.consumers.info(`${ns.streamPrefix}CRM_CUSTOMERS`, `${ns.streamPrefix}identity-audit`))
          .num_pending === 0,
      { message: 'identity-audit did not finish' },
    );
    expect(await count(kit, 'audit_entries', "service = 'customers'")).toBe(1);
    // The branch's own auditor sees it too.
    const east2 = await rpc(eastToken, audit.listAuditEntries.bind(audit), { entityType: 'customer' });
    expect(east2.entries).toHaveLength(1);
  });

  it('dead-letters a malformed one instead of storing it', async () => {
    const bad = newEvent(
      'crm.customers.audit.recorded',
      east.id,
      { userId: 'u', kind: 'user' },
      { action: '' },
    );
    await publish(bad, 'bad-1');
    const dlq = `${ns.streamPrefix}CRM_DLQ`;
    const msg = await waitFor(
      () =>
        jsm.streams
          .getMessage(dlq, { last_by_subj: `${ns.subjectPrefix}crm.dlq.identity-audit` })
          .catch(() => null),
      { message: 'the malformed audit event was not dead-lettered' },
    );
    expect(msg.json<{ id: string }>().id).toBe(bad.id);
    expect(await count(kit, 'audit_entries', 'id = $1', [bad.id])).toBe(0);
  });
});
