import * as protobuf from 'protobufjs';
import { fieldRules, holdsUuids, messageViolations, protoReflection } from '../src';

const ID = '0b6d5b1e-5a43-4c8e-9d1e-2f5b7c9a1d01';
const type = (name: string) => protoReflection().lookupType(name);

describe('messageViolations (the services’ check of a request message)', () => {
  it('accepts good text, UUIDs and empty ids', () => {
    expect(
      messageViolations(type('crm.identity.v1.CreateUserRequest'), {
        username: 'wang.wu',
        displayName: '王五 🐔',
        branchId: ID,
        departmentId: '',
        roleIds: [ID.toUpperCase()],
      }),
    ).toEqual([]);
  });

  it('names every string with NUL or a lone surrogate, and every id that is not a UUID', () => {
    expect(
      messageViolations(type('crm.identity.v1.CreateUserRequest'), {
        username: 'a\u0000',
        displayName: 'broken \ud83d',
        branchId: 'main',
        roleIds: [ID, 'admin'],
      }),
    ).toEqual([
      { field: 'username', message: 'must not contain the NUL character (U+0000)' },
      { field: 'displayName', message: 'must be valid UTF-8 (it holds a lone surrogate)' },
      { field: 'branchId', message: 'must be a UUID' },
      { field: 'roleIds.1', message: 'must be a UUID' },
    ]);
  });

  it('walks nested messages and maps (keys too)', () => {
    expect(
      messageViolations(type('crm.customers.v1.CreateCustomerRequest'), {
        name: 'ok',
        address: { city: '\u0000' },
        contacts: [
          { id: ID, name: 'a' },
          { id: 'c2', name: 'b' },
        ],
      }),
    ).toEqual([
      { field: 'address.city', message: 'must not contain the NUL character (U+0000)' },
      { field: 'contacts.1.id', message: 'must be a UUID' },
    ]);
    const withMaps = new protobuf.Type('T')
      .add(new protobuf.MapField('labels', 1, 'string', 'string'))
      .add(new protobuf.MapField('ownerIds', 2, 'string', 'string'));
    new protobuf.Root().add(withMaps).resolveAll();
    expect(
      messageViolations(withMaps, {
        labels: { 'k\u0000': 'v', k2: 'v\u0000' },
        ownerIds: { a: 'x' },
      }),
    ).toEqual([
      { field: 'labels.k\u0000', message: 'must not contain the NUL character (U+0000)' },
      { field: 'labels.k2', message: 'must not contain the NUL character (U+0000)' },
      { field: 'ownerIds.a', message: 'must be a UUID' },
    ]);
  });

  it('leaves id-like fields declared FORMAT_TEXT alone (the audit log’s actor "system")', () => {
    const request = type('crm.identity.v1.ListAuditEntriesRequest');
    expect(fieldRules(request.fields.actorId!)).toEqual({ format: 'FORMAT_TEXT' });
    expect(holdsUuids(request.fields.actorId!)).toBe(false);
    expect(holdsUuids(type('crm.identity.v1.GetUserRequest').fields.id!)).toBe(true);
    expect(messageViolations(request, { actorId: 'system', entityId: 'import-7' })).toEqual([]);
    expect(messageViolations(request, { actorId: 'sys\u0000' })).toEqual([
      { field: 'actorId', message: 'must not contain the NUL character (U+0000)' },
    ]);
  });
});
