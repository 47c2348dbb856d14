import { describe, expect, it } from 'vitest';
import type { ImportReport } from '../../../api/customers-import.types';
import { createTranslator } from '../../../i18n/core';
import {
  canEnter,
  checkImportFile,
  csvCell,
  describeImportMessage,
  errorReportCsv,
  formatBytes,
  importCodeLabel,
  importableRows,
  initialWizardState,
  wizardReducer,
  type WizardAction,
  type WizardState,
} from './import-wizard';

const report = (over: Partial<ImportReport> = {}): ImportReport => ({
  totalRows: 3,
  imported: 2,
  updated: 0,
  failed: 1,
  dryRun: true,
  errors: [{ row: 3, column: '电话', code: 'INVALID_ARGUMENT', message: 'is not a phone number' }],
  ...over,
});
const xlsx = new File([new Uint8Array([0x50, 0x4b, 3, 4])], '客户.xlsx');
const run = (...actions: WizardAction[]) => actions.reduce(wizardReducer, initialWizardState);

describe('import wizard steps', () => {
  it('goes template → upload → validate (dry run) → confirm → done', () => {
    let state: WizardState = run({ type: 'goto', step: 'upload' });
    expect(state.step).toBe('upload');
    state = wizardReducer(state, { type: 'fileChosen', file: xlsx });
    expect(state).toMatchObject({ step: 'upload', file: xlsx, validation: null });
    state = wizardReducer(state, { type: 'validated', report: report() });
    expect(state.step).toBe('validate');
    state = wizardReducer(state, { type: 'goto', step: 'confirm' });
    expect(state.step).toBe('confirm');
    state = wizardReducer(state, { type: 'imported', report: report({ dryRun: false }) });
    expect(state.step).toBe('done');
    // Once imported, the earlier steps are closed until a reset (no second import of the same file).
    expect(wizardReducer(state, { type: 'goto', step: 'confirm' }).step).toBe('done');
    expect(wizardReducer(state, { type: 'goto', step: 'upload' }).step).toBe('done');
    expect(wizardReducer(state, { type: 'reset' })).toEqual(initialWizardState);
  });

  it('does not skip ahead without a file and its dry run', () => {
    expect(run({ type: 'goto', step: 'validate' }).step).toBe('template');
    expect(run({ type: 'goto', step: 'confirm' }).step).toBe('template');
    expect(run({ type: 'goto', step: 'done' }).step).toBe('template');
    expect(run({ type: 'fileChosen', file: xlsx }, { type: 'goto', step: 'validate' }).step).toBe('upload');
    // A dry run answering after the file was dropped is ignored.
    expect(run({ type: 'validated', report: report() }).step).toBe('template');
  });

  it('refuses to confirm when no row is importable', () => {
    const state = run(
      { type: 'fileChosen', file: xlsx },
      { type: 'validated', report: report({ totalRows: 2, imported: 0, failed: 2 }) },
    );
    expect(canEnter(state, 'confirm')).toBe(false);
    expect(wizardReducer(state, { type: 'goto', step: 'confirm' }).step).toBe('validate');
  });

  it('redoes the dry run after the mode or the file changed', () => {
    const validated = run({ type: 'fileChosen', file: xlsx }, { type: 'validated', report: report() });
    const upsert = wizardReducer(validated, { type: 'modeChanged', mode: 'upsert' });
    expect(upsert).toMatchObject({ step: 'upload', mode: 'upsert', validation: null, file: xlsx });
    expect(wizardReducer(validated, { type: 'modeChanged', mode: 'create' })).toBe(validated);
    const other = new File(['x'], 'other.xlsx');
    expect(wizardReducer(validated, { type: 'fileChosen', file: other })).toMatchObject({
      step: 'upload',
      file: other,
      validation: null,
    });
    // The mode survives a reset: the next file of the same kind is imported the same way.
    expect(wizardReducer(upsert, { type: 'reset' }).mode).toBe('upsert');
  });

  it('counts importable rows from the dry run', () => {
    expect(importableRows(report())).toBe(2);
    expect(importableRows(report({ totalRows: 5, imported: 1, updated: 3, failed: 1 }))).toBe(4);
    expect(importableRows(report({ totalRows: 0, failed: 0 }))).toBe(0);
  });
});

