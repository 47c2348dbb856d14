// The customers service explains refused ownership changes in English details (FAILED_PRECONDITION);
// the pool and transfer pages show them in the user's language, with the date or cap they carry.
import { isApiError } from '../../api/client';
import { describeError } from '../../components/problem';
import { formatDateTime } from '../../components/format';
import type { Translator } from '../../i18n/core';

const rules: [RegExp, (t: Translator['t'], m: RegExpExecArray) => string][] = [
  [
    /you may claim it again from (\S+)/i,
    (t, m) => t('custErr.reclaimBlocked', { time: formatDateTime(m[1]) }),
  ],
  [/you already own (\d+) customers/i, (t, m) => t('custErr.capReached', { n: m[1] ?? '' })],
  [/is not in the pool/i, (t) => t('custErr.notInPool')],
  [/is already in the pool/i, (t) => t('custErr.alreadyInPool')],
  [/is not owned by/i, (t) => t('custErr.notOwnedBy')],
  [/only the owner or a supervisor/i, (t) => t('custErr.notOwner')],
];

/** One line for a failed customer action; known ownership rules in the user's words. */
export function describeCustomerError(translator: Translator, error: unknown): string {
  if (isApiError(error)) {
    const detail = error.problem.detail ?? '';
    for (const [pattern, text] of rules) {
      const match = pattern.exec(detail);
      if (match) return text(translator.t, match);
    }
    if (error.code === 'CONFLICT') return translator.t('custErr.staleVersion');
  }
  return describeError(translator, error);
}
