import * as grpc from '@grpc/grpc-js';
import type { Response } from 'express';
import { z } from 'zod';
import { DomainError, fromServiceError } from '@crm/errors';
import { call } from '@crm/grpc';
import type { customersV1Types as t } from '@crm/proto';
import type { DownstreamClients } from '../clients/downstream-clients';
import { defineRoute, type ApiResult, type ApiRoute } from '../http/api-route';
import { contentDisposition, readSingleUpload, uploadTooLarge } from '../http/multipart-upload';
import { classes, kinds, levels, sorts, statuses } from './customers-resources';
import type { listQuery } from './customers.routes';

// Excel import and export of customers (R-CUS-7). The portal codes against these shapes
// (services/portal/src/api/customers-import.types.ts): keep them.

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** An import of 200,000 rows takes tens of seconds; an export of a million rows minutes. */
const IMPORT_DEADLINE_MS = 10 * 60_000;
const EXPORT_DEADLINE_MS = 30 * 60_000;
/** Pieces of the file on the import stream (the gRPC message limit is far above). */
const UPLOAD_CHUNK_BYTES = 512 * 1024;

const importQuery = z.strictObject({
  dryRun: z.enum(['true', 'false']).optional().describe('true: check only, store nothing'),
  mode: z
    .enum(['create', 'upsert'])
    .optional()
    .describe('create (default): matches of existing customers are errors; upsert: a phone match is updated'),
  branchId: z.string().max(64).optional().describe('Another branch than yours (needs data scope all)'),
});

const importReport = z.object({
  totalRows: z.number().int(),
  imported: z.number().int(),
  updated: z.number().int(),
  failed: z.number().int(),
  dryRun: z.boolean(),
  errors: z
    .array(
      z.object({
        row: z.number().int().describe('Excel row number (the header is row 1)'),
        column: z.string().describe('The header as in the file; empty for the whole row'),
        code: z.string(),
        message: z.string(),
      }),
    )
    .describe('The first 1,000 errors in row order'),
  errorsTruncated: z.boolean(),
});

const templateQuery = z.strictObject({ branchId: z.string().max(64).optional() });

const today = () => new Date().toISOString().slice(0, 10).replace(/-/g, '');

const xlsxHeaders = (fileName: string) => ({
  'Content-Type': XLSX,
  'Content-Disposition': contentDisposition(fileName),
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'private, no-store',
});

