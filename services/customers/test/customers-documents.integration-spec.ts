/**
 * Issue 4 item 11, documents (R-CUS-10): files attached to a customer through multipart uploads,
 * kept in the customers database (they survive a restart of the service), the size limit enforced
 * while streaming (413, nothing stored), the type sniffed from the bytes and checked against the
 * name and the declared type (400, nothing stored), hostile file names, downloads as attachments,
 * removal, merge moving the files, and the data scope.
 */
import { createHash } from 'node:crypto';
import http from 'node:http';
import ExcelJS from 'exceljs';
import { waitFor, testId } from '@crm/testing';
import { as, outboxEvents, startCustomersStack, type CustomersStack } from './support/customers-test-stack';

const MAX = 10 * 1024 * 1024;
let stack: CustomersStack;
let admin: Record<string, string>;
beforeAll(async () => {
  stack = await startCustomersStack();
  admin = await as({});
}, 30_000);
afterAll(async () => {
  await stack?.stop();
});

const api: CustomersStack['api'] = (...args) => stack.api(...args);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(32, 1),
]);
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

async function customer(body: Record<string, unknown> = {}) {
  const r = await api('/api/v1/customers', {
    method: 'POST',
    body: { kind: 'COMPANY', name: `文件客户${Math.random()}`, acknowledgeDuplicates: true, ...body },
  });
  expect(r.status).toBe(201);
  return r.body as { id: string };
}

