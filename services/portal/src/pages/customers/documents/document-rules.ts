// What the browser checks before sending a document; the customers service checks again (it sniffs
// the bytes), and its answer is the one that counts.

/** The service's default DOCUMENT_MAX_BYTES (10 MiB); a server configured lower still answers 413/400. */
export const DOCUMENT_MAX_BYTES = 10 * 1024 * 1024;

/** The service's allow-list by extension: PDF, images, Office Open XML, plain text and CSV. */
export const DOCUMENT_EXTENSIONS = [
  'pdf',
  'png',
  'jpg',
  'jpeg',
  'gif',
  'webp',
  'docx',
  'xlsx',
  'pptx',
  'txt',
  'csv',
] as const;

/** For the file picker's `accept`. */
export const DOCUMENT_ACCEPT = DOCUMENT_EXTENSIONS.map((ext) => `.${ext}`).join(',');

export type DocumentProblem = 'empty' | 'tooLarge' | 'type';

export function fileExtension(name: string): string {
  const base = name.trim().split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

export function checkDocument(
  file: { name: string; size: number },
  maxBytes = DOCUMENT_MAX_BYTES,
): DocumentProblem | null {
  if (!(DOCUMENT_EXTENSIONS as readonly string[]).includes(fileExtension(file.name))) return 'type';
  if (file.size === 0) return 'empty';
  if (file.size > maxBytes) return 'tooLarge';
  return null;
}

/** Images and PDFs the browser can show; the rest get a generic file icon. */
export function documentKind(contentType: string): 'image' | 'pdf' | 'sheet' | 'word' | 'text' | 'file' {
  const type = contentType.toLowerCase();
  if (type.startsWith('image/')) return 'image';
  if (type === 'application/pdf') return 'pdf';
  if (type.includes('spreadsheetml') || type === 'text/csv') return 'sheet';
  if (type.includes('wordprocessingml')) return 'word';
  if (type.startsWith('text/')) return 'text';
  return 'file';
}
