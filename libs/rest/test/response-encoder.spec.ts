import { protoDetail } from '@crm/errors';
import { fixtureCatalogue, fixtureOperation, UUID } from './fixture-catalogue';

// The response rules of docs/api-conventions.md: what the service answers goes through protobuf
// bytes and proto-loader's object form (as from a real call), then into REST JSON.

/** The REST answer of `method` to the service's response object. */
function answer(method: string, response: object) {
  const { codec } = fixtureOperation(method);
  const wire = fixtureCatalogue().codecs.wire(fixtureOperation(method).responseType);
  return codec.encodeResponse(codec.deserializeResponse(wire.serialize(response)));
}

const thing = (fields: object) => answer('UpdateThing', fields).body as Record<string, unknown>;

describe('responses', () => {
  it('has every field, in lowerCamelCase; a field without presence keeps its zero value', () => {
    expect(thing({ id: UUID })).toEqual({
      id: UUID,
      ownerId: '',
      kind: null,
      name: '',
      note: null,
      previousKind: null,
      weightFen: '0',
      budgetFen: null,
      count: 0,
      ratio: 0,
      active: false,
      blob: '',
      tags: [],
      memberIds: [],
      place: null,
      places: [],
      customFields: null,
      extra: null,
      aliases: null,
      scores: {},
      bornOn: '',
      seenAt: '',
      externalId: '',
      kinds: [],
      email: null,
      phone: null,
      version: 0,
    });
  });

  it('absent is null for fields with presence; a set one keeps even its zero value', () => {
    expect(
      thing({ note: '', previousKind: 'THING_KIND_UNSPECIFIED', budgetFen: '0', place: {} }),
    ).toMatchObject({
      note: '',
      previousKind: null,
      budgetFen: '0',
      place: { city: '', street: '' },
    });
    expect(thing({ note: 'n', budgetFen: '12', phone: '+86' })).toMatchObject({
      note: 'n',
      budgetFen: '12',
      email: null,
      phone: '+86',
    });
  });

  it('enums without their prefix; the zero value is null', () => {
    expect(
      thing({ kind: 'THING_KIND_LARGE', previousKind: 'THING_KIND_SMALL', kinds: ['THING_KIND_SMALL'] }),
    ).toMatchObject({
      kind: 'LARGE',
      previousKind: 'SMALL',
      kinds: ['SMALL'],
    });
  });

  it('64-bit integers are strings of digits, beyond 2^53 too; bytes are base64', () => {
    expect(
      thing({ weightFen: '9007199254740993', budgetFen: '-5', blob: Buffer.from([0, 1]) }),
    ).toMatchObject({
      weightFen: '9007199254740993',
      budgetFen: '-5',
      blob: 'AAE=',
    });
  });

  it('Struct is a JSON object, Value any JSON value, a …List wrapper its bare array, a map an object', () => {
    expect(
      thing({
        customFields: {
          fields: {
            n: { numberValue: 1.5 },
            s: { stringValue: '鸡' },
            b: { boolValue: false },
            z: { nullValue: 'NULL_VALUE' },
            l: {
              listValue: {
                values: [{ numberValue: 1 }, { structValue: { fields: { x: { stringValue: 'y' } } } }],
              },
            },
          },
        },
        extra: { stringValue: 'v' },
        aliases: { values: ['a', 'b'] },
        scores: { a: 1 },
      }),
    ).toMatchObject({
      customFields: { n: 1.5, s: '鸡', b: false, z: null, l: [1, { x: 'y' }] },
      extra: 'v',
      aliases: ['a', 'b'],
      scores: { a: 1 },
    });
    expect(thing({ aliases: { values: [] } }).aliases).toEqual([]);
  });

  it('a page is { items, nextPageToken }, null on the last page; other members stay', () => {
    expect(answer('ListThings', { things: [{ id: UUID }], nextPageToken: 'abc', totalSize: 3 }).body).toEqual(
      {
        items: [expect.objectContaining({ id: UUID, kind: null })],
        nextPageToken: 'abc',
        totalSize: 3,
      },
    );
    expect(answer('ListThings', { things: [] }).body).toEqual({
      items: [],
      nextPageToken: null,
      totalSize: 0,
    });
  });

  it('response_body answers one field alone', () => {
    expect(answer('GetThing', { thing: { id: UUID, name: 'n' } })).toEqual({
      status: 200,
      body: expect.objectContaining({ id: UUID, name: 'n', note: null }),
    });
  });

  it('201 with the Location of what was created (its members escaped)', () => {
    const created = answer('CreateThing', { thing: { id: 'a b/c' }, similar: [] });
    expect(created.status).toBe(201);
    expect(created.location).toBe('/api/v1/things/a%20b%2Fc');
    expect(created.body).toMatchObject({ thing: { id: 'a b/c' }, similar: [] });
  });

  it('204 with no body when the answer has no fields', () => {
    expect(answer('DeleteThing', {})).toEqual({ status: 204 });
  });

  it('fills the zero values of an object built by hand without defaults', () => {
    const encode = fixtureCatalogue().codecs.encoder('crm.fixture.v1.Place');
    expect(encode({ city: 'c' })).toEqual({ city: 'c', street: '' });
    const encodeThing = fixtureCatalogue().codecs.encoder('crm.fixture.v1.Thing');
    expect(encodeThing({ weightFen: 7, tags: undefined })).toMatchObject({
      weightFen: '7',
      tags: [],
      note: null,
    });
  });
});

describe('error details', () => {
  const render = (value: unknown) => fixtureCatalogue().codecs.renderDetail(value);

  it('renders a proto detail by the response rules; a …List wrapper as its array', () => {
    expect(render(protoDetail('crm.fixture.v1.ThingList', { values: [{ id: UUID, kind: 2 }] }))).toEqual([
      expect.objectContaining({ id: UUID, kind: 'LARGE', note: null, weightFen: '0' }),
    ]);
    expect(render(protoDetail('crm.fixture.v1.Place', { city: 'c' }))).toEqual({ city: 'c', street: '' });
  });

  it('keeps plain details and drops a proto type it does not know', () => {
    expect(render(42)).toBe(42);
    expect(render({ a: 1 })).toEqual({ a: 1 });
    expect(render(protoDetail('crm.nowhere.v1.Gone', { x: 1 }))).toBeUndefined();
  });
});
