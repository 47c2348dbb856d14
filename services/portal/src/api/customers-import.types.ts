// The customers Excel import/export contract (services/gateway/src/routes/customers-import.routes.ts).

export const IMPORT_MODES = ['create', 'upsert'] as const;
/** create: matches of existing customers are errors; upsert: a phone match updates that record. */
export type ImportMode = (typeof IMPORT_MODES)[number];

/** One refused cell or row; `row` is the Excel row number (the header is row 1). */
export interface ImportRowError {
  row: number;
  column: string;
  code: string;
  message: string;
}

/** 200 of POST /customers/import (also for a dry run, which stores nothing). */
export interface ImportReport {
  totalRows: number;
  imported: number;
  updated: number;
  failed: number;
  dryRun: boolean;
  errors: ImportRowError[];
  /** The server lists the first errors only. */
  errorsTruncated?: boolean;
}
