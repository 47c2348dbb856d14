import type { EntryReview } from './duplicates';

/** Customer settings of one branch; a branch without a row has the defaults. */
export interface CustomerSettings {
  branchId: string;
  entryReview: EntryReview;
  version: number;
  updatedAt: Date | null;
  updatedBy: string | null;
}

export const defaultSettings = (branchId: string): CustomerSettings => ({
  branchId,
  entryReview: 'none',
  version: 0,
  updatedAt: null,
  updatedBy: null,
});
