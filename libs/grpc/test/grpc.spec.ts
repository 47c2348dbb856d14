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
import { customersV1, healthV1, type customersV1Types } from '@crm/proto';
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
const silent = { error: () => undefined };
const keys = generateSigningKeyPair();
const unaryFactory = createHandlerFactory({
  logger: silent,
  resolvePrincipal: tokenPrincipalResolver(keys.publicKeyPem),
});

describe('@crm/grpc server and client', () => {
  const { CustomersService } = customersV1();
  const seen: { ctx: CallContext; traceId?: string }[] = [];
  let behaviour: (req: Req) => Promise<Res> = async () => ({ customer: { id: 'c1' } });
  let listAttempts = 0;
  let createAttempts = 0;
  const server = new GrpcServer();
  let address = '';
  let client: customersV1Types.CustomersServiceClient;

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
    );
    address = `127.0.0.1:${await server.start(0, '127.0.0.1')}`;
    client = createClient(CustomersService, address, {
      deadlineMs: 300,
      idempotentMethods: ['GetCustomer', 'ListCustomers'],
    });
  });

  afterAll(async () => {
    client.close();
    await server.stop(100);
  });

  it('carries the verified caller, request id and trace context to the handler', async () => {
    const token = await signAccessToken(principal, { privateKeyPem: keys.privateKeyPem, ttlSeconds: 60 });
    let traceId = '';
    await trace.getTracer('test').startActiveSpan('caller', async (span) => {
      traceId = span.spanContext().traceId;
      await runWithRequestContext({ requestId: 'req-42' }, () =>
        runAsPrincipal(principal, () => call(client.getCustomer.bind(client), { id: 'c1' }), token),
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
      runAsPrincipal(principal, () => call(client.getCustomer.bind(client), { id: 'c1' }), forged),
    ).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    expect(seen.length).toBe(before);
  });

  it('gives the handler no principal when the caller sent no token', async () => {
    await call(client.getCustomer.bind(client), { id: 'c1' });
    expect(seen.at(-1)!.ctx.principal).toBeUndefined();
  });

  it('returns domain errors with their code and field violations', async () => {
    behaviour = async () => {
      throw new DomainError('INVALID_ARGUMENT', 'bad id', [{ field: 'id', message: '格式错误' }]);
    };
    await expect(call(client.getCustomer.bind(client), { id: 'x' })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
      message: 'bad id',
      violations: [{ field: 'id', message: '格式错误' }],
    });
  });

  it('turns unexpected errors into INTERNAL without leaking the message', async () => {
    behaviour = async () => {
      throw new Error('connection string postgres://secret');
    };
    const err = await call(client.getCustomer.bind(client), { id: 'x' }).catch((e: DomainError) => e);
    expect(err).toMatchObject({ code: 'INTERNAL' });
    expect((err as Error).message).not.toContain('secret');
  });

  it('puts a deadline on calls that set none', async () => {
    behaviour = () => new Promise((resolve) => setTimeout(() => resolve({}), 1000));
    await expect(call(client.getCustomer.bind(client), { id: 'slow' })).rejects.toMatchObject({
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
