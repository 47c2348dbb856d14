import { describe, expect, it, vi } from 'vitest';
import { ApiError, createApiClient, fileNameFromDisposition } from './client';
import type { Session } from './types';

// Uploads (multipart) and downloads (bytes with the bearer token) of the api client.

const session = (token: string) =>
  ({ accessToken: token, tokenType: 'Bearer', expiresIn: 900, refreshToken: 'r', user: {} }) as Session;
const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });

interface Seen {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: unknown;
}

function server(handler: (seen: Seen) => Response) {
  const seen: Seen[] = [];
  const fetch = vi.fn(async (url: RequestInfo | URL, init?: RequestInit) => {
    const call = {
      url: String(url),
      method: init?.method ?? 'GET',
      headers: (init?.headers ?? {}) as Record<string, string>,
      body: init?.body,
    };
    seen.push(call);
    return handler(call);
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, seen };
}

describe('fileNameFromDisposition', () => {
  it('prefers the UTF-8 filename* and falls back to filename', () => {
    expect(
      fileNameFromDisposition(
        `attachment; filename="customers.xlsx"; filename*=UTF-8''%E5%AE%A2%E6%88%B7-2026-11-23.xlsx`,
      ),
    ).toBe('客户-2026-11-23.xlsx');
    expect(fileNameFromDisposition('attachment; filename="a \\"b\\".pdf"')).toBe('a "b".pdf');
    expect(fileNameFromDisposition('attachment; filename=plain.txt')).toBe('plain.txt');
    expect(fileNameFromDisposition(`attachment; filename*=UTF-8''%E0%A4%A; filename="x.csv"`)).toBe('x.csv');
    expect(fileNameFromDisposition('attachment')).toBeNull();
    expect(fileNameFromDisposition(null)).toBeNull();
  });
});

describe('upload and download', () => {
  it('sends FormData as is (no JSON content type) with the bearer token and the query', async () => {
    const s = server((call) =>
      call.url.endsWith('/auth/login') ? json(200, session('t1')) : json(200, { imported: 2 }),
    );
    const client = createApiClient({ fetch: s.fetch });
    await client.login('admin', 'secret-password');
    const form = new FormData();
    form.append('file', new Blob(['x']), 'a.xlsx');
    await expect(
      client.upload('/customers/import', form, { query: { dryRun: true, mode: 'create' } }),
    ).resolves.toEqual({ imported: 2 });
    const call = s.seen[1]!;
    expect(call.url).toBe('/api/v1/customers/import?dryRun=true&mode=create');
    expect(call.method).toBe('POST');
    expect(call.body).toBe(form);
    expect(call.headers['content-type']).toBeUndefined();
    expect(call.headers.authorization).toBe('Bearer t1');
  });

  it('downloads the bytes and the file name, refreshing the token once on a 401', async () => {
    const s = server((call) => {
      if (call.url.endsWith('/auth/refresh')) return json(200, session('t2'));
      if (call.headers.authorization !== 'Bearer t2') return json(401, { code: 'UNAUTHENTICATED' });
      return new Response(new Uint8Array([0x50, 0x4b, 3, 4]), {
        status: 200,
        headers: {
          'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          'content-disposition': `attachment; filename*=UTF-8''%E6%A8%A1%E6%9D%BF.xlsx`,
        },
      });
    });
    const client = createApiClient({ fetch: s.fetch });
    const file = await client.download('/customers/import/template');
    expect(file.fileName).toBe('模板.xlsx');
    expect([...new Uint8Array(await file.blob.arrayBuffer())]).toEqual([0x50, 0x4b, 3, 4]);
    expect(s.seen.map((c) => `${c.method} ${c.url}`)).toEqual([
      'GET /api/v1/customers/import/template',
      'POST /api/v1/auth/refresh',
      'GET /api/v1/customers/import/template',
    ]);
  });

  it('turns a failed download into an ApiError with the problem', async () => {
    const s = server(() =>
      json(
        404,
        { type: 'urn:x', title: 'Not found', status: 404, detail: 'no such document', code: 'NOT_FOUND' },
        'application/problem+json',
      ),
    );
    const client = createApiClient({ fetch: s.fetch });
    const error = await client.download('/customers/c1/documents/d1/content').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('NOT_FOUND');
    expect((error as ApiError).status).toBe(404);
  });
});
