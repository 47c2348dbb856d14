import * as grpc from '@grpc/grpc-js';
import { trace } from '@opentelemetry/api';
import {
  generateSigningKeyPair,
  runAsPrincipal,
  signAccessToken,
  tokenPrincipalResolver,
  type Principal,
} from '@crm/auth';
import { DomainError } from '@crm/errors';
import { customersV1, healthV1, identityV1, type customersV1Types, type identityV1Types } from '@crm/proto';
import { initTestTelemetry, runWithRequestContext } from '@crm/telemetry';
import { call, createClient, createHandlerFactory, GrpcServer, implement, type CallContext } from '../src';

type Req = customersV1Types.GetCustomerRequest__Output;
type Res = customersV1Types.GetCustomerResponse;

const principal: Principal = {
  kind: 'user',
  userId: 'u1',
  username: '李四',
  roles: ['account_manager'],
  permissions: ['customers.read'],
  branchId: 'b1',
  dataScope: 'own',
};
const CUSTOMER_ID = '0b6d5b1e-5a43-4c8e-9d1e-2f5b7c9a1d01';
const silent = { error: () => undefined };
const keys = generateSigningKeyPair();
const unaryFactory = createHandlerFactory({
  logger: silent,
  resolvePrincipal: tokenPrincipalResolver(keys.publicKeyPem),
});

