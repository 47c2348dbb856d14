import { App, type FormInstance } from 'antd';
import { useCallback } from 'react';
import { isApiError } from '../api/client';
import { translateServerMessage } from '../i18n/core';
import { useI18n } from '../i18n/I18nProvider';
import { describeError, splitProblem } from './problem';

export { describeError } from './problem';

/** Shows failures: field errors next to their fields, everything else as a message. */
export function useErrorReporter() {
  const translator = useI18n();
  const { message } = App.useApp();

  const report = useCallback(
    (error: unknown) => {
      void message.error(describeError(translator, error));
    },
    [message, translator],
  );

  const applyToForm = useCallback(
    (form: FormInstance, error: unknown, formFields: readonly string[]) => {
      if (!isApiError(error)) return report(error);
      const { fieldErrors, rest } = splitProblem(error.problem, formFields);
      if (fieldErrors.length > 0) {
        form.setFields(
          fieldErrors.map(({ name, errors }) => ({
            name,
            errors: errors.map((text) => translateServerMessage(translator, text)),
          })),
        );
      }
      if (fieldErrors.length === 0 || rest.length > 0) {
        const extra = rest
          .map((v) => `${v.field} ${translateServerMessage(translator, v.message)}`)
          .join('; ');
        const base = describeError(translator, error);
        void message.error(extra && !base.includes(extra) ? `${base} (${extra})` : base);
      }
    },
    [message, report, translator],
  );

  return { report, applyToForm };
}