/** `filters`: the query schema of GET /customers (passed in: customers.routes.ts mounts these routes). */
export function customerImportRoutes(clients: DownstreamClients, filters: typeof listQuery): ApiRoute[] {
  const service = clients.customerImport;
  const maxBytes = clients.importMaxBytes;
  return [
    defineRoute({
      method: 'post',
      path: '/customers/import',
      summary: 'Import customers from an .xlsx file (bad rows are reported per row and column, never stored)',
      tag: 'customers import',
      permission: 'customers.import',
      query: importQuery,
      upload: { field: 'file', description: 'The .xlsx file (first sheet, header row; see the template)' },
      responses: {
        200: {
          description: 'What was (or, in a dry run, would be) imported, and the errors',
          schema: importReport,
        },
        400: { description: 'Not an .xlsx file, unknown or missing columns, too many rows' },
        413: { description: 'Larger than the limit (CUSTOMER_IMPORT_MAX_BYTES)' },
      },
      async handler({ query, req, res }): Promise<ApiResult> {
        const upload = await readSingleUpload(req, 'file', maxBytes);
        if (!upload.ok) return uploadTooLarge(req, res, maxBytes);
        const options: t.ImportOptions = {
          dryRun: query.dryRun === 'true',
          mode: query.mode === 'upsert' ? 'IMPORT_MODE_UPSERT' : 'IMPORT_MODE_CREATE',
          branchId: query.branchId ?? '',
          fileName: upload.fileName,
        };
        try {
          const r = await sendImport(service, options, upload.content);
          return {
            status: 200,
            body: {
              totalRows: r.totalRows,
              imported: r.imported,
              updated: r.updated,
              failed: r.failed,
              dryRun: r.dryRun,
              errors: r.errors.map((e) => ({
                row: e.row,
                column: e.column,
                code: e.code,
                message: e.message,
              })),
              errorsTruncated: r.errorsTruncated,
            },
          };
        } catch (err) {
          if (err instanceof DomainError && err.details.reason === 'FILE_TOO_LARGE')
            return uploadTooLarge(req, res, Number(err.details.maxBytes) || maxBytes);
          throw err;
        }
      },
    }),
    defineRoute({
      method: 'get',
      path: '/customers/import/template',
      summary: 'The import template: the header row (your branch’s custom fields included) and instructions',
      tag: 'customers import',
      permission: 'customers.import',
      query: templateQuery,
      responses: { 200: { description: 'The .xlsx template', binary: true } },
      async handler({ query }) {
        const r = await call(service.getImportTemplate.bind(service), { branchId: query.branchId ?? '' });
        return { status: 200, body: r.content, headers: xlsxHeaders('客户导入模板.xlsx') };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/customers/export',
      summary:
        'Export the customers you can see, with the filters of GET /customers, as .xlsx (the import’s columns)',
      tag: 'customers import',
      permission: 'customers.export',
      query: filters,
      responses: { 200: { description: 'The .xlsx file, streamed', binary: true } },
      async handler({ query, res }) {
        const filter: t.ListCustomersRequest = {
          ...query,
          pageSize: 0,
          pageToken: '',
          level: query.level ? levels[query.level] : undefined,
          customerClass: query.customerClass ? classes[query.customerClass] : undefined,
          status: query.status ? statuses[query.status] : undefined,
          kind: query.kind ? kinds[query.kind] : undefined,
          sort: query.sort ? sorts[query.sort] : undefined,
        };
        await streamExport(service, filter, res, `客户-${today()}.xlsx`);
        // The response is complete: mountRoutes' own end() finds it finished and does nothing.
        return { status: 200 };
      },
    }),
  ];
}

/** The options, then the file in pieces, on one client stream; the answer is the import report. */
function sendImport(
  service: DownstreamClients['customerImport'],
  options: t.ImportOptions,
  content: Buffer,
): Promise<t.ImportCustomersResponse__Output> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const stream = service.importCustomers(
      new grpc.Metadata(),
      { deadline: Date.now() + IMPORT_DEADLINE_MS },
      (err, response) => {
        settled = true;
        if (err) reject(fromServiceError(err));
        else if (!response) reject(new DomainError('INTERNAL', 'empty response'));
        else resolve(response);
      },
    );
    const write = async () => {
      stream.write({ options });
      for (let at = 0; at < content.length && !settled; at += UPLOAD_CHUNK_BYTES) {
        if (!stream.write({ chunk: content.subarray(at, at + UPLOAD_CHUNK_BYTES) }))
          await new Promise((r) => stream.once('drain', r));
      }
      stream.end();
    };
    write().catch(reject);
  });
}

/**
 * Pipes the export stream to the HTTP response. The status and headers go out with the first chunk,
 * so a refusal before it (permission, bad filter) is still a problem+json answer; a failure after it
 * cuts the download short (the client sees an incomplete file, never a wrong one).
 */
function streamExport(
  service: DownstreamClients['customerImport'],
  filter: t.ListCustomersRequest,
  res: Response,
  fileName: string,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const stream = service.exportCustomers({ filter }, { deadline: Date.now() + EXPORT_DEADLINE_MS });
    let started = false;
    stream.on('data', (msg: t.ExportCustomersResponse__Output) => {
      if (!started) {
        started = true;
        res.writeHead(200, xlsxHeaders(fileName));
      }
      if (!res.write(msg.chunk)) {
        stream.pause();
        res.once('drain', () => stream.resume());
      }
    });
    stream.on('end', () => {
      if (!started) res.writeHead(200, xlsxHeaders(fileName));
      res.end();
      resolve();
    });
    stream.on('error', (err: grpc.ServiceError) => {
      if (!started) reject(fromServiceError(err));
      else {
        res.destroy(err);
        resolve();
      }
    });
    res.on('close', () => {
      if (!res.writableFinished) stream.cancel();
    });
  });
}
