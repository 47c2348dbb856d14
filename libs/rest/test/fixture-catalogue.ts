import path from 'node:path';
import { loadReflectionRoot } from '@crm/proto';
import { loadRestCatalogue, type RestCatalogue, type RestOperation } from '../src';

/** The catalogue of the fixture contracts (fixtures/proto), loaded once per test file. */
let catalogue: RestCatalogue | undefined;
export function fixtureCatalogue(): RestCatalogue {
  catalogue ??= loadRestCatalogue(loadReflectionRoot(path.join(__dirname, 'fixtures/proto')));
  return catalogue;
}

export function fixtureOperation(method: string): RestOperation {
  const op = fixtureCatalogue().operations.find((o) => o.method === method);
  if (!op) throw new Error(`no fixture operation ${method}`);
  return op;
}

export const UUID = '6a1c2a0e-0000-4000-8000-000000000001';
export const UUID2 = '6a1c2a0e-0000-4000-8000-000000000002';
