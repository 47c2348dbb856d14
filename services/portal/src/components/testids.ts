import type { HTMLAttributes } from 'react';

/** `onRow` for a Table: every row gets `data-testid="<testId>"` (rows also carry `data-row-key`). */
export function rowTestId(testId: string) {
  return () => ({ 'data-testid': testId }) as HTMLAttributes<HTMLElement>;
}