describe('@crm/grpc server and client', () => {
  const { CustomersService } = customersV1();
  const seen: { ctx: CallContext; traceId?: string }[] = [];
  let behaviour: (req: Req) => Promise<Res> = async () => ({ customer: { id: CUSTOMER_ID } });
  let listAttempts = 0;
  let createAttempts = 0;
  const { AuthService } = identityV1();
  let meCalls = 0;
  const server = new GrpcServer();
  let address = '';
  let client: customersV1Types.CustomersServiceClient;
  let auth: identityV1Types.AuthServiceClient;

  beforeAll(async () => {
    initTestTelemetry();
    server.add(
      implement(CustomersService, {
        GetCustomer: unaryFactory<Req, Res>('GetCustomer', async (req, ctx) => {
          seen.push({ ctx, traceId: trace.getActiveSpan()?.spanContext().traceId });
          return behaviour(req);
        }),
        ListCustomers: unaryFactory('ListCustomers', async () => {
          listAttempts += 1;
          if (listAttempts < 3) throw new DomainError('UNAVAILABLE', 'warming up');
          return { customers: [], nextPageToken: '' };
        }),
        CreateCustomer: unaryFactory('CreateCustomer', async () => {
          createAttempts += 1;
          throw new DomainError('UNAVAILABLE', 'down');
        }),
      } as unknown as customersV1Types.CustomersServiceHandlers),
      implement(AuthService, {
        GetMe: unaryFactory('GetMe', async () => {
          meCalls += 1;
          return { me: { id: principal.userId } };
        }),
      } as unknown as identityV1Types.AuthServiceHandlers),
    );
    address = `127.0.0.1:${await server.start(0, '127.0.0.1')}`;
    client = createClient(CustomersService, address, {
      deadlineMs: 300,
      idempotentMethods: ['GetCustomer', 'ListCustomers'],
    });
    auth = createClient(AuthService, address, { deadlineMs: 300 });
  });

  afterAll(async () => {
    client.close();
    auth.close();
    await server.stop(100);
  });

  it('carries the verified caller, request id and trace context to the handler', async () => {
    const token = await signAccessToken(principal, { privateKeyPem: keys.privateKeyPem, ttlSeconds: 60 });
    let traceId = '';
    await trace.getTracer('test').startActiveSpan('caller', async (span) => {
      traceId = span.spanContext().traceId;
      await runWithRequestContext({ requestId: 'req-42' }, () =>
        runAsPrincipal(principal, () => call(client.getCustomer.bind(client), { id: CUSTOMER_ID }), token),
      );
      span.end();
    });
    const last = seen.at(-1)!;
    expect(last.ctx.principal).toEqual(principal);
    expect(last.ctx.requestId).toBe('req-42');
    expect(last.traceId).toBe(traceId);
  });

  it('refuses a forged token with UNAUTHENTICATED before the handler runs', async () => {
    const before = seen.length;
    const forged = await signAccessToken(
      { ...principal, permissions: ['*'] },
      { privateKeyPem: generateSigningKeyPair().privateKeyPem, ttlSeconds: 60 },
    );
    await expect(
      runAsPrincipal(principal, () => call(client.getCustomer.bind(client), { id: CUSTOMER_ID }), forged),
    ).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    expect(seen.length).toBe(before);
  });

  it('gives the handler no principal when the caller sent no token', async () => {
    await call(client.getCustomer.bind(client), { id: CUSTOMER_ID });
    expect(seen.at(-1)!.ctx.principal).toBeUndefined();
  });

  it('refuses a session that must change its password everything but the RPCs marked for it', async () => {
    const pending = { ...principal, mustChangePassword: true };
    const token = await signAccessToken(pending, { privateKeyPem: keys.privateKeyPem, ttlSeconds: 60 });
    const before = seen.length;
    await expect(
      runAsPrincipal(pending, () => call(client.getCustomer.bind(client), { id: CUSTOMER_ID }), token),
    ).rejects.toMatchObject({
      code: 'PERMISSION_DENIED',
      details: { reason: 'PASSWORD_CHANGE_REQUIRED' },
    });
    expect(seen.length).toBe(before);
    // GetMe is marked before_password_change in proto/crm/identity/v1/auth.proto.
    await expect(
      runAsPrincipal(pending, () => call(auth.getMe.bind(auth), {}), token),
    ).resolves.toMatchObject({ me: { id: principal.userId } });
    expect(meCalls).toBe(1);
  });

  // A lone surrogate does not survive grpc-js's UTF-8 (it arrives as U+FFFD): libs/proto tests that rule.
  it('refuses NUL and ids that are not UUIDs before the handler runs, naming the field', async () => {
    const before = seen.length;
    await expect(call(client.getCustomer.bind(client), { id: 'x' })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
      violations: [{ field: 'id', message: 'must be a UUID' }],
    });
    await expect(call(client.getCustomer.bind(client), { id: `${CUSTOMER_ID}\u0000` })).rejects.toMatchObject(
      {
        code: 'INVALID_ARGUMENT',
        violations: [{ field: 'id', message: 'must not contain the NUL character (U+0000)' }],
      },
    );
    expect(seen.length).toBe(before);
    const created = createAttempts;
    await expect(
      call(client.createCustomer.bind(client), {
        name: 'a\u0000b',
        ownerId: 'u1',
        contacts: [{ id: 'nope', name: '王\u0000' }],
      }),
    ).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
      violations: [
        { field: 'name', message: 'must not contain the NUL character (U+0000)' },
        { field: 'ownerId', message: 'must be a UUID' },
        { field: 'contacts.0.id', message: 'must be a UUID' },
        { field: 'contacts.0.name', message: 'must not contain the NUL character (U+0000)' },
      ],
    });
    expect(createAttempts).toBe(created);
  });

  it('returns domain errors with their code and field violations', async () => {
    behaviour = async () => {
      throw new DomainError('INVALID_ARGUMENT', 'bad id', [{ field: 'id', message: '格式错误' }]);
    };
    await expect(call(client.getCustomer.bind(client), { id: CUSTOMER_ID })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
      message: 'bad id',
      violations: [{ field: 'id', message: '格式错误' }],
    });
  });

  it('turns unexpected errors into INTERNAL without leaking the message', async () => {
    behaviour = async () => {
      throw new Error('connection string postgres://secret');
    };
    const err = await call(client.getCustomer.bind(client), { id: CUSTOMER_ID }).catch((e: DomainError) => e);
    expect(err).toMatchObject({ code: 'INTERNAL' });
    expect((err as Error).message).not.toContain('secret');
  });

  it('puts a deadline on calls that set none', async () => {
    behaviour = () => new Promise((resolve) => setTimeout(() => resolve({}), 1000));
    await expect(call(client.getCustomer.bind(client), { id: CUSTOMER_ID })).rejects.toMatchObject({
      code: 'DEADLINE_EXCEEDED',
    });
  });

  it('retries idempotent reads on UNAVAILABLE, but not writes', async () => {
    await expect(call(client.listCustomers.bind(client), {})).resolves.toMatchObject({ customers: [] });
    expect(listAttempts).toBe(3);
    await expect(call(client.createCustomer.bind(client), { name: 'x' })).rejects.toMatchObject({
      code: 'UNAVAILABLE',
    });
    expect(createAttempts).toBe(1);
  });

  it('serves the standard health check', async () => {
    const { Health } = healthV1();
    const health = new Health.Client(address, grpc.credentials.createInsecure());
    const res = await call(health.check.bind(health), { service: CustomersService.name });
    expect(res.status).toBe('SERVING');
    health.close();
  });
});
