import { DomainError } from '@crm/errors';
import { WIRE_OBJECT_OPTIONS, type RequestParts } from '../src';
import { fixtureCatalogue, fixtureOperation, UUID, UUID2 } from './fixture-catalogue';

// The request rules of docs/api-conventions.md, one by one, on the fixture contracts.

function decode(method: string, parts: Partial<RequestParts>): Record<string, unknown> {
  return fixtureOperation(method).codec.decodeRequest({ path: {}, query: {}, body: undefined, ...parts });
}

/** The violations a request is refused with (and that it is refused). */
function violations(method: string, parts: Partial<RequestParts>): Record<string, string> {
  try {
    decode(method, parts);
  } catch (err) {
    expect(err).toBeInstanceOf(DomainError);
    expect((err as DomainError).code).toBe('INVALID_ARGUMENT');
    return Object.fromEntries((err as DomainError).violations.map((v) => [v.field, v.message]));
  }
  throw new Error('the request was accepted');
}

const create = (body: unknown) => decode('CreateThing', { body });
const refusedCreate = (body: unknown) => violations('CreateThing', { body });

/** What the service receives: the decoded request through protobuf bytes, as proto-loader reads it. */
function received(method: string, request: Record<string, unknown>) {
  const type = fixtureOperation(method).requestType;
  return type.toObject(
    type.decode(fixtureOperation(method).codec.serializeRequest(request)),
    WIRE_OBJECT_OPTIONS,
  );
}

describe('requests: where fields come from', () => {
  it('fills path variables, and checks them like any member', () => {
    expect(decode('GetThing', { path: { id: UUID } })).toEqual({ id: UUID });
    expect(violations('GetThing', { path: { id: 'x' } })).toEqual({ 'path.id': 'must be a UUID' });
    expect(violations('GetThing', { path: { id: `${UUID}\u0000` } })).toEqual({
      'path.id': 'must not contain the NUL character (U+0000)',
    });
  });

  it('GET: every other field from the query string, as text', () => {
    expect(
      decode('ListThings', {
        query: {
          pageSize: '20',
          pageToken: 'abc',
          kind: 'LARGE',
          active: 'true',
          minWeightFen: '-12',
          ownerId: UUID,
        },
      }),
    ).toEqual({
      pageSize: 20,
      pageToken: 'abc',
      kind: 'THING_KIND_LARGE',
      active: true,
      minWeightFen: '-12',
      ownerId: UUID,
    });
  });

  it('takes a repeated field as a query parameter given several times (or once)', () => {
    expect(decode('ListThings', { query: { tags: ['a', 'b'] } })).toEqual({ tags: ['a', 'b'] });
    expect(decode('ListThings', { query: { tags: 'a' } })).toEqual({ tags: ['a'] });
  });

  it('refuses a query parameter that names no field, is given twice, is not text or not a scalar', () => {
    expect(
      violations('ListThings', {
        query: {
          pageSize: ['1', '2'],
          size: '3',
          near: 'x',
          active: 'yes',
          kind: 'HUGE',
          minWeightFen: '1.5',
        },
      }),
    ).toEqual({
      'query.pageSize': 'must be given once',
      'query.size': 'names no field of this operation',
      'query.near': 'cannot be given in the query (it is not a scalar)',
      'query.active': 'must be true or false',
      'query.kind': 'must be one of SMALL, LARGE',
      'query.minWeightFen': expect.stringContaining('must be an integer'),
    });
    expect(violations('ListThings', { query: { pageSize: 'twenty' } })).toEqual({
      'query.pageSize': 'must be an integer from -2147483648 to 2147483647',
    });
  });

  it('body "*": every field but the path variables from the JSON body; the query takes nothing', () => {
    expect(decode('UpdateThing', { path: { id: UUID }, body: { name: 'n' } })).toEqual({
      id: UUID,
      name: 'n',
    });
    expect(
      violations('UpdateThing', { path: { id: UUID }, body: { id: UUID2 }, query: { name: 'n' } }),
    ).toEqual({
      'body.id': 'is given in the path (/things/{id})',
      'query.name': 'names no query parameter (this operation reads its fields from the body)',
    });
    // No body at all (no JSON content type) is an empty one.
    expect(decode('UpdateThing', { path: { id: UUID } })).toEqual({ id: UUID });
    expect(violations('UpdateThing', { path: { id: UUID }, body: [1] })).toEqual({
      body: 'must be a JSON object, not an array',
    });
  });

  it('body "x": the body is that field, the other fields come from the query', () => {
    expect(
      decode('SetLabels', { path: { thingId: UUID }, body: ['a', 'b'], query: { notify: 'true' } }),
    ).toEqual({
      thingId: UUID,
      labels: { values: ['a', 'b'] },
      notify: true,
    });
    expect(violations('SetLabels', { path: { thingId: UUID }, body: { values: [] } })).toEqual({
      body: 'must be an array, not object',
    });
    expect(violations('SetLabels', { path: { thingId: UUID }, body: ['a', 7] })).toEqual({
      'body[1]': 'must be a string, not number',
    });
  });

  it('a POST without body takes its fields from the path and the query, and refuses a body', () => {
    expect(decode('ArchiveThing', { path: { id: UUID }, query: { reason: 'old' }, body: {} })).toEqual({
      id: UUID,
      reason: 'old',
    });
    expect(violations('ArchiveThing', { path: { id: UUID }, body: { reason: 'old' } })).toEqual({
      body: 'this operation takes no body (its fields go in the query)',
    });
  });

  it('a DELETE ignores a body', () => {
    expect(decode('DeleteThing', { path: { id: UUID }, body: { anything: 1 } })).toEqual({ id: UUID });
  });
});

