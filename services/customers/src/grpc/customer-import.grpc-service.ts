import type * as grpc from '@grpc/grpc-js';
import type { Principal } from '@crm/auth';
import { DomainError } from '@crm/errors';
import { guardCall, type StreamHandler, type UnaryHandler } from '@crm/grpc';
import type { customersV1Types as t } from '@crm/proto';
import { exportCustomers, importTemplateHeader } from '../domain/export-customers.use-case';
import {
  importCustomers,
  type ImportCustomersPort,
  type ImportMode,
} from '../domain/import-customers.use-case';
import type { CustomerImportRepository } from '../store/customer-import.repository';
import type { CustomerRepository } from '../store/customer.repository';
import type { CustomerSettingsRepository } from '../store/customer-settings.repository';
import type { OwnerDirectory } from '../store/owner-directory.client';
import { readCheckedCustomerSheet } from '../wire/customer-sheet.reader';
import { importTemplateWorkbook, streamedCustomerWorkbook } from '../wire/customer-sheet.writer';
import { classToWire, enumInput, levelToWire, statusToWire } from '../wire/customer.mapper';

export interface CustomerImportStores {
  customers: CustomerRepository;
  settings: CustomerSettingsRepository;
  imports: CustomerImportRepository;
  owners: OwnerDirectory;
}

export interface CustomerImportLimits {
  maxBytes: number;
  maxRows: number;
}

/** Export chunks: big enough to keep the per-message cost low, far below the message size limit. */
const EXPORT_CHUNK_BYTES = 256 * 1024;

const modes: Record<string, ImportMode> = { IMPORT_MODE_CREATE: 'create', IMPORT_MODE_UPSERT: 'upsert' };
const sortToWire = {
  created_desc: 'CUSTOMER_SORT_CREATED_DESC',
  name_asc: 'CUSTOMER_SORT_NAME_ASC',
  purchase_quantity_desc: 'CUSTOMER_SORT_PURCHASE_QUANTITY_DESC',
} as const;

/**
 * CustomerImportService: the import reads the file from a client stream (size checked as it
 * arrives), the export writes the workbook to a server stream as it is produced. The streaming
 * factory verifies the caller, traces and maps errors the way the unary one does.
 */
export function customerImportGrpcService(
  stores: CustomerImportStores,
  deps: {
    handle: UnaryHandler;
    stream: StreamHandler;
    limits: CustomerImportLimits;
  },
): t.CustomerImportServiceHandlers {
  const { customers, settings, imports, owners } = stores;
  const { handle, stream, limits } = deps;
  const importPort: ImportCustomersPort = {
    customFieldDefinitions: (branchId) => settings.listDefinitions(branchId),
    entryReview: (branchId) => settings.entryReview(branchId),
    ownerIds: (names, caller) => owners.idsOf(names, caller),
    holdEntryLock: () => imports.holdEntryLock(),
    writer: (write) => imports.writer(write),
  };
  const exportPort = {
    listPage: customers.listPage,
    customFieldDefinitions: (branchId: string) => settings.listDefinitions(branchId),
    ownerNames: (ids: string[], caller: Principal) => owners.namesOf(ids, caller),
  };

  return {
    ImportCustomers: stream.clientStream<t.ImportCustomersRequest__Output, t.ImportCustomersResponse>(
      'ImportCustomers',
      async (call, { principal }) => {
        const upload = receiveUpload(call, limits.maxBytes);
        try {
          const options = await upload.options;
          // The stream factory checked the caller; the options' text and ids are checked here.
          guardCall(call.getPath(), principal, { options });
          return await importCustomers(
            importPort,
            principal,
            {
              dryRun: options.dryRun,
              mode: modes[options.mode] ?? 'create',
              branchId: options.branchId || undefined,
              fileName: options.fileName.slice(0, 200),
            },
            async (context, sink) =>
              readCheckedCustomerSheet(await upload.bytes, limits.maxRows, context, sink),
          );
        } catch (err) {
          upload.abandon();
          throw err;
        }
      },
    ),

    ExportCustomers: stream.serverStream<t.ExportCustomersRequest__Output, t.ExportCustomersResponse>(
      'ExportCustomers',
      async (call, { principal }) => {
        const f = call.request.filter;
        const workbook = streamedCustomerWorkbook();
        const sent = pipeChunks(workbook.stream, call);
        await exportCustomers(
          exportPort,
          principal,
          {
            branchId: f?.branchId,
            q: f?.q,
            phone: f?.phone,
            cardUid: f?.cardUid,
            address: f?.address,
            city: f?.city,
            tag: f?.tag,
            ownerId: f?.ownerId,
            level: f ? enumInput(levelToWire, f.level, 'CUSTOMER_LEVEL_UNSPECIFIED') : undefined,
            customerClass: f
              ? enumInput(classToWire, f.customerClass, 'CUSTOMER_CLASS_UNSPECIFIED')
              : undefined,
            status: f ? enumInput(statusToWire, f.status, 'CUSTOMER_STATUS_UNSPECIFIED') : undefined,
            kind: f && f.kind !== 'CUSTOMER_KIND_UNSPECIFIED' ? f.kind : undefined,
            sort: f ? enumInput(sortToWire, f.sort, 'CUSTOMER_SORT_UNSPECIFIED') : undefined,
          },
          workbook.sink,
        );
        await workbook.finish();
        await sent;
      },
    ),

    GetImportTemplate: handle<t.GetImportTemplateRequest__Output, t.GetImportTemplateResponse>(
      'GetImportTemplate',
      async (req, ctx) => {
        const { header, definitions } = await importTemplateHeader(exportPort, ctx.principal, req.branchId);
        return {
          content: await importTemplateWorkbook(header, definitions),
          fileName: 'customers-import-template.xlsx',
        };
      },
    ),
  };
}

