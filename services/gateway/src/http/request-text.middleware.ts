import { isUtf8 } from 'node:buffer';
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { invalidArgument, type FieldViolation } from '@crm/errors';
import { textProblem } from '@crm/proto';

// No string with NUL or invalid UTF-8 gets past the edge (docs/api-conventions.md, "Text is checked
// at the edge"): PostgreSQL refuses both in text, with an error that would be a 500. The raw bytes
// are checked, because Express's query parser and body-parser quietly turn invalid UTF-8 into U+FFFD,
// after which nothing could tell. Invalid bytes decode as lone surrogates (U+DC80–U+DCFF, Python's
// "surrogateescape"), so textProblem of @crm/proto judges every string the same way the services do.

/** Enough to tell the client what to fix without echoing a huge bad request back. */
const MAX_VIOLATIONS = 20;

/**
 * The text guard of every route under /api/v1, mounted before them all: the path, each query
 * parameter and every string (and member name) of a JSON body. It parses JSON bodies itself (the
 * parsers after it see the body read and pass); a refused request is a 400 problem naming where.
 */
export function requestTextGuard(options: { bodyLimit: string | number }): RequestHandler[] {
  const parseJson = express.json({
    limit: options.bodyLimit,
    strict: true,
    verify: (req, res, raw) => {
      // Only the bytes that are not UTF-8 need the slow look; a charset other than UTF-8 is not ours.
      const charset = /charset=([^;]+)/i
        .exec(req.headers['content-type'] ?? '')?.[1]
        ?.trim()
        .toLowerCase();
      if ((!charset || charset === 'utf-8' || charset === 'utf8') && !isUtf8(raw))
        (res as Response).locals.rawJsonText = decodeEscapingInvalid(raw);
    },
  });
  const check = (req: Request, res: Response, next: NextFunction) => {
    const violations: FieldViolation[] = [];
    const [rawPath = '', rawQuery] = splitOnce(req.originalUrl, '?');
    addProblem(violations, 'path', decodeEscapingInvalid(percentBytes(rawPath, false)));
    if (rawQuery !== undefined) checkQuery(rawQuery, violations);
    checkJson(bodyWithInvalidBytes(req, res), 'body', violations);
    if (violations.length > 0) return next(invalidArgument('request text is invalid', violations));
    next();
  };
  return [parseJson, check];
}

/** The parsed body, or, when its bytes were not UTF-8, parsed again with them kept visible. */
function bodyWithInvalidBytes(req: Request, res: Response): unknown {
  const raw = res.locals.rawJsonText as string | undefined;
  if (raw === undefined) return req.body;
  try {
    return JSON.parse(raw);
  } catch {
    return '\udc80'; // body-parser read it; if this text does not parse, it is surely not valid UTF-8
  }
}

function checkQuery(rawQuery: string, violations: FieldViolation[]): void {
  for (const pair of rawQuery.split('&')) {
    if (!pair) continue;
    const [rawName = '', rawValue = ''] = splitOnce(pair, '=');
    const name = decodeEscapingInvalid(percentBytes(rawName, true));
    if (addProblem(violations, 'query', name)) continue;
    addProblem(violations, `query.${name}`, decodeEscapingInvalid(percentBytes(rawValue ?? '', true)));
  }
}

function checkJson(value: unknown, where: string, violations: FieldViolation[]): void {
  if (violations.length >= MAX_VIOLATIONS) return;
  if (typeof value === 'string') addProblem(violations, where, value);
  else if (Array.isArray(value)) value.forEach((item, i) => checkJson(item, `${where}[${i}]`, violations));
  else if (value !== null && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) {
      if (addProblem(violations, where, key)) continue;
      checkJson(item, `${where}.${key}`, violations);
    }
}

/** Records what is wrong with `text` at `field`, if anything; true when there was something. */
function addProblem(violations: FieldViolation[], field: string, text: string): boolean {
  const problem = textProblem(text);
  if (problem && violations.length < MAX_VIOLATIONS) violations.push({ field, message: problem });
  return problem !== undefined;
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}

/** The bytes a URL component stands for: `%XX` is that byte (`+` a space in a query). */
function percentBytes(text: string, plusIsSpace: boolean): Buffer {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const hex = c === 0x25 ? text.slice(i + 1, i + 3) : '';
    if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else if (plusIsSpace && c === 0x2b) bytes.push(0x20);
    // Node hands over a request line's bytes as latin1 (when its parser lets any non-ASCII through).
    else if (c < 0x100) bytes.push(c);
    else {
      const char = String.fromCodePoint(text.codePointAt(i)!);
      bytes.push(...Buffer.from(char, 'utf8'));
      i += char.length - 1;
    }
  }
  return Buffer.from(bytes);
}

/** UTF-8 text, each byte of an invalid sequence as the lone surrogate U+DC00 + byte. */
export function decodeEscapingInvalid(bytes: Buffer): string {
  if (isUtf8(bytes)) return bytes.toString('utf8');
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const length = validSequenceLength(bytes, i);
    if (length > 0) {
      out += bytes.toString('utf8', i, i + length);
      i += length;
    } else {
      out += String.fromCharCode(0xdc00 + bytes[i]!);
      i += 1;
    }
  }
  return out;
}

/** The length of the well-formed UTF-8 sequence at `i` (RFC 3629), or 0. */
function validSequenceLength(b: Buffer, i: number): number {
  const first = b[i]!;
  if (first < 0x80) return 1;
  const cont = (k: number, low = 0x80, high = 0xbf) =>
    i + k < b.length && b[i + k]! >= low && b[i + k]! <= high;
  if (first >= 0xc2 && first <= 0xdf) return cont(1) ? 2 : 0;
  if (first === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if (first === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0; // no UTF-16 surrogates
  if (first >= 0xe1 && first <= 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (first === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (first >= 0xf1 && first <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (first === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}
