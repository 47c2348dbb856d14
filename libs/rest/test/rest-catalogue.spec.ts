import path from 'node:path';
import { loadReflectionRoot } from '@crm/proto';
import { loadRestCatalogue, restCatalogue, RestDeclarationError, splitComment } from '../src';
import { fixtureCatalogue, fixtureOperation } from './fixture-catalogue';

describe('the REST catalogue', () => {
  it('reads every RPC with google.api.http, and only those', () => {
    const rpcs = fixtureCatalogue().operations.map(
      (o) => `${o.httpMethod.toUpperCase()} ${o.path.template} ${o.method}`,
    );
    expect(rpcs).toEqual([
      'GET /things/{id} GetThing',
      'GET /things ListThings',
      'POST /things CreateThing',
      'PATCH /things/{id} UpdateThing',
      'PUT /things/{thingId}/labels SetLabels',
      'DELETE /things/{id} DeleteThing',
      'GET /things-ping Ping',
      'POST /things/{id}/archive ArchiveThing',
    ]);
    expect(fixtureCatalogue().targets).toEqual(['fixture']);
  });

  it('keeps the declaration: gRPC path, target service, body, response_body, access and docs', () => {
    const get = fixtureOperation('GetThing');
    expect(get).toMatchObject({
      rpc: 'crm.fixture.v1.ThingService/GetThing',
      service: 'crm.fixture.v1.ThingService',
      grpcPath: '/crm.fixture.v1.ThingService/GetThing',
      target: 'fixture',
      body: '',
      responseBody: 'thing',
      idempotent: true,
      summary: 'Get a thing',
      description: 'A deleted one has deleted_at set.',
      access: {
        permission: 'things.read',
        rateLimit: 'api',
        successStatus: 200,
        tag: 'thing',
        beforePasswordChange: false,
        problems: [],
      },
    });
    expect(get.path.expressPath).toBe('/things/:id');
    expect(fixtureOperation('CreateThing').access).toMatchObject({
      successStatus: 201,
      location: '/things/{thing.id}',
      problems: [
        {
          status: 409,
          description: 'Similar things exist',
          member: 'similar',
          memberType: 'crm.fixture.v1.ThingList',
        },
      ],
    });
    expect(fixtureOperation('SetLabels')).toMatchObject({ body: 'labels', idempotent: false });
    expect(fixtureOperation('Ping').access).toMatchObject({
      permission: 'public',
      rateLimit: 'public',
      tag: 'ping',
    });
  });

  it('answers 204 when the answer has no fields, 200 otherwise', () => {
    expect(fixtureOperation('DeleteThing').access.successStatus).toBe(204);
    expect(fixtureOperation('UpdateThing').access.successStatus).toBe(200);
  });

  it('refuses declarations that cannot work, naming each RPC', () => {
    let error: unknown;
    try {
      loadRestCatalogue(loadReflectionRoot(path.join(__dirname, 'fixtures/invalid')));
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(RestDeclarationError);
    const problems = (error as RestDeclarationError).problems;
    const rpc = (m: string) => `crm.bad.v1.BadService/${m}`;
    expect(problems).toEqual(
      expect.arrayContaining([
        `${rpc('UnknownVariable')}: path variable {nope} names no field of Req`,
        `${rpc('MissingBody')}: body "nothing" names no field of Req`,
        `${rpc('GetWithBody')}: GET has no body (body: "*")`,
        `${rpc('NoPermission')}: declares no crm.api.v1.access (its permission)`,
        `${rpc('Second')}: GET /bad/{name} is also ${rpc('First')}'s (/bad/{id})`,
        expect.stringContaining(`${rpc('Pattern')}: path /bad/x/{id=things/*}: {id=things/*} is not a plain`),
        `${rpc('CreatedNowhere')}: success_status 201 needs a location`,
        `${rpc('NoAnswer')}: response_body "missing" names no field of Res`,
        `${rpc('NoAnswer')}: permission "Bad Permission" is not public, authenticated or a key like customers.read`,
      ]),
    );
    expect(problems).toContain(
      `${rpc('TwoBindings')}: google.api.http: custom and additional_bindings are not supported (declare one binding)`,
    );
    expect(problems).toHaveLength(10);
    expect((error as Error).message).toContain(rpc('UnknownVariable'));
  });

  it('loads the contracts under proto/ (AnalyticsService is transcoded)', () => {
    const op = restCatalogue().operations.find((o) => o.method === 'GetBranchCustomerCounts');
    expect(op).toMatchObject({
      httpMethod: 'get',
      target: 'analytics',
      access: { permission: 'analytics.read', tag: 'analytics' },
    });
    expect(op!.path.template).toBe('/analytics/customer-counts');
  });

  it('splits an RPC comment into summary and description', () => {
    expect(splitComment('Get a customer. A deleted one has deletedAt set.')).toEqual({
      summary: 'Get a customer',
      description: 'A deleted one has deletedAt set.',
    });
    expect(splitComment('客户列表。按创建时间倒序。')).toEqual({
      summary: '客户列表',
      description: '按创建时间倒序。',
    });
    expect(splitComment('No full stop')).toEqual({ summary: 'No full stop' });
    expect(splitComment('Version 1.2 of things. More.')).toEqual({
      summary: 'Version 1.2 of things',
      description: 'More.',
    });
  });
});