describe('file pre-check', () => {
  it('accepts a non-empty .xlsx under the limit only', () => {
    expect(checkImportFile({ name: '客户.XLSX', size: 10 })).toBeNull();
    expect(checkImportFile({ name: 'customers.xls', size: 10 })).toBe('notXlsx');
    expect(checkImportFile({ name: 'customers.csv', size: 10 })).toBe('notXlsx');
    expect(checkImportFile({ name: 'a.xlsx', size: 0 })).toBe('empty');
    expect(checkImportFile({ name: 'a.xlsx', size: 101 }, 100)).toBe('tooLarge');
    expect(checkImportFile({ name: 'a.xlsx', size: 100 }, 100)).toBeNull();
  });

  it('formats sizes in binary units', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(1023)).toBe('1023 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(10 * 1024 * 1024)).toBe('10 MB');
    expect(formatBytes(150 * 1024 * 1024)).toBe('150 MB');
    expect(formatBytes(-1)).toBe('');
  });
});

describe('error report CSV', () => {
  it('has a BOM, a header, one line per error sorted by row, CRLF', () => {
    const csv = errorReportCsv(
      [
        { row: 7, column: '名称', code: 'INVALID_ARGUMENT', message: 'is required' },
        { row: 3, column: '电话', code: 'INVALID_ARGUMENT', message: 'is not a phone number' },
        { row: 3, column: '邮箱', code: 'ALREADY_EXISTS', message: 'duplicate, "same" as row 2' },
      ],
      { row: '行号', column: '列', code: '错误代码', message: '错误信息' },
    );
    expect(csv).toBe(
      '\uFEFF行号,列,错误代码,错误信息\r\n' +
        '3,电话,INVALID_ARGUMENT,is not a phone number\r\n' +
        '3,邮箱,ALREADY_EXISTS,"duplicate, ""same"" as row 2"\r\n' +
        '7,名称,INVALID_ARGUMENT,is required\r\n',
    );
  });

  it('writes the messages in the reader’s language when asked', () => {
    const csv = errorReportCsv(
      [{ row: 2, column: 'Phone', code: 'INVALID_ARGUMENT', message: 'is required' }],
      { row: 'Row', column: 'Column', code: 'Code', message: 'Message' },
      () => '必填',
    );
    expect(csv.split('\r\n')[1]).toBe('2,Phone,INVALID_ARGUMENT,必填');
  });

  it('neutralises cells a spreadsheet would run as a formula', () => {
    expect(csvCell('=cmd|/C calc!A0')).toBe("'=cmd|/C calc!A0");
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('-2,3')).toBe(`"'-2,3"`);
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell('plain')).toBe('plain');
  });
});

describe('import messages', () => {
  const zh = createTranslator('zh-CN');
  const en = createTranslator('en-US');

  it('translates the whole-file refusals and the common row messages', () => {
    expect(describeImportMessage(zh, 'is not a column of the customers file')).toBe('不是客户文件的列');
    expect(describeImportMessage(zh, 'is a required column and missing')).toBe('是必填列，文件中缺少');
    expect(describeImportMessage(zh, 'is not a phone number')).toBe(zh.t('server.notPhone'));
    expect(describeImportMessage(zh, 'something new')).toBe('something new');
    expect(describeImportMessage(en, 'names a column that appears twice')).toBe(
      'names a column that appears twice',
    );
  });

  it('names the row error codes, unknown ones as sent', () => {
    expect(importCodeLabel(zh, 'DUPLICATE_IN_FILE')).toBe('文件内重复');
    expect(importCodeLabel(en, 'REQUIRED')).toBe('Required');
    expect(importCodeLabel(zh, 'SOMETHING_ELSE')).toBe('SOMETHING_ELSE');
  });
});
