import { OpenApiBuilder } from '../src';
import { fixtureCatalogue, fixtureOperation } from './fixture-catalogue';

// The OpenAPI side of the conventions, on the fixture contracts.

function build(methods: string[]) {
  const builder = new OpenApiBuilder(fixtureCatalogue().codecs);
  const operations = Object.fromEntries(methods.map((m) => [m, builder.operation(fixtureOperation(m))]));
  return { operations, schemas: builder.schemas() };
}

describe('the OpenAPI of transcoded operations', () => {
  it('describes an operation: path under /api/v1, summary, description, tag, permission, rpc', () => {
    const { operations } = build(['GetThing']);
    expect(operations.GetThing).toMatchObject({
      path: '/api/v1/things/{id}',
      method: 'get',
      operation: {
        summary: 'Get a thing',
        description: 'A deleted one has deleted_at set.\n\nRequires permission `things.read`.',
        tags: ['thing'],
        operationId: 'getThing',
        'x-permission': 'things.read',
        'x-rpc': 'crm.fixture.v1.ThingService/GetThing',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
        responses: {
          200: {
            content: {
              'application/json': {
                // response_body answers the resource, which the service always sets: not nullable.
                schema: { $ref: '#/components/schemas/Thing' },
              },
            },
          },
          default: {
            content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
          },
        },
      },
    });
  });

  it('public operations have no security; authenticated ones no x-permission', () => {
    const { operations } = build(['Ping']);
    expect(operations.Ping!.operation.security).toEqual([]);
    expect(operations.Ping!.operation['x-permission']).toBeUndefined();
  });

  it('query parameters for GET (repeated ones as arrays), none for body "*"', () => {
    const { operations } = build(['ListThings', 'CreateThing', 'SetLabels']);
    const names = (m: string) =>
      (operations[m]!.operation.parameters as { name: string; in: string; schema: unknown }[]).map(
        (p) => `${p.in}:${p.name}`,
      );
    expect(names('ListThings')).toEqual([
      'query:pageSize',
      'query:pageToken',
      'query:tags',
      'query:kind',
      'query:active',
      'query:ownerId',
      'query:minWeightFen',
    ]);
    expect(operations.ListThings!.operation.parameters).toContainEqual({
      name: 'tags',
      in: 'query',
      required: false,
      schema: { type: 'array', items: { type: 'string' } },
    });
    expect(names('CreateThing')).toEqual([]);
    expect(names('SetLabels')).toEqual(['path:thingId', 'query:notify']);
  });

  it('request bodies: every member optional and nullable, enums without prefix, limits', () => {
    const { operations, schemas } = build(['CreateThing', 'SetLabels']);
    const body = (
      operations.CreateThing!.operation.requestBody as {
        content: Record<string, { schema: Record<string, Record<string, unknown>> }>;
      }
    ).content['application/json']!.schema;
    expect(body.required).toBeUndefined();
    expect(body.additionalProperties).toBe(false);
    expect(body.properties!.kind).toEqual({
      oneOf: [{ $ref: '#/components/schemas/ThingKind' }, { type: 'null' }],
    });
    expect(body.properties!.name).toEqual({ type: ['string', 'null'], maxLength: 40 });
    expect(body.properties!.tags).toEqual({
      type: ['array', 'null'],
      items: { type: 'string' },
      maxItems: 3,
    });
    expect(body.properties!.weightFen).toEqual({
      oneOf: [
        { oneOf: [{ type: 'string', pattern: '^-?[0-9]+$' }, { type: 'integer' }], format: 'int64' },
        { type: 'null' },
      ],
    });
    expect(body.properties!.ownerId).toEqual({ type: ['string', 'null'], format: 'uuid' });
    expect(body.properties!.bornOn).toEqual({ type: ['string', 'null'], format: 'date' });
    expect(body.properties!.externalId).toEqual({
      type: ['string', 'null'],
      maxLength: 12,
      description: 'Looks like an id but holds a code.',
    });
    expect(body.properties!.place).toEqual({
      oneOf: [{ $ref: '#/components/schemas/PlaceInput' }, { type: 'null' }],
    });
    expect(body.properties!.customFields).toEqual({ type: ['object', 'null'], additionalProperties: true });
    expect(schemas.ThingKind).toEqual({
      type: 'string',
      enum: ['SMALL', 'LARGE'],
      description: 'How a thing is kept.',
    });
    expect(schemas.PlaceInput).toMatchObject({ type: 'object', additionalProperties: false });
    // body "x": the field's own schema (a …List wrapper: its array).
    expect(
      (operations.SetLabels!.operation.requestBody as { content: Record<string, unknown> }).content,
    ).toEqual({
      'application/json': {
        schema: { type: ['array', 'null'], items: { type: 'string' } },
      },
    });
  });

  it('answers: every member required, nullable by presence, int64 as strings, enums nullable', () => {
    const { schemas } = build(['UpdateThing']);
    const thing = schemas.Thing as {
      properties: Record<string, unknown>;
      required: string[];
      description: string;
    };
    expect(thing.description).toBe('A thing as the service owns it.');
    expect(thing.required).toContain('note');
    expect(thing.required).toHaveLength(27);
    expect(thing.properties.id).toEqual({ type: 'string' });
    expect(thing.properties.note).toEqual({ type: ['string', 'null'] });
    expect(thing.properties.kind).toEqual({ $ref: '#/components/schemas/ThingKind' });
    expect(thing.properties.previousKind).toEqual({
      oneOf: [{ $ref: '#/components/schemas/ThingKind' }, { type: 'null' }],
    });
    expect(thing.properties.weightFen).toEqual({ type: 'string', format: 'int64', pattern: '^-?[0-9]+$' });
    expect(thing.properties.budgetFen).toEqual({
      type: ['string', 'null'],
      format: 'int64',
      pattern: '^-?[0-9]+$',
    });
    expect(thing.properties.aliases).toEqual({ type: ['array', 'null'], items: { type: 'string' } });
    expect(thing.properties.place).toEqual({
      oneOf: [{ $ref: '#/components/schemas/Place' }, { type: 'null' }],
    });
    expect(thing.properties.externalId).toEqual({
      type: 'string',
      description: 'Looks like an id but holds a code.',
    });
    expect(thing.properties.scores).toEqual({
      type: 'object',
      additionalProperties: { type: 'integer', format: 'int32' },
    });
    expect(thing.properties.email).toEqual({ type: ['string', 'null'] });
  });

  it('pages as { items, nextPageToken }', () => {
    const { schemas } = build(['ListThings']);
    expect(schemas.ListThingsResponse).toEqual({
      type: 'object',
      properties: {
        items: { type: 'array', items: { $ref: '#/components/schemas/Thing' } },
        nextPageToken: { type: ['string', 'null'], description: expect.any(String) },
        totalSize: { type: 'integer', format: 'int32' },
      },
      required: ['items', 'nextPageToken', 'totalSize'],
    });
  });

  it('201 with Location, 204 without content, documented problems with their member', () => {
    const { operations } = build(['CreateThing', 'DeleteThing']);
    const responses = operations.CreateThing!.operation.responses as Record<string, Record<string, unknown>>;
    expect(responses['201']).toMatchObject({
      description: 'Created',
      headers: { Location: expect.any(Object) },
    });
    expect(responses['409']).toEqual({
      description: 'Similar things exist',
      content: {
        'application/problem+json': {
          schema: {
            allOf: [
              { $ref: '#/components/schemas/Problem' },
              {
                type: 'object',
                properties: { similar: { type: 'array', items: { $ref: '#/components/schemas/Thing' } } },
                required: ['similar'],
              },
            ],
          },
        },
      },
    });
    expect(Object.keys(operations.DeleteThing!.operation.responses as object)).toEqual(['204', 'default']);
  });

  it('lists the components referred to, sorted, with Problem first', () => {
    const { schemas } = build(['GetThing']);
    expect(Object.keys(schemas)).toEqual(['Problem', 'Place', 'Thing', 'ThingKind']);
  });
});
