import { databaseUrl, redactUrl } from '../src';

describe('databaseUrl', () => {
  it('swaps the database, keeping credentials and parameters', () => {
    expect(
      databaseUrl('postgres://postgres:p%40ss@127.0.0.1:54329/postgres?sslmode=disable', 'crm_customers'),
    ).toBe('postgres://postgres:p%40ss@127.0.0.1:54329/crm_customers?sslmode=disable');
  });

  it('adds a database to a server URL without one', () => {
    expect(databaseUrl('postgres://postgres@127.0.0.1:5432', 'crm_analytics')).toBe(
      'postgres://postgres@127.0.0.1:5432/crm_analytics',
    );
  });
});

describe('redactUrl', () => {
  it('hides the password', () => {
    expect(redactUrl('postgres://postgres:secret@127.0.0.1:5432/postgres')).toBe(
      'postgres://postgres:***@127.0.0.1:5432/postgres',
    );
    expect(redactUrl('nats://127.0.0.1:4222')).toBe('nats://127.0.0.1:4222');
  });
});