describe('requests: members and types', () => {
  it('names members in lowerCamelCase and refuses unknown ones, naming the path', () => {
    expect(create({ ownerId: UUID, acknowledgeSimilar: true })).toEqual({
      ownerId: UUID,
      acknowledgeSimilar: true,
    });
    expect(refusedCreate({ owner_id: UUID, place: { city: 'c', zip: '1' } })).toEqual({
      'body.owner_id': 'is not a member of CreateThingRequest',
      'body.place.zip': 'is not a member of Place',
    });
  });

  it('names the path of a nested member: body.places[1].city', () => {
    expect(refusedCreate({ places: [{ city: 'a' }, { city: 5 }, null, 'x'] })).toEqual({
      'body.places[1].city': 'must be a string, not number',
      'body.places[2]': 'must not be null',
      'body.places[3]': 'must be a JSON object, not string',
    });
  });

  it('refuses wrong types', () => {
    expect(
      refusedCreate({
        name: 5,
        acknowledgeSimilar: 'true',
        count: -1,
        ratio: '1.5',
        tags: 'a',
        place: [],
        blob: '%%',
      }),
    ).toEqual({
      'body.name': 'must be a string, not number',
      'body.acknowledgeSimilar': 'must be true or false',
      'body.count': 'must be an integer from 0 to 4294967295',
      'body.ratio': 'must be a number',
      'body.tags': 'must be an array, not string',
      'body.place': 'must be a JSON object, not an array',
      'body.blob': 'must be base64 text',
    });
    expect(refusedCreate({ count: 1.5 })).toEqual({
      'body.count': 'must be an integer from 0 to 4294967295',
    });
    expect(create({ count: 7, ratio: 0.25, blob: 'AAE=' })).toEqual({ count: 7, ratio: 0.25, blob: 'AAE=' });
  });

  it('64-bit integers: a string of digits or a JSON integer, passed on as a string', () => {
    expect(create({ weightFen: '9007199254740993' })).toEqual({ weightFen: '9007199254740993' });
    expect(create({ weightFen: 42 })).toEqual({ weightFen: '42' });
    expect(received('CreateThing', create({ weightFen: '9007199254740993' })).weightFen).toBe(
      '9007199254740993',
    );
    for (const bad of ['12.5', '1e3', '', ' 1', 2 ** 60, 1.5, '9223372036854775808', true])
      expect(Object.keys(refusedCreate({ weightFen: bad }))).toEqual(['body.weightFen']);
  });

  it('enums: the name without the prefix; UNSPECIFIED and the full name are refused', () => {
    expect(create({ kind: 'SMALL', kinds: ['LARGE', 'SMALL'] })).toEqual({
      kind: 'THING_KIND_SMALL',
      kinds: ['THING_KIND_LARGE', 'THING_KIND_SMALL'],
    });
    expect(refusedCreate({ kind: 'UNSPECIFIED', kinds: ['THING_KIND_SMALL'] })).toEqual({
      'body.kind': 'must be one of SMALL, LARGE',
      'body.kinds[0]': 'must be one of SMALL, LARGE',
    });
    expect(refusedCreate({ kind: 1 })).toEqual({ 'body.kind': 'must be one of SMALL, LARGE' });
  });

  it('maps are JSON objects', () => {
    expect(create({ scores: { a: 1, b: 2 } })).toEqual({ scores: { a: 1, b: 2 } });
    expect(refusedCreate({ scores: { a: 'x', b: null } })).toEqual({
      'body.scores.a': 'must be an integer from -2147483648 to 2147483647',
      'body.scores.b': 'must not be null',
    });
  });

  it('one member of a oneof at most', () => {
    expect(create({ email: 'a@b' })).toEqual({ email: 'a@b' });
    expect(refusedCreate({ email: 'a@b', phone: '1' })).toEqual({
      'body.phone': 'only one of email, phone may be given',
    });
  });
});

