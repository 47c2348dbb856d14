import type * as grpc from '@grpc/grpc-js';
import { trace } from '@opentelemetry/api';
import { generateSigningKeyPair, runAsPrincipal, signAccessToken, tokenPrincipalResolver } from '@crm/auth';
import { DomainError, fromServiceError } from '@crm/errors';
import { customersV1, type customersV1Types as t } from '@crm/proto';
import { initTestTelemetry, runWithRequestContext } from '@crm/telemetry';
import {
  createClient,
  createHandlerFactory,
  createStreamHandlerFactory,
  GrpcServer,
  implement,
  type CallContext,
} from '../src';

const keys = generateSigningKeyPair();
const errors: { err: unknown; method: string }[] = [];
const options = {
  logger: { error: (obj: object) => errors.push(obj as { err: unknown; method: string }) },
  resolvePrincipal: tokenPrincipalResolver(keys.publicKeyPem),
};
const stream = createStreamHandlerFactory(options);
const handle = createHandlerFactory(options);

/** What a streaming handler saw of its call. */
interface Seen {
  ctx: CallContext;
  traceId?: string;
}

describe('@crm/grpc streaming handlers', () => {
  const { CustomerImportService } = customersV1();
  const seen: Seen[] = [];
  let importBehaviour: (chunks: number) => Promise<t.ImportCustomersResponse> = async (chunks) => ({
    totalRows: chunks,
  });
  let exportBehaviour: (
    call: grpc.ServerWritableStream<unknown, t.ExportCustomersResponse>,
  ) => Promise<void> = async (call) => {
    call.write({ chunk: Buffer.from('ab') });
    call.write({ chunk: Buffer.from('cd') });
  };
  const server = new GrpcServer();
  let client: t.CustomerImportServiceClient;

  beforeAll(async () => {
    initTestTelemetry();
    server.add(
      implement(CustomerImportService, {
        ImportCustomers: stream.clientStream<t.ImportCustomersRequest__Output, t.ImportCustomersResponse>(
          'ImportCustomers',
          async (call, ctx) => {
            seen.push({ ctx, traceId: trace.getActiveSpan()?.spanContext().traceId });
            let chunks = 0;
            for await (const message of call as AsyncIterable<t.ImportCustomersRequest__Output>)
              if (message.chunk) chunks += 1;
            return importBehaviour(chunks);
          },
        ),
        ExportCustomers: stream.serverStream<t.ExportCustomersRequest__Output, t.ExportCustomersResponse>(
          'ExportCustomers',
          async (call, ctx) => {
            seen.push({ ctx, traceId: trace.getActiveSpan()?.spanContext().traceId });
            await exportBehaviour(call);
          },
        ),
        GetImportTemplate: handle('GetImportTemplate', async () => ({ content: Buffer.alloc(0) })),
      }),
    );
    const port = await server.start(0, '127.0.0.1');
    client = createClient(CustomerImportService, `127.0.0.1:${port}`);
  });

  afterAll(async () => {
    client.close();
    await server.stop(100);
  });

  const upload = (chunks: number) =>
    new Promise<t.ImportCustomersResponse__Output>((resolve, reject) => {
      const call = client.importCustomers((err, res) =>
        err ? reject(fromServiceError(err)) : resolve(res!),
      );
      call.write({ options: { fileName: 'a.xlsx' } });
      for (let i = 0; i < chunks; i += 1) call.write({ chunk: Buffer.from([i]) });
      call.end();
    });
  const download = () =>
    new Promise<Buffer>((resolve, reject) => {
      const parts: Buffer[] = [];
      client
        .exportCustomers({})
        .on('data', (m: t.ExportCustomersResponse__Output) => parts.push(m.chunk))
        .on('error', (err: grpc.ServiceError) => reject(fromServiceError(err)))
        .on('end', () => resolve(Buffer.concat(parts)));
    });

  it('runs a client stream as the verified caller, in a span of the caller’s trace', async () => {
    const principal = {
      kind: 'user' as const,
      userId: 'u1',
      username: 'u1',
      roles: [],
      permissions: ['customers.import'],
      branchId: 'b1',
      dataScope: 'own' as const,
    };
    const token = await signAccessToken(principal, { privateKeyPem: keys.privateKeyPem, ttlSeconds: 60 });
    let traceId = '';
    const res = await trace.getTracer('test').startActiveSpan('caller', async (span) => {
      traceId = span.spanContext().traceId;
      const answer = await runWithRequestContext({ requestId: 'req-7' }, () =>
        runAsPrincipal(principal, () => upload(3), token),
      );
      span.end();
      return answer;
    });
    expect(res.totalRows).toBe(3);
    const last = seen.at(-1)!;
    expect(last.ctx.principal).toMatchObject({ userId: 'u1' });
    expect(last.ctx.requestId).toBe('req-7');
    expect(last.traceId).toBe(traceId);
  });

  it('refuses a forged token before a client-stream handler runs', async () => {
    const before = seen.length;
    const forged = await signAccessToken(
      {
        kind: 'user',
        userId: 'x',
        username: 'x',
        roles: [],
        permissions: ['*'],
        branchId: 'b1',
        dataScope: 'all',
      },
      { privateKeyPem: generateSigningKeyPair().privateKeyPem, ttlSeconds: 60 },
    );
    await expect(runAsPrincipal(undefined, () => upload(1), forged)).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    expect(seen.length).toBe(before);
  });

  it('maps a client stream’s domain error with its code and details', async () => {
    importBehaviour = async () => {
      throw new DomainError('INVALID_ARGUMENT', 'too big', [{ field: 'file', message: 'at most 1 byte' }], {
        reason: 'FILE_TOO_LARGE',
      });
    };
    await expect(upload(2)).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
      violations: [{ field: 'file', message: 'at most 1 byte' }],
      details: { reason: 'FILE_TOO_LARGE' },
    });
  });

  it('streams what a server-stream handler writes and ends the stream when it returns', async () => {
    exportBehaviour = async (call) => {
      call.write({ chunk: Buffer.from('ab') });
      call.write({ chunk: Buffer.from('cd') });
    };
    expect((await download()).toString()).toBe('abcd');
    expect(seen.at(-1)!.ctx.principal).toBeUndefined();
  });

  it('ends a server stream with the mapped error, an unexpected one as INTERNAL without its message', async () => {
    exportBehaviour = async () => {
      throw new DomainError('PERMISSION_DENIED', 'no export for you');
    };
    await expect(download()).rejects.toMatchObject({ code: 'PERMISSION_DENIED' });
    exportBehaviour = async (call) => {
      call.write({ chunk: Buffer.from('ab') });
      throw new Error('disk at /secret is full');
    };
    const err = await download().catch((e: DomainError) => e);
    expect(err).toMatchObject({ code: 'INTERNAL' });
    expect((err as Error).message).not.toContain('secret');
    expect(errors.at(-1)).toMatchObject({ method: 'ExportCustomers' });
  });
});
