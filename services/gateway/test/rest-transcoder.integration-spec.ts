/**
 * The REST transcoder end to end: HTTP → the real gateway app (rate limit in the real Redis,
 * token, permission, decoding) → one grpc-js channel → a real in-process gRPC server of the fixture
 * contracts (libs/rest/test/fixtures) → the REST answer, or the problem with its typed details.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import { Cache } from '@crm/cache';
import { loadConfig } from '@crm/config';
import { DomainError, protoDetail, toServiceError } from '@crm/errors';
import { createLogger } from '@crm/log';
import { loaderOptions, loadReflectionRoot, protoRoot } from '@crm/proto';
import { loadRestCatalogue, type RestCatalogue } from '@crm/rest';
import {
  cleanupRedis,
  connectTestRedis,
  testAccessToken,
  testRedisPrefix,
  testRedisUrl,
  testSigningKeys,
} from '@crm/testing';
import { createGatewayApp } from '../src/app';
import { createDownstreamClients, type DownstreamClients } from '../src/clients/downstream-clients';
import { createServiceClients, type ServiceClients } from '../src/clients/service-clients';
import { gatewayConfigSchema } from '../src/config';
import { redisRateLimiter } from '../src/http/rate-limiter';
import type { PlatformApiAnswer } from './support/platform-test-stack';

const FIXTURES = path.join(path.dirname(require.resolve('@crm/rest/package.json')), 'test/fixtures/proto');
const ID = '6a1c2a0e-0000-4000-8000-000000000001';
const logger = createLogger({ service: 'test', level: 'silent' });

interface Received {
  method: string;
  request: Record<string, unknown>;
  authorization: unknown;
  requestId: unknown;
}

/** The fixture ThingService: records what it receives; `answers` says what each method does. */
function fixtureServer(
  received: Received[],
  answers: Record<string, (request: Record<string, unknown>) => unknown>,
) {
  const definition = protoLoader.loadSync('crm/fixture/v1/fixture.proto', {
    ...loaderOptions,
    includeDirs: [FIXTURES, protoRoot()],
  });
  const service = (
    grpc.loadPackageDefinition(definition) as unknown as {
      crm: { fixture: { v1: { ThingService: { service: grpc.ServiceDefinition } } } };
    }
  ).crm.fixture.v1.ThingService.service;
  const server = new grpc.Server();
  const handlers: grpc.UntypedServiceImplementation = {};
  for (const method of Object.keys(service))
    handlers[method] = (
      call: grpc.ServerUnaryCall<Record<string, unknown>, unknown>,
      callback: grpc.sendUnaryData<unknown>,
    ) => {
      received.push({
        method,
        request: call.request,
        authorization: call.metadata.get('authorization')[0],
        requestId: call.metadata.get('x-request-id')[0],
      });
      try {
        callback(null, (answers[method] ?? (() => ({})))(call.request));
      } catch (err) {
        callback(err instanceof DomainError ? toServiceError(err) : (err as grpc.ServiceError));
      }
    };
  server.addService(service, handlers);
  return server;
}

let catalogue: RestCatalogue;
let grpcServer: grpc.Server;
let grpcPort = 0;
let cache: Cache;
let clients: DownstreamClients;
let services: ServiceClients;
let server: Server;
let base = '';
let redisPrefix = '';
const received: Received[] = [];
const answers: Record<string, (request: Record<string, unknown>) => unknown> = {};
let reader = '';
let writer = '';

async function listen(
  fixtureAddress: string | undefined,
): Promise<{ server: Server; services: ServiceClients }> {
  const config = loadConfig(gatewayConfigSchema(catalogue.targets), {
    CUSTOMERS_ADDR: '127.0.0.1:1',
    REDIS_URL: testRedisUrl(),
    JWT_PUBLIC_KEY: testSigningKeys().publicKeyPem,
    LOG_LEVEL: 'silent',
    ...(fixtureAddress ? { FIXTURE_ADDR: fixtureAddress } : {}),
  });
  const serviceClients = createServiceClients(catalogue.operations, config.serviceAddresses);
  const rateLimiter = redisRateLimiter(cache, { login: 1000, api: 10_000, public: 3 });
  const app = createGatewayApp(config, { clients, services: serviceClients, catalogue, rateLimiter, logger });
  const s = await new Promise<Server>((resolve) => {
    const started = app.listen(0, '127.0.0.1', () => resolve(started));
  });
  return { server: s, services: serviceClients };
}