describe('requests: presence and null', () => {
  it('a field with presence left out is absent; null sets its zero value', () => {
    expect(decode('UpdateThing', { path: { id: UUID }, body: {} })).toEqual({ id: UUID });
    const cleared = decode('UpdateThing', {
      path: { id: UUID },
      body: { name: null, kind: null, budgetFen: null, active: null, place: null },
    });
    expect(cleared).toEqual({
      id: UUID,
      name: '',
      kind: 'THING_KIND_UNSPECIFIED',
      budgetFen: '0',
      active: false,
      place: {},
    });
    // The service tells "absent" from "clear": the optional fields arrive present with their zero value.
    const got = received('UpdateThing', cleared);
    expect(got).toMatchObject({ name: '', kind: 'THING_KIND_UNSPECIFIED', budgetFen: '0', active: false });
    expect(got.place).toEqual({ city: '', street: '' });
    const absent = received('UpdateThing', { id: UUID });
    expect(absent.name).toBeUndefined();
    expect(absent.place).toBeNull();
  });

  it('a field without presence: left out or null, both its zero value (left out of the request)', () => {
    expect(create({ name: null, weightFen: null, tags: null, acknowledgeSimilar: null })).toEqual({});
  });

  it('a …List wrapper is the bare array: absent, null (present and empty) or its values', () => {
    const patch = (aliases: unknown) =>
      decode('UpdateThing', { path: { id: UUID }, body: aliases === undefined ? {} : { aliases } });
    expect(patch(undefined)).toEqual({ id: UUID });
    expect(patch(null)).toEqual({ id: UUID, aliases: { values: [] } });
    expect(patch(['a'])).toEqual({ id: UUID, aliases: { values: ['a'] } });
    expect(received('UpdateThing', patch(null)).aliases).toEqual({ values: [] });
    expect(received('UpdateThing', patch(undefined)).aliases).toBeNull();
    expect(violations('UpdateThing', { path: { id: UUID }, body: { aliases: { values: [] } } })).toEqual({
      'body.aliases': 'must be an array, not object',
    });
  });
});

describe('requests: Struct and Value', () => {
  it('takes any JSON object as a Struct and any JSON value as a Value', () => {
    const request = create({
      customFields: { a: 1, b: 'x', c: true, d: null, e: [1, 'y', { f: false }], g: { h: {} } },
      extra: [1, null],
    });
    const got = received('CreateThing', request);
    const encode = fixtureCatalogue().codecs.encoder('crm.fixture.v1.CreateThingRequest');
    expect(encode(got)).toMatchObject({
      customFields: { a: 1, b: 'x', c: true, d: null, e: [1, 'y', { f: false }], g: { h: {} } },
      extra: [1, null],
    });
  });

  it('refuses a Struct that is not an object, and checks its text', () => {
    expect(refusedCreate({ customFields: [1] })).toEqual({
      'body.customFields': 'must be a JSON object, not an array',
    });
    expect(refusedCreate({ customFields: { a: { b: ['ok', 'x\u0000'] } } })).toEqual({
      'body.customFields.a.b[1]': 'must not contain the NUL character (U+0000)',
    });
  });

  it('refuses nesting deeper than 32', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 40; i++) deep = { n: deep };
    expect(Object.values(refusedCreate({ customFields: deep }))).toEqual(['is nested deeper than 32']);
  });
});

