import dayjs from 'dayjs';

export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '';
  const d = dayjs(value);
  return d.isValid() ? d.format('YYYY-MM-DD HH:mm:ss') : value;
}

export function shortId(id: string | null | undefined): string {
  return id ? id.slice(0, 8) : '';
}

/** The day only (a table cell; the full time in its title). */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const d = dayjs(value);
  return d.isValid() ? d.format('YYYY-MM-DD') : value;
}
