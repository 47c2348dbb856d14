import { isApiError } from '../api/client';
import type { Problem } from '../api/types';
import { translateServerMessage, type Translator } from '../i18n/core';

export interface FieldError {
  name: (string | number)[];
  errors: string[];
}

/**
 * A violation's field as a form path: the transcoder names where a member was (`body.contacts[1].name`,
 * `query.q`), a form only the member (`contacts.1.name`).
 */
export function formPath(field: string): string {
  return field
    .replace(/^(body|query|path)(\.|(?=\[)|$)/, '')
    .replace(/\[(\d+)\]/g, '.$1')
    .replace(/^\./, '');
}

/** Splits a problem's `errors[]` into those a form can show next to a field and the rest. */
export function splitProblem(
  problem: Problem,
  formFields: readonly string[],
): { fieldErrors: FieldError[]; rest: { field: string; message: string }[] } {
  const byField = new Map<string, string[]>();
  const rest: { field: string; message: string }[] = [];
  for (const violation of problem.errors ?? []) {
    const field = formPath(violation.field);
    if (formFields.includes(field)) {
      byField.set(field, [...(byField.get(field) ?? []), violation.message]);
    } else {
      rest.push(violation);
    }
  }
  const fieldErrors = [...byField].map(([field, errors]) => ({
    name: field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)),
    errors,
  }));
  return { fieldErrors, rest };
}

/** One line for a failure: the code in the user's language, then the server's detail. */
export function describeError(translator: Translator, error: unknown): string {
  const { t, tx, locale } = translator;
  if (!isApiError(error)) return error instanceof Error && error.message ? error.message : t('error.generic');
  if (error.code === 'NETWORK') return t('error.network');
  if (error.code === 'TIMEOUT') return t('error.timeout');
  if (error.problem.reason === 'PASSWORD_CHANGE_REQUIRED') return t('error.passwordChangeRequired');
  const title = tx(`error.${error.code}`, error.problem.title || t('error.generic'));
  const detail = error.problem.detail?.trim();
  if (!detail || detail === title) return title;
  const separator = locale === 'zh-CN' ? '：' : ': ';
  return `${title}${separator}${translateServerMessage(translator, detail)}`;
}