async function api(
  route: string,
  init: { method?: string; body?: unknown; token?: string } = {},
  at = base,
): Promise<PlatformApiAnswer> {
  const res = await fetch(`${at}/api/v1${route}`, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: {
      'content-type': 'application/json',
      ...(init.token === '' ? {} : { authorization: `Bearer ${init.token ?? reader}` }),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await res.text();
  return {
    status: res.status,
    type: res.headers.get('content-type') ?? '',
    headers: res.headers,
    body: text ? JSON.parse(text) : undefined,
  };
}

beforeAll(async () => {
  // The fixtures beside the real contracts: the gateway's hand-written routes name real messages.
  catalogue = loadRestCatalogue(loadReflectionRoot(FIXTURES, { withContracts: true }));
  grpcServer = fixtureServer(received, answers);
  grpcPort = await new Promise<number>((resolve, reject) =>
    grpcServer.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (err, port) =>
      err ? reject(err) : resolve(port),
    ),
  );
  redisPrefix = testRedisPrefix();
  cache = await Cache.connect(testRedisUrl(), `${redisPrefix}gateway`);
  clients = createDownstreamClients({ CUSTOMERS_ADDR: '127.0.0.1:1' });
  ({ server, services } = await listen(`127.0.0.1:${grpcPort}`));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  reader = await testAccessToken({ permissions: ['things.read'] });
  writer = await testAccessToken({ permissions: ['things.read', 'things.write', 'things.delete'] });
});

beforeEach(() => {
  received.length = 0;
  for (const key of Object.keys(answers)) delete answers[key];
});

afterAll(async () => {
  await new Promise<void>((resolve) => server?.close(() => resolve()));
  services?.close();
  clients?.close();
  grpcServer?.forceShutdown();
  const redis = await connectTestRedis();
  await cleanupRedis(redis, redisPrefix);
  await redis.quit();
  await cache?.close();
});

describe('transcoded operations over HTTP', () => {
  it('GET: path into the request, the answer by the response rules, the caller’s token and request id passed on', async () => {
    answers.GetThing = () => ({
      thing: { id: ID, kind: 'THING_KIND_LARGE', weightFen: '9007199254740993', aliases: { values: ['a'] } },
    });
    const res = await api(`/things/${ID}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: ID,
      kind: 'LARGE',
      weightFen: '9007199254740993',
      aliases: ['a'],
      note: null,
      place: null,
    });
    expect(received).toEqual([
      {
        method: 'GetThing',
        request: { id: ID },
        authorization: `Bearer ${reader}`,
        requestId: res.headers.get('x-request-id'),
      },
    ]);
  });

  it('GET a page: query parameters (repeated, typed) in, { items, nextPageToken } out', async () => {
    answers.ListThings = () => ({ things: [{ id: ID }], nextPageToken: '' });
    const res = await api('/things?pageSize=2&tags=a&tags=b&kind=SMALL&active=true');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      items: [expect.objectContaining({ id: ID })],
      nextPageToken: null,
      totalSize: 0,
    });
    expect(received[0]!.request).toMatchObject({
      pageSize: 2,
      tags: ['a', 'b'],
      kind: 'THING_KIND_SMALL',
      active: true,
    });
  });

  it('POST: 201 with Location; the service gets the body by the request rules', async () => {
    answers.CreateThing = (request) => ({ thing: { id: ID, name: request.name, note: request.note } });
    const res = await api('/things', {
      token: writer,
      body: { name: '鸡苗', kind: 'SMALL', note: null, customFields: { a: [1] } },
    });
    expect(res.status).toBe(201);
    expect(res.headers.get('location')).toBe(`/api/v1/things/${ID}`);
    expect(res.body).toMatchObject({ thing: { id: ID, name: '鸡苗', note: '' }, similar: [] });
    expect(received[0]!.request).toMatchObject({ name: '鸡苗', kind: 'THING_KIND_SMALL', note: '' });
  });

  it('DELETE: 204 without a body', async () => {
    const res = await fetch(`${base}/api/v1/things/${ID}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${writer}` },
    });
    expect(res.status).toBe(204);
    expect(await res.text()).toBe('');
    expect(received.map((r) => r.method)).toEqual(['DeleteThing']);
  });

  it('refuses bad input with a 400 naming each field, and calls nothing', async () => {
    const res = await api('/things', {
      token: writer,
      // (A NUL in a string is refused before, by the text guard of every route: request-text.spec.ts.)
      body: { name: 42, kind: 'HUGE', ownerId: 'east', places: [{ city: 1 }], extra_member: 1 },
    });
    expect(res.status).toBe(400);
    expect(res.type).toContain('application/problem+json');
    expect(res.body).toMatchObject({ code: 'INVALID_ARGUMENT', requestId: res.headers.get('x-request-id') });
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual([
      'body.name',
      'body.kind',
      'body.ownerId',
      'body.places[0].city',
      'body.extra_member',
    ]);
    expect((await api('/things/not-a-uuid')).body.errors).toEqual([
      { field: 'path.id', message: 'must be a UUID' },
    ]);
    expect((await api('/things?size=1')).body.errors).toEqual([
      { field: 'query.size', message: 'names no field of this operation' },
    ]);
    // %FF is no UTF-8: a 400, not a 500, from Express' own decoding of the path.
    expect((await api('/things/%FF')).status).toBe(400);
    expect(received).toEqual([]);
  });

  it('checks the token and the permission before the call', async () => {
    expect((await api(`/things/${ID}`, { token: '' })).status).toBe(401);
    const denied = await api('/things', { body: { name: 'x' } }); // reader lacks things.write
    expect(denied).toMatchObject({
      status: 403,
      body: { code: 'PERMISSION_DENIED', detail: 'missing permission things.write' },
    });
    expect(received).toEqual([]);
  });

  it('a public operation needs no token and is rate limited per address', async () => {
    answers.Ping = () => ({ status: 'ok' });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await api('/things-ping', { token: '' })).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
  });

  it('renders a service’s typed error details into the problem, and its violations', async () => {
    answers.CreateThing = () => {
      throw new DomainError('ALREADY_EXISTS', 'similar things exist', [{ field: 'name', message: 'taken' }], {
        similar: protoDetail('crm.fixture.v1.ThingList', { values: [{ id: ID, kind: 'THING_KIND_SMALL' }] }),
        retryAfterSeconds: 3,
        hidden: protoDetail('crm.nowhere.v1.Unknown', { x: 1 }),
      });
    };
    const res = await api('/things', { token: writer, body: { name: 'x' } });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({
      code: 'ALREADY_EXISTS',
      detail: 'similar things exist',
      errors: [{ field: 'name', message: 'taken' }],
      similar: [expect.objectContaining({ id: ID, kind: 'SMALL', note: null })],
      retryAfterSeconds: 3,
    });
    expect(res.body).not.toHaveProperty('hidden');
  });

  it('retries a GET once the service answers UNAVAILABLE, not a POST', async () => {
    let calls = 0;
    const flaky = () => {
      calls += 1;
      if (calls === 1)
        throw Object.assign(new Error('down'), { code: grpc.status.UNAVAILABLE, details: 'down' });
      return { thing: { id: ID } };
    };
    answers.GetThing = flaky;
    expect((await api(`/things/${ID}`)).status).toBe(200);
    expect(calls).toBe(2);
    calls = 0;
    answers.CreateThing = flaky;
    expect((await api('/things', { token: writer, body: { name: 'x' } })).status).toBe(503);
    expect(calls).toBe(1);
  });

  it('answers 503 naming the variable when the service has no address', async () => {
    const other = await listen(undefined);
    try {
      const res = await api(
        `/things/${ID}`,
        {},
        `http://127.0.0.1:${(other.server.address() as AddressInfo).port}`,
      );
      expect(res).toMatchObject({
        status: 503,
        body: { code: 'UNAVAILABLE', detail: 'the fixture service is not configured (FIXTURE_ADDR)' },
      });
    } finally {
      await new Promise<void>((resolve) => other.server.close(() => resolve()));
      other.services.close();
    }
  });

  it('serves the OpenAPI document with the transcoded operations beside the hand-written routes', async () => {
    const doc = (await api('/openapi.json', { token: '' })).body;
    expect(doc.paths['/api/v1/things/{id}'].get).toMatchObject({
      'x-permission': 'things.read',
      operationId: 'getThing',
    });
    expect(doc.paths['/api/v1/things-ping'].get.security).toEqual([]);
    expect(doc.paths['/api/v1/customers/{id}']).toBeDefined();
    expect(doc.components.schemas.Thing.properties.kind).toEqual({ $ref: '#/components/schemas/ThingKind' });
  });

  it('readiness asks the transcoded services too', async () => {
    const res = await fetch(`${base}/readyz`);
    expect(((await res.json()) as { services: Record<string, string> }).services).toMatchObject({
      fixture: 'UNREACHABLE', // the fixture server has no health service
      customers: 'UNREACHABLE',
    });
  });
});
