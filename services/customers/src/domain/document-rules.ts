import { invalidArgument } from '@crm/errors';

// What may be attached to a customer (R-CUS-10): an allow-list of types, each recognised by its
// magic bytes and required to agree with the file name's extension and the declared type, so that
// a file cannot pass as something else (an HTML page named .pdf, an executable named .png).

export const documentTypes = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  txt: 'text/plain',
  csv: 'text/csv',
} as const;

/** Declared types clients send for the same thing (Windows browsers call a .csv an Excel file). */
const aliases: Record<string, string> = {
  'image/jpg': 'image/jpeg',
  'image/pjpeg': 'image/jpeg',
  'application/csv': 'text/csv',
  'text/comma-separated-values': 'text/csv',
  'application/vnd.ms-excel': 'text/csv',
  'text/x-csv': 'text/csv',
};

export const MAX_FILE_NAME = 255;

const startsWith = (b: Uint8Array, sig: number[], at = 0) => sig.every((v, i) => b[at + i] === v);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** The Office Open XML kind of a zip from its central directory's entry names, if it is one. */
function officeKind(b: Uint8Array): 'docx' | 'xlsx' | 'pptx' | undefined {
  const buf = Buffer.from(b.buffer, b.byteOffset, b.byteLength);
  // End of central directory: signature PK\5\6, within the last 64 KiB + 22 bytes.
  const from = Math.max(0, buf.length - 65_557);
  let eocd = -1;
  for (let i = buf.length - 22; i >= from; i -= 1)
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  if (eocd < 0) return undefined;
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const names: string[] = [];
  for (let n = 0; n < count && n < 5000 && at + 46 <= buf.length; n += 1) {
    if (buf.readUInt32LE(at) !== 0x02014b50) return undefined;
    const nameLength = buf.readUInt16LE(at + 28);
    const extra = buf.readUInt16LE(at + 30);
    const comment = buf.readUInt16LE(at + 32);
    names.push(buf.toString('utf8', at + 46, Math.min(buf.length, at + 46 + nameLength)));
    at += 46 + nameLength + extra + comment;
  }
  if (!names.includes('[Content_Types].xml')) return undefined;
  if (names.some((n) => n.startsWith('word/'))) return 'docx';
  if (names.some((n) => n.startsWith('xl/'))) return 'xlsx';
  if (names.some((n) => n.startsWith('ppt/'))) return 'pptx';
  return undefined;
}

/** UTF-8 text without NUL and other control characters than tab, line breaks and form feed. */
function isPlainText(b: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(b);
  } catch {
    return false;
  }
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 0x7f || (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d)) return false;
  }
  return true;
}

/**
 * The allow-listed type the bytes are, by their magic numbers: a MIME type, 'text' for UTF-8 text
 * (plain or CSV: the extension decides), or undefined for anything else (including other zips).
 */
export function sniffContentType(b: Uint8Array): string | undefined {
  if (startsWith(b, ascii('%PDF-'))) return documentTypes.pdf;
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return documentTypes.png;
  if (startsWith(b, [0xff, 0xd8, 0xff])) return documentTypes.jpeg;
  if (startsWith(b, ascii('GIF87a')) || startsWith(b, ascii('GIF89a'))) return documentTypes.gif;
  if (startsWith(b, ascii('RIFF')) && startsWith(b, ascii('WEBP'), 8)) return documentTypes.webp;
  if (startsWith(b, [0x50, 0x4b, 0x03, 0x04])) {
    const kind = officeKind(b);
    return kind && documentTypes[kind];
  }
  return isPlainText(b) ? 'text' : undefined;
}

// Control characters, bidirectional overrides (a name that displays as "invoice.pdf" but is not),
// and characters that are path separators or reserved on common file systems.
const UNSAFE = /[\p{Cc}\u202A-\u202E\u2066-\u2069\u200E\u200F]/gu;
const RESERVED = /[<>:"|?*]/g;

/**
 * A file name safe to store and to offer for download: only the last path part (no directories,
 * no ".."), without control characters, reserved characters replaced, at most 255 characters with
 * the extension kept. Empty when nothing usable is left.
 */
export function sanitizeFileName(raw: string): string {
  const base = raw.normalize('NFC').split(/[/\\]/).at(-1) ?? '';
  let name = base
    .replace(UNSAFE, '')
    .replace(RESERVED, '_')
    .trim()
    .replace(/^[.\s]+/, '');
  if ([...name].length > MAX_FILE_NAME) {
    const dot = name.lastIndexOf('.');
    const ext = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : '';
    name = [...name.slice(0, name.length - ext.length)].slice(0, MAX_FILE_NAME - ext.length).join('') + ext;
  }
  return name;
}

const extensionOf = (name: string) => {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
};

/** A declared type without parameters and in lower case, with the usual aliases resolved. */
function normalizeDeclared(declared: string): string {
  const t = declared.split(';')[0]!.trim().toLowerCase();
  return aliases[t] ?? t;
}

/**
 * Checks an upload and settles its stored name and content type. Refuses (INVALID_ARGUMENT, naming
 * the field) an empty or oversized file, a name without a usable name or an allowed extension,
 * bytes that are not an allowed type, and any disagreement between bytes, extension and declared type.
 */
export function checkDocument(
  input: { fileName: string; declaredContentType: string; content: Uint8Array },
  maxBytes: number,
): { fileName: string; contentType: string } {
  const size = input.content.byteLength;
  if (size === 0) throw invalidArgument('the file is empty', [{ field: 'file', message: 'is empty' }]);
  if (size > maxBytes)
    throw invalidArgument(`the file is larger than ${maxBytes} bytes`, [
      { field: 'file', message: `at most ${maxBytes} bytes` },
    ]);
  const fileName = sanitizeFileName(input.fileName);
  const ext = extensionOf(fileName);
  const byName = (documentTypes as Record<string, string>)[ext];
  if (!fileName || !byName)
    throw invalidArgument('the file name is not allowed', [
      {
        field: 'fileName',
        message: `needs a name and one of the extensions ${Object.keys(documentTypes).join(', ')}`,
      },
    ]);
  const sniffed = sniffContentType(input.content);
  const matches = sniffed === 'text' ? byName === 'text/plain' || byName === 'text/csv' : sniffed === byName;
  if (!sniffed || !matches)
    throw invalidArgument('the file content does not match its type', [
      {
        field: 'file',
        message: sniffed
          ? `the content is ${sniffed === 'text' ? 'text' : sniffed}, not .${ext}`
          : 'the content is not an allowed type (PDF, PNG, JPEG, GIF, WebP, DOCX, XLSX, PPTX, text, CSV)',
      },
    ]);
  const declared = normalizeDeclared(input.declaredContentType);
  if (declared && declared !== 'application/octet-stream' && declared !== byName)
    throw invalidArgument('the declared content type does not match the file', [
      { field: 'contentType', message: `${declared} does not match .${ext} (${byName})` },
    ]);
  return { fileName, contentType: byName };
}