/**
 * The options (first message) and the file bytes of an import stream. The bytes are refused as soon
 * as they pass `maxBytes`, without reading the rest.
 */
function receiveUpload(
  call: grpc.ServerReadableStream<t.ImportCustomersRequest__Output, unknown>,
  maxBytes: number,
) {
  let resolveOptions!: (o: t.ImportOptions__Output) => void;
  let resolveBytes!: (b: Buffer) => void;
  let reject!: (e: unknown) => void;
  const options = new Promise<t.ImportOptions__Output>((res, rej) => {
    resolveOptions = res;
    reject = rej;
  });
  const bytes = new Promise<Buffer>((res, rej) => {
    resolveBytes = res;
    const previous = reject;
    reject = (e) => {
      previous(e);
      rej(e);
    };
  });
  // Whoever does not wait for one of them must not see an unhandled rejection.
  options.catch(() => undefined);
  bytes.catch(() => undefined);
  const chunks: Buffer[] = [];
  let size = 0;
  let done = false;
  let gotOptions = false;
  call.on('data', (msg: t.ImportCustomersRequest__Output) => {
    if (done) return;
    if (msg.options) {
      gotOptions = true;
      resolveOptions(msg.options);
    } else if (msg.chunk) {
      if (!gotOptions) {
        done = true;
        reject(new DomainError('INVALID_ARGUMENT', 'the options must come before the file'));
        return;
      }
      size += msg.chunk.length;
      if (size > maxBytes) {
        done = true;
        chunks.length = 0;
        reject(
          new DomainError(
            'INVALID_ARGUMENT',
            `the file is larger than ${maxBytes} bytes`,
            [{ field: 'file', message: `at most ${maxBytes} bytes` }],
            { maxBytes, reason: 'FILE_TOO_LARGE' },
          ),
        );
        return;
      }
      chunks.push(msg.chunk);
    }
  });
  call.on('end', () => {
    if (done) return;
    done = true;
    if (!gotOptions) reject(new DomainError('INVALID_ARGUMENT', 'no import options were sent'));
    else resolveBytes(Buffer.concat(chunks, size));
  });
  call.on('error', (err) => {
    done = true;
    reject(err);
  });
  return {
    options,
    bytes,
    abandon() {
      done = true;
      chunks.length = 0;
    },
  };
}

/** Sends what the workbook writes as chunks of the server stream, respecting its backpressure. */
function pipeChunks(
  source: NodeJS.ReadableStream & { pause(): void; resume(): void },
  call: grpc.ServerWritableStream<unknown, t.ExportCustomersResponse>,
): Promise<void> {
  return new Promise((resolve, reject) => {
    let pending: Buffer[] = [];
    let pendingSize = 0;
    const flush = () => {
      if (pendingSize === 0) return true;
      const chunk = Buffer.concat(pending, pendingSize);
      pending = [];
      pendingSize = 0;
      return call.write({ chunk });
    };
    source.on('data', (data: Buffer) => {
      pending.push(data);
      pendingSize += data.length;
      if (pendingSize >= EXPORT_CHUNK_BYTES && !flush()) {
        source.pause();
        call.once('drain', () => source.resume());
      }
    });
    source.on('end', () => {
      flush();
      resolve();
    });
    source.on('error', reject);
    call.on('cancelled', () => reject(new DomainError('UNAVAILABLE', 'the export was cancelled')));
  });
}