/** A multipart upload the way a browser sends it (FormData). */
async function upload(
  customerId: string,
  file: { bytes: Buffer; name: string; type?: string },
  headers: Record<string, string> = admin,
) {
  const form = new FormData();
  form.append('file', new Blob([file.bytes], { type: file.type ?? '' }), file.name);
  const res = await fetch(`${stack.base}/api/v1/customers/${customerId}/documents`, {
    method: 'POST',
    body: form,
    headers,
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined, headers: res.headers };
}

/** A hand-written multipart body, for file names a browser would escape. */
async function rawUpload(customerId: string, fileName: string, bytes: Buffer, type = 'text/plain') {
  const boundary = `----crm${Date.now()}`;
  // Control characters cannot appear raw in a header: they come percent-encoded in filename* (RFC 5987).
  const param = [...fileName].some((ch) => ch.charCodeAt(0) < 0x20)
    ? `filename*=UTF-8''${encodeURIComponent(fileName)}`
    : `filename="${fileName}"`;
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; ${param}\r\n` +
        `Content-Type: ${type}\r\n\r\n`,
    ),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const res = await fetch(`${stack.base}/api/v1/customers/${customerId}/documents`, {
    method: 'POST',
    body,
    headers: { ...admin, 'content-type': `multipart/form-data; boundary=${boundary}` },
  });
  return {
    status: res.status,
    body: (await res.json()) as { document?: { id: string; fileName: string }; code?: string },
  };
}

/**
 * Starts an upload that would never end (declaring `contentLength`, or chunked without one) and
 * reports the answer the gateway gives and how much had been written by then.
 */
function endlessUpload(customerId: string, contentLength?: number) {
  return new Promise<{ status: number; written: number }>((resolve, reject) => {
    const req = http.request(`${stack.base}/api/v1/customers/${customerId}/documents`, {
      method: 'POST',
      headers: {
        ...admin,
        'content-type': 'multipart/form-data; boundary=endless',
        ...(contentLength ? { 'content-length': String(contentLength) } : {}),
      },
    });
    let written = 0;
    let answered = false;
    req.on('response', (res) => {
      answered = true;
      res.resume();
      resolve({ status: res.statusCode ?? 0, written });
      req.destroy();
    });
    req.on('error', (err) => {
      if (!answered) reject(err);
    });
    const chunk = Buffer.alloc(256 * 1024, 'z');
    const head = Buffer.from(
      '--endless\r\nContent-Disposition: form-data; name="file"; filename="x.txt"\r\n\r\n',
    );
    req.write(head);
    const pump = () => {
      while (!answered && written < MAX * 4) {
        written += chunk.length;
        if (!req.write(chunk)) {
          req.once('drain', pump);
          return;
        }
      }
    };
    pump();
  });
}

async function download(customerId: string, documentId: string, headers = admin) {
  const res = await fetch(`${stack.base}/api/v1/customers/${customerId}/documents/${documentId}/content`, {
    headers,
  });
  return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
}

const documentRows = async () =>
  Number((await stack.pool.query('SELECT count(*) AS n FROM customer_documents')).rows[0].n);

describe('documents', () => {
  it('attaches a file, lists it, downloads it as an attachment, with event and timeline entry', async () => {
    const c = await customer();
    const r = await upload(c.id, { bytes: PDF, name: '采购合同.pdf', type: 'application/pdf' });
    expect(r.status).toBe(201);
    expect(r.body.document).toEqual({
      id: expect.any(String),
      fileName: '采购合同.pdf',
      contentType: 'application/pdf',
      sizeBytes: PDF.length,
      uploadedBy: 'test-admin',
      uploadedAt: expect.any(String),
    });
    const list = await api(`/api/v1/customers/${c.id}/documents`);
    expect(list.body.items).toEqual([r.body.document]);

    const d = await download(c.id, r.body.document.id);
    expect(d.status).toBe(200);
    expect(d.bytes.equals(PDF)).toBe(true);
    expect(d.headers.get('content-type')).toBe('application/pdf');
    expect(d.headers.get('x-content-type-options')).toBe('nosniff');
    expect(d.headers.get('content-disposition')).toBe(
      `attachment; filename="____.pdf"; filename*=UTF-8''${encodeURIComponent('采购合同.pdf')}`,
    );

    const events = await outboxEvents(stack.pool, 'crm.customers.document.%');
    expect(events.map((e) => [e.subject, e.payload.customerId, e.payload.sha256])).toEqual([
      ['crm.customers.document.attached', c.id, sha(PDF)],
    ]);
    expect(JSON.stringify(events)).not.toContain('%PDF');
    const timeline = await api(`/api/v1/customers/${c.id}/timeline`);
    expect(timeline.body.items[0]).toMatchObject({
      kind: 'DOCUMENT',
      details: { action: 'attached', documentId: r.body.document.id },
    });
  });

  it('checks the type from the bytes against the extension and the declared type; refusals store nothing', async () => {
    const c = await customer();
    const before = await documentRows();
    const outbox = (await outboxEvents(stack.pool)).length;
    const zipNotOffice = Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(40)]);
    const elf = Buffer.concat([
      Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]),
      Buffer.alloc(64),
    ]);
    const html = Buffer.from('<html><script>alert(1)</script></html>');
    for (const [bytes, name, type] of [
      [PNG, 'photo.pdf', 'application/pdf'], // bytes say PNG, name says PDF
      [PDF, 'contract.pdf', 'image/png'], // declared type disagrees
      [elf, 'notes.txt', 'text/plain'], // a binary is not text
      [zipNotOffice, 'report.docx', ''], // a zip that is no Office document
      [html, 'page.html', 'text/html'], // not on the allow-list
      [PDF, 'no-extension', 'application/pdf'],
      [Buffer.alloc(0), 'empty.txt', 'text/plain'],
    ] as const) {
      const r = await upload(c.id, { bytes, name, type });
      expect([r.status, name]).toEqual([400, name]);
      expect(r.body.code).toBe('INVALID_ARGUMENT');
    }
    expect(await documentRows()).toBe(before);
    expect((await outboxEvents(stack.pool)).length).toBe(outbox);

    // The same rules let the real thing through: an xlsx, a CSV sent as Excel by Windows, text.
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('报价').addRow(['鸡苗', 3.5]);
    const xlsx = Buffer.from(await wb.xlsx.writeBuffer());
    const ok = await upload(c.id, { bytes: xlsx, name: '报价单.xlsx', type: '' });
    expect([ok.status, ok.body.document.contentType]).toEqual([
      201,
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ]);
    expect((await upload(c.id, { bytes: xlsx, name: '报价单.docx' })).status).toBe(400);
    const csv = await upload(c.id, {
      bytes: Buffer.from('名称,数量\n鸡苗,100\n'),
      name: 'list.csv',
      type: 'application/vnd.ms-excel',
    });
    expect([csv.status, csv.body.document.contentType]).toEqual([201, 'text/csv']);
    const txt = await download(c.id, csv.body.document.id);
    expect(txt.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  });

  it('sanitises hostile file names and keeps them for the download', async () => {
    const c = await customer();
    const text = Buffer.from('hello\n');
    const cases: [string, string][] = [
      ['../../etc/passwd.txt', 'passwd.txt'],
      ['C:\\Users\\王\\报价单.txt', '报价单.txt'],
      ['invoice\u202Etxt.exe.txt', 'invoicetxt.exe.txt'],
      ['bell\u0007\ttab.txt', 'belltab.txt'],
      ['<script>.txt', '_script_.txt'],
      ['..hidden.txt', 'hidden.txt'],
    ];
    for (const [raw, stored] of cases) {
      const r = await rawUpload(c.id, raw, text);
      expect([r.status, r.body.document?.fileName]).toEqual([201, stored]);
    }
    const quoted = await rawUpload(c.id, 'a\\"b.txt', text);
    expect(quoted.status).toBe(201);
    const d = await download(c.id, quoted.body.document!.id);
    expect(d.headers.get('content-disposition')).toMatch(/^attachment; filename="[^"]*"; filename\*=UTF-8''/);
    for (const bad of ['...', '/', '\u202E']) expect((await rawUpload(c.id, bad, text)).status).toBe(400);
    expect((await rawUpload(c.id, 'x'.repeat(300) + '.txt', text)).body.document?.fileName).toBe(
      'x'.repeat(251) + '.txt',
    );
  });

  it('refuses a file over the limit while streaming (413) and stores nothing; the limit itself passes', async () => {
    const c = await customer();
    const before = await documentRows();
    const big = await upload(c.id, {
      bytes: Buffer.alloc(MAX + 1, 'a'),
      name: 'big.txt',
      type: 'text/plain',
    });
    expect(big.status).toBe(413);
    expect(big.body).toMatchObject({ code: 'INVALID_ARGUMENT', status: 413 });
    expect(big.body.detail).toContain(String(MAX));
    expect(await documentRows()).toBe(before);
    // A body declared larger is answered before it is read; one without a length (chunked) is cut
    // off once past the limit: neither is taken in whole.
    expect(await endlessUpload(c.id, MAX * 3)).toMatchObject({ status: 413 });
    const chunked = await endlessUpload(c.id);
    expect(chunked.status).toBe(413);
    expect(chunked.written).toBeLessThan(MAX * 2);
    expect(await documentRows()).toBe(before);
    // Exactly the limit goes through the gateway and gRPC both ways.
    const exact = Buffer.alloc(MAX, 'b');
    const ok = await upload(c.id, { bytes: exact, name: 'exact.txt', type: 'text/plain' });
    expect(ok.status).toBe(201);
    const d = await download(c.id, ok.body.document.id);
    expect(d.bytes.length).toBe(MAX);
    expect(sha(d.bytes)).toBe(sha(exact));
  }, 60_000);

  it('refuses requests that are not one multipart file', async () => {
    const c = await customer();
    expect((await api(`/api/v1/customers/${c.id}/documents`, { method: 'POST', body: {} })).status).toBe(400);
    const form = new FormData();
    form.append('note', 'no file here');
    const res = await fetch(`${stack.base}/api/v1/customers/${c.id}/documents`, {
      method: 'POST',
      body: form,
      headers: admin,
    });
    expect(res.status).toBe(400);
  });

  it('keeps the data scope and the permissions: another owner’s customer does not exist', async () => {
    const theirs = await customer({ branchId: testId('d1'), ownerId: testId('u-other') });
    const doc = await upload(theirs.id, { bytes: PDF, name: 'a.pdf' });
    const own = await as({
      userId: testId('u-own'),
      branchId: testId('d1'),
      dataScope: 'own',
      permissions: ['customers.read', 'customers.update'],
    });
    expect((await api(`/api/v1/customers/${theirs.id}/documents`, { headers: own })).status).toBe(404);
    expect((await download(theirs.id, doc.body.document.id, own)).status).toBe(404);
    expect((await upload(theirs.id, { bytes: PDF, name: 'b.pdf' }, own)).status).toBe(404);
    const del = await api(`/api/v1/customers/${theirs.id}/documents/${doc.body.document.id}`, {
      method: 'DELETE',
      headers: own,
    });
    expect(del.status).toBe(404);
    const reader = await as({
      userId: testId('r'),
      branchId: testId('d1'),
      dataScope: 'branch',
      permissions: ['customers.read'],
    });
    expect((await upload(theirs.id, { bytes: PDF, name: 'c.pdf' }, reader)).status).toBe(403);
    expect((await download(theirs.id, doc.body.document.id, reader)).status).toBe(200);
    // Someone else's customer's document id does not open through this customer.
    const mine = await customer();
    expect((await download(mine.id, doc.body.document.id)).status).toBe(404);
  });

  it('removes a document (204) with its event and timeline entry', async () => {
    const c = await customer();
    const doc = (await upload(c.id, { bytes: PNG, name: 'logo.png', type: 'image/png' })).body.document;
    const del = await api(`/api/v1/customers/${c.id}/documents/${doc.id}`, { method: 'DELETE' });
    expect(del.status).toBe(204);
    expect((await download(c.id, doc.id)).status).toBe(404);
    expect((await api(`/api/v1/customers/${c.id}/documents/${doc.id}`, { method: 'DELETE' })).status).toBe(
      404,
    );
    const removed = await outboxEvents(stack.pool, 'crm.customers.document.removed');
    expect(removed.map((e) => e.payload.documentId)).toEqual([doc.id]);
    const timeline = await api(`/api/v1/customers/${c.id}/timeline`);
    expect(timeline.body.items[0].details).toMatchObject({ action: 'removed', documentId: doc.id });
  });

  it('moves documents to the surviving customer on merge', async () => {
    const target = await customer({ name: '合并目标' });
    const source = await customer({ name: '合并来源' });
    const doc = (await upload(source.id, { bytes: PDF, name: '来源合同.pdf' })).body.document;
    const merged = await api(`/api/v1/customers/${target.id}/merge`, {
      method: 'POST',
      body: { sourceId: source.id },
    });
    expect(merged.status).toBe(200);
    const list = await api(`/api/v1/customers/${target.id}/documents`);
    expect(list.body.items.map((d: { id: string }) => d.id)).toEqual([doc.id]);
    expect((await download(target.id, doc.id)).bytes.equals(PDF)).toBe(true);
    expect((await api(`/api/v1/customers/${source.id}/documents`)).body.items).toEqual([]);
  });

  it('keeps documents across a restart of the customers service (they live in its database)', async () => {
    const c = await customer();
    const bytes = Buffer.concat([PNG, Buffer.from('重启之后还在')]);
    const doc = (await upload(c.id, { bytes, name: '证照.png' })).body.document;
    await stack.restartCustomers();
    // The gateway's channel reconnects to the new process on its own; wait for that, not for a guess.
    const d = await waitFor(
      async () => {
        const r = await download(c.id, doc.id);
        return r.status === 503 ? undefined : r;
      },
      { message: 'the gateway reaches the restarted customers service' },
    );
    expect(d.status).toBe(200);
    expect(sha(d.bytes)).toBe(sha(bytes));
    expect((await api(`/api/v1/customers/${c.id}/documents`)).body.items[0].fileName).toBe('证照.png');
  });
});
