import { apiReference, OpenApiBuilder, typeText } from '../src';
import { fixtureCatalogue } from './fixture-catalogue';

describe('the Markdown API reference', () => {
  const builder = new OpenApiBuilder(fixtureCatalogue().codecs);
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of fixtureCatalogue().operations) {
    const { path, method, operation } = builder.operation(op);
    (paths[path] ??= {})[method] = operation;
  }
  const files = apiReference(
    { paths, components: { schemas: builder.schemas() } },
    '../../api-conventions.md',
  );

  it('writes one file per tag and an index', () => {
    expect(Object.keys(files).sort()).toEqual(['README.md', 'ping.md', 'thing.md']);
    expect(files['README.md']).toContain('| [Thing](thing.md) | 7 |');
    expect(files['README.md']).toContain('## Problems');
  });

  it('documents each operation with its permission, parameters, body, answers and the types it uses', () => {
    const thing = files['thing.md']!;
    expect(thing).toContain('### GET /api/v1/things/{id}');
    expect(thing).toContain('- Permission: `things.read`');
    expect(thing).toContain('- Transcoded to `crm.fixture.v1.ThingService/GetThing`');
    expect(thing).toContain('| `id` (required) | path | string (uuid) |');
    expect(thing).toContain('| 409 | [Problem](README.md#problems) & object | Similar things exist |');
    expect(thing).toContain('### ThingKind');
    expect(thing).toContain('One of `SMALL` | `LARGE`.');
    expect(thing).toContain('| `weightFen` | string (int64) |');
    expect(thing).not.toContain('Requires permission');
    expect(files['ping.md']).toContain('- Permission: public (no token)');
  });

  it('writes types as short text', () => {
    expect(typeText({ type: ['string', 'null'] })).toBe('string | null');
    expect(typeText({ oneOf: [{ $ref: '#/components/schemas/Place' }, { type: 'null' }] })).toBe(
      '[Place](#place) | null',
    );
    expect(typeText({ type: 'array', items: { type: 'string', format: 'uuid' } })).toBe('(string (uuid))[]');
    expect(typeText({ type: 'object', additionalProperties: { type: 'integer' } })).toBe('map of integer');
    expect(typeText({})).toBe('any');
  });
});
