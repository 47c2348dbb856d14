import type { DownloadedFile } from '../../../api/client';

/**
 * Hands a fetched file to the browser's download: a plain link cannot carry the bearer token, so the
 * bytes are fetched first and offered from an object URL (released once the click has been handled).
 */
export function saveBlob({ blob, fileName }: DownloadedFile, fallbackName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName ?? fallbackName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
