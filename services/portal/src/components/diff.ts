export interface DiffRow {
  field: string;
  before: string;
  after: string;
  changed: boolean;
}

function show(value: unknown): string {
  if (value === undefined) return '';
  if (value === null) return 'null';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** The fields of an audit entry's before/after, one row each, changed ones flagged. */
export function auditDiff(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): DiffRow[] {
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  return fields.map((field) => {
    const b = before && Object.hasOwn(before, field) ? show(before[field]) : '';
    const a = after && Object.hasOwn(after, field) ? show(after[field]) : '';
    const changed =
      (before ? Object.hasOwn(before, field) : false) !== (after ? Object.hasOwn(after, field) : false) ||
      a !== b;
    return { field, before: b, after: a, changed };
  });
}