describe('requests: text checks, ids and limits', () => {
  it('refuses NUL and lone surrogates in every string, wherever it is', () => {
    expect(
      refusedCreate({
        name: 'a\u0000b',
        tags: ['ok', '\ud800x'],
        places: [{ city: 'x\udc00' }],
        scores: { 'k\u0000': 1 },
      }),
    ).toEqual({
      'body.name': 'must not contain the NUL character (U+0000)',
      'body.tags[1]': 'must be valid UTF-8 (it holds a lone surrogate)',
      'body.places[0].city': 'must be valid UTF-8 (it holds a lone surrogate)',
      'body.scores.k\u0000': 'key must not contain the NUL character (U+0000)',
    });
    expect(violations('ListThings', { query: { pageToken: '\ud83d' } })).toEqual({
      'query.pageToken': 'must be valid UTF-8 (it holds a lone surrogate)',
    });
    // A well-formed pair (an emoji) is fine.
    expect(create({ name: '鸡\ud83d\udc14' })).toEqual({ name: '鸡\ud83d\udc14' });
  });

  it('a string is at most 20,000 characters and a repeated field 1,000 entries, unless max_length says', () => {
    expect(create({ places: [{ street: 'x'.repeat(20_000) }] })).toBeDefined();
    expect(refusedCreate({ places: [{ street: 'x'.repeat(20_001) }] })).toEqual({
      'body.places[0].street': 'must be at most 20000 characters',
    });
    expect(refusedCreate({ places: new Array(1001).fill({}) })).toEqual({
      'body.places': 'must have at most 1000 entries',
    });
    expect(refusedCreate({ name: 'x'.repeat(41), tags: ['a', 'b', 'c', 'd'] })).toEqual({
      'body.name': 'must be at most 40 characters',
      'body.tags': 'must have at most 3 entries',
    });
    expect(create({ name: 'x'.repeat(40), tags: ['a', 'b', 'c'] })).toBeDefined();
  });

  it('id, …_id and …_ids hold UUIDs (empty allowed); FORMAT_TEXT turns it off', () => {
    expect(create({ ownerId: '', memberIds: [UUID, UUID2.toUpperCase()] })).toEqual({
      ownerId: '',
      memberIds: [UUID, UUID2.toUpperCase()],
    });
    expect(refusedCreate({ ownerId: 'east', memberIds: [UUID, 'b2'] })).toEqual({
      'body.ownerId': 'must be a UUID',
      'body.memberIds[1]': 'must be a UUID',
    });
    expect(create({ externalId: 'SKU-1' })).toEqual({ externalId: 'SKU-1' });
    expect(refusedCreate({ externalId: 'x'.repeat(13) })).toEqual({
      'body.externalId': 'must be at most 12 characters',
    });
  });

  it('FORMAT_DATE takes YYYY-MM-DD, FORMAT_DATE_TIME RFC 3339', () => {
    expect(create({ bornOn: '2024-02-29', seenAt: '2024-02-29T08:00:00+08:00' })).toEqual({
      bornOn: '2024-02-29',
      seenAt: '2024-02-29T08:00:00+08:00',
    });
    expect(create({ seenAt: '2024-02-29T00:00:00.123Z' })).toBeDefined();
    expect(refusedCreate({ bornOn: '2023-02-29', seenAt: '2024-02-29 08:00' })).toEqual({
      'body.bornOn': 'must be a date (YYYY-MM-DD)',
      'body.seenAt': 'must be an RFC 3339 date and time',
    });
  });

  it('collects every violation of a request at once', () => {
    expect(Object.keys(refusedCreate({ name: 1, kind: 'X', ownerId: 'y' }))).toEqual([
      'body.name',
      'body.kind',
      'body.ownerId',
    ]);
  });
});
