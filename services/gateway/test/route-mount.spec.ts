/**
 * The route mount: hand-written routes and transcoded operations in one router (conflicts found at
 * start, literal segments first), hand-written routes with proto message bodies and answers, and the
 * forced password change. Over real HTTP; the rate limiter counts nothing here.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import express from 'express';
import { createLogger } from '@crm/log';
import { loadReflectionRoot } from '@crm/proto';
import { loadRestCatalogue, type RestCatalogue } from '@crm/rest';
import { testAccessToken, testSigningKeys } from '@crm/testing';
import type { ServiceClients } from '../src/clients/service-clients';
import { defineRoute, protoMessage, type ApiRoute } from '../src/http/api-route';
import { openApiDocument } from '../src/http/openapi';
import { notFoundHandler, problemHandler } from '../src/http/problem.middleware';
import { mountRoutes, type MountOptions } from '../src/http/route-mount';

const FIXTURES = path.join(path.dirname(require.resolve('@crm/rest/package.json')), 'test/fixtures/proto');
const ID = '6a1c2a0e-0000-4000-8000-000000000001';
let catalogue: RestCatalogue;
const calls: { rpc: string; request: object }[] = [];
const services: ServiceClients = {
  async call(op, request) {
    calls.push({ rpc: op.method, request });
    return { id: ID, name: 'archived' };
  },
  health: {},
  close() {},
};

function options(extra: Partial<MountOptions> = {}): MountOptions {
  return {
    publicKeyPem: testSigningKeys().publicKeyPem,
    rateLimiter: { check: async () => {} },
    transcoded: { operations: catalogue.operations, clients: services },
    codecs: catalogue.codecs,
    ...extra,
  };
}

async function serve(routes: ApiRoute[], extra: Partial<MountOptions> = {}) {
  const app = express();
  app.set('query parser', 'simple');
  app.use('/api/v1', express.json(), mountRoutes(routes, options(extra)));
  app.use(notFoundHandler());
  app.use(problemHandler(createLogger({ service: 'test', level: 'silent' })));
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1` };
}

const close = (server: Server) => new Promise<void>((resolve) => server.close(() => resolve()));

// A hand-written route whose body and answer are proto messages.
const placeRoute = defineRoute({
  method: 'post',
  path: '/places/check',
  summary: 'Check a place',
  tag: 'places',
  permission: 'authenticated',
  body: protoMessage('crm.fixture.v1.Place'),
  responses: { 200: { description: 'The place as kept', schema: protoMessage('crm.fixture.v1.Thing') } },
  async handler({ body }) {
    return { status: 200, body: { id: ID, place: body, kind: 'THING_KIND_SMALL' } };
  },
});

beforeAll(() => {
  catalogue = loadRestCatalogue(loadReflectionRoot(FIXTURES));
});

beforeEach(() => {
  calls.length = 0;
});

describe('mountRoutes', () => {
  it('refuses to start when a hand-written route answers what a transcoded operation does', () => {
    const twin = defineRoute({
      method: 'get',
      path: '/things/:thingId',
      summary: 'x',
      tag: 'x',
      permission: 'authenticated',
      responses: { 200: { description: 'x' } },
      handler: async () => ({ status: 200 }),
    });
    expect(() => mountRoutes([twin], options())).toThrow(
      'GET /things/{thingId}: the hand-written route GET /things/:thingId and crm.fixture.v1.ThingService/GetThing',
    );
  });

  it('refuses to start with a hand-written route naming a proto message that does not exist', () => {
    const typo = defineRoute({ ...placeRoute, body: protoMessage('crm.fixture.v1.Plaice') });
    expect(() => mountRoutes([typo], options())).toThrow('crm.fixture.v1.Plaice is not a message type');
  });

  it('tries a literal segment before a variable one, whoever was declared first', async () => {
    const search = defineRoute({
      method: 'get',
      path: '/things/search',
      summary: 'Search things',
      tag: 'thing',
      permission: 'authenticated',
      responses: { 200: { description: 'found' } },
      handler: async () => ({ status: 200, body: { searched: true } }),
    });
    const { server, base } = await serve([search]);
    try {
      const token = await testAccessToken();
      const res = await fetch(`${base}/things/search`, { headers: { authorization: `Bearer ${token}` } });
      expect(await res.json()).toEqual({ searched: true });
      expect(calls).toEqual([]);
    } finally {
      await close(server);
    }
  });

  it('decodes a hand-written route’s proto body and encodes its proto answer by the conventions', async () => {
    const { server, base } = await serve([placeRoute]);
    try {
      const token = await testAccessToken();
      const post = (body: unknown) =>
        fetch(`${base}/places/check`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
      const ok = await post({ city: '合肥' });
      expect(ok.status).toBe(200);
      expect(await ok.json()).toMatchObject({
        id: ID,
        kind: 'SMALL',
        place: { city: '合肥', street: '' },
        note: null,
      });
      const bad = await post({ city: 1, zip: '2' });
      expect(bad.status).toBe(400);
      expect(((await bad.json()) as { errors: unknown[] }).errors).toEqual([
        { field: 'body.city', message: 'must be a string, not number' },
        { field: 'body.zip', message: 'is not a member of Place' },
      ]);
    } finally {
      await close(server);
    }
    // Its OpenAPI refers to the same components as the transcoded operations.
    const doc = openApiDocument([placeRoute], { title: 't', version: '1' }, catalogue);
    const op = doc.paths['/api/v1/places/check']!.post as {
      requestBody: { content: Record<string, { schema: unknown }> };
      responses: Record<string, { content: Record<string, { schema: unknown }> }>;
    };
    expect(op.requestBody.content['application/json']!.schema).toEqual({
      $ref: '#/components/schemas/PlaceInput',
    });
    expect(op.responses['200']!.content['application/json']!.schema).toEqual({
      $ref: '#/components/schemas/Thing',
    });
    expect(doc.components.schemas).toHaveProperty('Thing');
  });

  it('lets a session that must change its password call only the operations marked for it', async () => {
    const { server, base } = await serve([]);
    try {
      const token = await testAccessToken({ mustChangePassword: true });
      const headers = { authorization: `Bearer ${token}` };
      const refused = await fetch(`${base}/things/${ID}`, { headers });
      expect(refused.status).toBe(403);
      expect(await refused.json()).toMatchObject({
        code: 'PERMISSION_DENIED',
        reason: 'PASSWORD_CHANGE_REQUIRED',
      });
      const allowed = await fetch(`${base}/things/${ID}/archive?reason=old`, { method: 'POST', headers });
      expect(allowed.status).toBe(200);
      expect(calls).toEqual([{ rpc: 'ArchiveThing', request: { id: ID, reason: 'old' } }]);
    } finally {
      await close(server);
    }
  });
});
