// The import wizard's state and the pure parts of its screens (tested in import-wizard.test.ts).
import type { ImportMode, ImportReport, ImportRowError } from '../../../api/customers-import.types';
import { translateServerMessage, type MessageKey, type Translator } from '../../../i18n/core';

export const WIZARD_STEPS = ['template', 'upload', 'validate', 'confirm', 'done'] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];

export interface WizardState {
  step: WizardStep;
  /** Kept in memory: the dry run and the import send the same bytes. */
  file: File | null;
  mode: ImportMode;
  /** The dry run of `file` in `mode`; null until it answers (or after either changed). */
  validation: ImportReport | null;
  result: ImportReport | null;
}

export type WizardAction =
  | { type: 'goto'; step: WizardStep }
  | { type: 'fileChosen'; file: File }
  | { type: 'modeChanged'; mode: ImportMode }
  | { type: 'validated'; report: ImportReport }
  | { type: 'imported'; report: ImportReport }
  | { type: 'reset' };

export const initialWizardState: WizardState = {
  step: 'template',
  file: null,
  mode: 'create',
  validation: null,
  result: null,
};

/** Rows the import would store: every row the dry run did not refuse. */
export function importableRows(report: ImportReport): number {
  return Math.max(0, report.totalRows - report.failed);
}

/** Whether the wizard may show `step` now: each step needs what the ones before produced. */
export function canEnter(state: WizardState, step: WizardStep): boolean {
  switch (step) {
    case 'template':
    case 'upload':
      return state.result === null;
    case 'validate':
      return state.result === null && state.file !== null && state.validation !== null;
    case 'confirm':
      return state.result === null && state.validation !== null && importableRows(state.validation) > 0;
    case 'done':
      return state.result !== null;
  }
}

export function wizardReducer(state: WizardState, action: WizardAction): WizardState {
  switch (action.type) {
    case 'goto':
      return canEnter(state, action.step) ? { ...state, step: action.step } : state;
    case 'fileChosen':
      // A new file invalidates the old dry run; the wizard waits on the upload step for the new one.
      return { ...state, step: 'upload', file: action.file, validation: null, result: null };
    case 'modeChanged':
      // Duplicates are errors in `create` and updates in `upsert`: the dry run must be redone.
      if (action.mode === state.mode || state.result) return state;
      return {
        ...state,
        mode: action.mode,
        validation: null,
        step: state.step === 'validate' || state.step === 'confirm' ? 'upload' : state.step,
      };
    case 'validated':
      return state.file ? { ...state, step: 'validate', validation: action.report } : state;
    case 'imported':
      return { ...state, step: 'done', result: action.report };
    case 'reset':
      return { ...initialWizardState, mode: state.mode };
  }
}

export const IMPORT_MAX_BYTES = 50 * 1024 * 1024;

export type FileProblem = 'notXlsx' | 'empty' | 'tooLarge';

/** What the browser can tell before sending: an .xlsx name, not empty, not over the limit. */
export function checkImportFile(
  file: { name: string; size: number },
  maxBytes = IMPORT_MAX_BYTES,
): FileProblem | null {
  if (!/\.xlsx$/i.test(file.name.trim())) return 'notXlsx';
  if (file.size === 0) return 'empty';
  if (file.size > maxBytes) return 'tooLarge';
  return null;
}

/** 1536 → "1.5 KB"; binary units, as the size limits are meant. */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '';
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const text = value >= 100 ? value.toFixed(0) : value.toFixed(1).replace(/\.0$/, '');
  return `${text} ${units[unit]}`;
}

/**
 * One CSV cell: quoted when it holds a separator, quote or line break; a leading = + - @ (or tab / CR)
 * gets a ' first, so that a spreadsheet opening the report does not run an imported formula (OWASP
 * "CSV injection").
 */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The error report as CSV with a UTF-8 BOM (Excel then reads the Chinese text right), CRLF lines. */
export function errorReportCsv(
  errors: readonly ImportRowError[],
  headers: { row: string; column: string; code: string; message: string },
  describe: (error: ImportRowError) => string = (e) => e.message,
): string {
  const lines = [
    [headers.row, headers.column, headers.code, headers.message],
    ...[...errors]
      .sort((a, b) => a.row - b.row || a.column.localeCompare(b.column))
      .map((e) => [e.row, e.column, e.code, describe(e)]),
  ];
  return `\uFEFF${lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** The import's own messages (sent in English) in the reader's language; others as core translates them. */
const importMessages: [RegExp, MessageKey][] = [
  [/^is not a column of the customers file$/i, 'customerImport.msg.notColumn'],
  [/^names a column that appears twice$/i, 'customerImport.msg.twice'],
  [/^is a required column and missing$/i, 'customerImport.msg.requiredColumn'],
  [/^is a required custom field and its column is missing$/i, 'customerImport.msg.requiredCustom'],
];

export function describeImportMessage(translator: Translator, message: string): string {
  const text = message.trim();
  for (const [pattern, key] of importMessages) if (pattern.test(text)) return translator.t(key);
  return translateServerMessage(translator, message);
}

/** A row error's code as words (REQUIRED → 必填); an unknown code as sent. */
export function importCodeLabel({ tx }: Translator, code: string): string {
  return tx(`customerImport.code.${code}`, code);
}
