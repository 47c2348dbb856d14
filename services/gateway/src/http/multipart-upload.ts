import busboy from 'busboy';
import type { Request, Response } from 'express';
import { invalidArgument, PROBLEM_CONTENT_TYPE, toProblem } from '@crm/errors';
import type { ApiResult } from './api-route';

/** Room for the multipart envelope (boundaries, part headers) around the file itself. */
const ENVELOPE_BYTES = 64 * 1024;

export type UploadOutcome =
  | { ok: true; fileName: string; mimeType: string; content: Buffer }
  /** The rest of the body is dropped as it arrives (see dropRest), so the connection stays usable. */
  | { ok: false; tooLarge: true };

/**
 * The rest of a refused request is read and dropped (never kept), so that the client, still sending,
 * can read the answer; a client that goes on past `cap` bytes is cut off.
 */
function dropRest(req: Request, cap: number): void {
  let dropped = 0;
  req.on('data', (chunk: Buffer) => {
    dropped += chunk.length;
    if (dropped > cap) req.socket.destroy();
  });
  req.resume();
}

/**
 * Reads one file from a multipart/form-data request, holding at most `maxBytes` of it in memory.
 * A larger file (by its declared length, or once the bytes pass the limit) is reported as too large
 * at once; the rest of the request is dropped unread-into-memory and a client that keeps sending
 * far beyond the limit is disconnected. Malformed requests are INVALID_ARGUMENT.
 */
export function readSingleUpload(req: Request, field: string, maxBytes: number): Promise<UploadOutcome> {
  const type = req.headers['content-type'] ?? '';
  if (!/^multipart\/form-data\s*;/i.test(type))
    return Promise.reject(
      invalidArgument('send the file as multipart/form-data', [
        { field: '(body)', message: `multipart/form-data with the file in the field "${field}"` },
      ]),
    );
  const hardLimit = maxBytes + ENVELOPE_BYTES;
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (declared > hardLimit) {
    dropRest(req, hardLimit);
    return Promise.resolve({ ok: false, tooLarge: true });
  }

  return new Promise<UploadOutcome>((resolve, reject) => {
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
    };
    let bb: busboy.Busboy;
    try {
      bb = busboy({
        headers: req.headers,
        defParamCharset: 'utf8',
        // busboy reports the limit when a file reaches it: one byte more tells "over" from "exactly".
        limits: { files: 1, fileSize: maxBytes + 1, fields: 20, fieldSize: 1024, parts: 25, headerPairs: 50 },
      });
    } catch (err) {
      reject(invalidArgument(`the multipart request is malformed: ${(err as Error).message}`));
      return;
    }
    const chunks: Buffer[] = [];
    let fileName: string | undefined;
    let mimeType = '';
    let tooLarge = false;
    let extraFiles = false;
    let received = 0;

    // A request without a length (chunked) could go on forever: stop reading once it is past any
    // upload we would accept.
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received > hardLimit) {
        req.off('data', onData);
        req.unpipe(bb);
        dropRest(req, hardLimit);
        finish(() => resolve({ ok: false, tooLarge: true }));
      }
    };
    req.on('data', onData);

    bb.on('filesLimit', () => {
      extraFiles = true;
    });
    bb.on('file', (name, stream, info) => {
      if (name !== field) {
        stream.resume();
        return;
      }
      fileName = info.filename ?? '';
      mimeType = info.mimeType ?? '';
      stream.on('data', (chunk: Buffer) => {
        if (!tooLarge) chunks.push(chunk);
      });
      stream.on('limit', () => {
        tooLarge = true;
        chunks.length = 0;
      });
    });
    bb.on('error', (err: Error) =>
      finish(() => reject(invalidArgument(`the multipart request is malformed: ${err.message}`))),
    );
    bb.on('close', () =>
      finish(() => {
        req.off('data', onData);
        if (tooLarge) resolve({ ok: false, tooLarge: true });
        else if (fileName === undefined)
          reject(
            invalidArgument(`no file in the field "${field}"`, [
              { field, message: 'is required (one file)' },
            ]),
          );
        else if (extraFiles)
          reject(invalidArgument('send one file at a time', [{ field, message: 'exactly one file' }]));
        else resolve({ ok: true, fileName, mimeType, content: Buffer.concat(chunks) });
      }),
    );
    req.pipe(bb);
  });
}

/** The answer to a file over the limit: 413 with the problem body of an INVALID_ARGUMENT on `file`. */
export function uploadTooLarge(req: Request, res: Response, maxBytes: number): ApiResult {
  const problem = toProblem(
    invalidArgument(`the file is larger than ${maxBytes} bytes`, [
      { field: 'file', message: `at most ${maxBytes} bytes` },
    ]),
    { instance: req.originalUrl, requestId: res.locals.requestId as string },
  );
  return {
    status: 413,
    body: { ...problem, status: 413 },
    headers: { 'Content-Type': PROBLEM_CONTENT_TYPE },
  };
}

/** `attachment` with an ASCII fallback name and the exact name as RFC 5987 `filename*`. */
export function contentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
