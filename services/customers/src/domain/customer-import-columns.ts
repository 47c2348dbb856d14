import type { FieldViolation } from '@crm/errors';
import type { Customer, CustomerClass, CustomerKind, CustomerLevel } from './customer';
import type { CreateCustomerInput } from './customer-input';
import type { CustomFieldDefinition } from './custom-fields';

// The columns of the customers Excel file (R-CUS-7), shared by import, export and the template, so
// an exported file imports again. Headers are accepted in Chinese or English, any case, with an
// optional `*` (required marker) or both names (`名称/Name`, `名称 (Name)`).

export const importColumns = [
  { key: 'name', zh: '名称', en: 'Name', required: true },
  { key: 'kind', zh: '类型', en: 'Kind', required: true },
  { key: 'phone', zh: '电话', en: 'Phone', required: false },
  { key: 'email', zh: '邮箱', en: 'Email', required: false },
  { key: 'province', zh: '省', en: 'Province', required: false },
  { key: 'city', zh: '市', en: 'City', required: false },
  { key: 'district', zh: '区', en: 'District', required: false },
  { key: 'address', zh: '地址', en: 'Address', required: false },
  { key: 'source', zh: '来源', en: 'Source', required: false },
  { key: 'tags', zh: '标签', en: 'Tags', required: false },
  { key: 'notes', zh: '备注', en: 'Notes', required: false },
  { key: 'level', zh: '等级', en: 'Level', required: false },
  { key: 'class', zh: '分类', en: 'Class', required: false },
  { key: 'owner', zh: '负责人', en: 'Owner', required: false },
] as const;
export type ImportColumnKey = (typeof importColumns)[number]['key'];

/** A column of a file: a standard one or a custom field of the branch. */
export type SheetColumn =
  { kind: 'standard'; key: ImportColumnKey } | { kind: 'custom'; field: CustomFieldDefinition };

/** What a cell holds once read (exceljs values flattened: rich text → text, formulas → their result). */
export type CellValue = string | number | boolean | Date | null;

export interface HeaderMapping {
  /** Column index (0-based) → column, for the named columns. */
  columns: Map<number, SheetColumn>;
  /** The header as written, by column index: what error reports name. */
  headers: Map<number, string>;
}

export type RowErrorCode =
  | 'REQUIRED'
  | 'INVALID'
  | 'DUPLICATE_IN_FILE'
  | 'DUPLICATE'
  | 'AMBIGUOUS_MATCH'
  | 'CANNOT_UPDATE'
  | 'OWNER_NOT_FOUND';

/** One refused cell or row; `row` is the Excel row number (the header is row 1). */
export interface ImportRowError {
  row: number;
  column: string;
  code: RowErrorCode;
  message: string;
}

const fold = (v: string) =>
  v
    .normalize('NFKC')
    .trim()
    .replace(/\s*\*$/, '')
    .toLowerCase();

/**
 * Maps the header row to columns. Returns the violations that refuse the whole file: unknown headers,
 * a column named twice, required columns missing (each named).
 */
export function mapHeader(
  header: CellValue[],
  definitions: CustomFieldDefinition[],
): { ok: true; mapping: HeaderMapping } | { ok: false; violations: FieldViolation[] } {
  const byName = new Map<string, SheetColumn>();
  for (const c of importColumns) {
    byName.set(fold(c.zh), { kind: 'standard', key: c.key });
    byName.set(fold(c.en), { kind: 'standard', key: c.key });
  }
  for (const d of definitions) {
    byName.set(fold(d.key), { kind: 'custom', field: d });
    byName.set(fold(d.label), { kind: 'custom', field: d });
  }
  const lookup = (text: string): SheetColumn | undefined =>
    byName.get(fold(text)) ??
    // Bilingual headers: 名称/Name, 名称 (Name), 名称（Name）.
    text
      .normalize('NFKC')
      .split(/[/()]/)
      .map((part) => byName.get(fold(part)))
      .find((c) => c !== undefined);

  const columns = new Map<number, SheetColumn>();
  const headers = new Map<number, string>();
  const violations: FieldViolation[] = [];
  const seen = new Set<string>();
  header.forEach((cell, index) => {
    const text = cellText(cell);
    if (text === '') return;
    const column = lookup(text);
    if (!column) {
      violations.push({ field: text, message: 'is not a column of the customers file' });
      return;
    }
    const id = column.kind === 'standard' ? column.key : `custom:${column.field.key}`;
    if (seen.has(id)) {
      violations.push({ field: text, message: 'names a column that appears twice' });
      return;
    }
    seen.add(id);
    columns.set(index, column);
    headers.set(index, text);
  });
  for (const c of importColumns)
    if (c.required && !seen.has(c.key))
      violations.push({ field: `${c.zh}/${c.en}`, message: 'is a required column and missing' });
  for (const d of definitions)
    if (d.required && !seen.has(`custom:${d.key}`))
      violations.push({ field: d.label, message: 'is a required custom field and its column is missing' });
  return violations.length > 0 ? { ok: false, violations } : { ok: true, mapping: { columns, headers } };
}

const pad = (n: number) => String(n).padStart(2, '0');
const isoDate = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/**
 * A cell as text. Dates are calendar days (Excel stores them as UTC midnight). A leading apostrophe
 * that the export put before = + - @ (formula neutralisation) is taken off again, so an exported
 * file imports unchanged.
 */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : isoDate(value);
  const text = String(value);
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

const kindNames: Record<string, CustomerKind> = {
  公司: 'CUSTOMER_KIND_COMPANY',
  企业: 'CUSTOMER_KIND_COMPANY',
  company: 'CUSTOMER_KIND_COMPANY',
  customer_kind_company: 'CUSTOMER_KIND_COMPANY',
  个人: 'CUSTOMER_KIND_INDIVIDUAL',
  individual: 'CUSTOMER_KIND_INDIVIDUAL',
  person: 'CUSTOMER_KIND_INDIVIDUAL',
  customer_kind_individual: 'CUSTOMER_KIND_INDIVIDUAL',
};
const levelNames: Record<string, CustomerLevel> = {
  普通: 'ordinary',
  ordinary: 'ordinary',
  高意向: 'high_intent',
  high_intent: 'high_intent',
  'high intent': 'high_intent',
  'high-intent': 'high_intent',
};
const classNames: Record<string, CustomerClass> = { a: 'A', b: 'B', c: 'C' };

/** Lists in one cell: comma (half or full width), 、 or semicolon; line breaks too. */
const splitList = (text: string) =>
  text
    .split(/[,，、;；\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');

/** A data row as the input of create, plus the owner as written; enum cells we cannot read are errors here. */
export interface RowInput {
  input: CreateCustomerInput;
  owner: string;
  /** Cells refused before the rules of create run (unreadable kind, level, class). */
  errors: { column: SheetColumn; code: RowErrorCode; message: string }[];
  /** The columns that had a value (an upsert changes only those). */
  filled: Set<string>;
}

export function rowInput(cells: CellValue[], mapping: HeaderMapping): RowInput {
  const input: CreateCustomerInput & { address: NonNullable<CreateCustomerInput['address']> } = {
    kind: '' as CustomerKind,
    name: '',
    address: {},
  };
  const custom: Record<string, string | number> = {};
  const errors: RowInput['errors'] = [];
  const filled = new Set<string>();
  let owner = '';
  for (const [index, column] of mapping.columns) {
    const raw = cells[index] ?? null;
    const text = cellText(raw).trim();
    if (text === '') continue;
    if (column.kind === 'custom') {
      filled.add(`custom:${column.field.key}`);
      custom[column.field.key] = customValue(column.field, raw, text);
      continue;
    }
    filled.add(column.key);
    switch (column.key) {
      case 'name':
        input.name = text;
        break;
      case 'kind': {
        const kind = kindNames[text.normalize('NFKC').toLowerCase()];
        if (kind) input.kind = kind;
        else
          errors.push({ column, code: 'INVALID', message: 'must be 公司 or 个人 (company or individual)' });
        break;
      }
      case 'phone':
        input.phones = splitList(text);
        break;
      case 'email':
        input.email = text;
        break;
      case 'province':
        input.address.province = text;
        break;
      case 'city':
        input.address.city = text;
        break;
      case 'district':
        input.address.district = text;
        break;
      case 'address':
        input.address.detail = text;
        break;
      case 'source':
        input.source = text;
        break;
      case 'tags':
        input.tags = splitList(text);
        break;
      case 'notes':
        input.notes = cellText(raw);
        break;
      case 'level': {
        const level = levelNames[text.normalize('NFKC').toLowerCase()];
        if (level) input.level = level;
        else
          errors.push({
            column,
            code: 'INVALID',
            message: 'must be 普通 or 高意向 (ordinary or high intent)',
          });
        break;
      }
      case 'class': {
        const c = classNames[text.normalize('NFKC').toLowerCase()];
        if (c) input.customerClass = c;
        else errors.push({ column, code: 'INVALID', message: 'must be A, B or C' });
        break;
      }
      case 'owner':
        owner = text;
        break;
    }
  }
  if (Object.keys(custom).length > 0) input.customFieldsJson = JSON.stringify(custom);
  return { input, owner, errors, filled };
}

/** Numbers and dates of custom fields keep their type; everything else is text for the rules to judge. */
function customValue(field: CustomFieldDefinition, raw: CellValue, text: string): string | number {
  if (field.type === 'number') {
    if (typeof raw === 'number') return raw;
    const n = Number(text.replace(/,/g, ''));
    return Number.isFinite(n) && /^[-+]?[\d,.]+(e[-+]?\d+)?$/i.test(text) ? n : text;
  }
  return text;
}

/**
 * The column a violation of create's rules belongs to (its field path → the header as written), or ''
 * when it concerns the whole row.
 */
export function columnOfViolation(field: string, mapping: HeaderMapping): string {
  const head = field.split('.')[0] ?? '';
  const key: string | undefined = {
    name: 'name',
    kind: 'kind',
    phone: 'phone',
    phones: 'phone',
    email: 'email',
    source: 'source',
    tags: 'tags',
    notes: 'notes',
    level: 'level',
    customerClass: 'class',
    ownerId: 'owner',
    address: { province: 'province', city: 'city', district: 'district', detail: 'address' }[
      field.split('.')[1] ?? ''
    ],
    customFields: `custom:${field.split('.')[1] ?? ''}`,
  }[head];
  if (!key) return '';
  return headerOf(mapping, key) ?? standardHeader(key);
}

export function headerOf(mapping: HeaderMapping, key: string): string | undefined {
  for (const [index, column] of mapping.columns) {
    const id = column.kind === 'standard' ? column.key : `custom:${column.field.key}`;
    if (id === key) return mapping.headers.get(index);
  }
  return undefined;
}

const standardHeader = (key: string) =>
  importColumns.find((c) => c.key === key)?.zh ?? key.replace('custom:', '');

/** The header row of an export and of the template: the standard columns, then the custom fields. */
export function exportHeader(definitions: CustomFieldDefinition[]): string[] {
  return [...importColumns.map((c) => c.zh), ...definitions.map((d) => d.label)];
}

// Control characters other than tab and line breaks cannot be stored in an .xlsx (XML 1.0); C1
// controls are dropped with them.
const XML_INVALID = /[\p{Cc}\uFFFE\uFFFF]/gu;
const keepBreaks = (c: string) => (c === '\t' || c === '\n' || c === '\r' ? c : '');

/**
 * A text cell made safe for a spreadsheet: characters XML cannot hold are dropped, and a value that
 * starts with = + - @ tab or CR gets a leading apostrophe, so that Excel or LibreOffice never runs it
 * as a formula (OWASP "CSV/formula injection"). The import takes that apostrophe off again.
 */
export function safeCell(text: string | null | undefined): string {
  if (!text) return '';
  const clean = text.replace(XML_INVALID, keepBreaks);
  return /^[=+\-@\t\r]/.test(clean) ? `'${clean}` : clean;
}

const kindLabel: Record<CustomerKind, string> = {
  CUSTOMER_KIND_COMPANY: '公司',
  CUSTOMER_KIND_INDIVIDUAL: '个人',
};
const levelLabel: Record<CustomerLevel, string> = { ordinary: '普通', high_intent: '高意向' };

/** A record as an export row, in the order of exportHeader(definitions); `owner` as it should read. */
export function exportRow(
  c: Customer,
  owner: string,
  definitions: CustomFieldDefinition[],
): (string | number)[] {
  return [
    safeCell(c.name),
    kindLabel[c.kind],
    safeCell(c.phones.join(', ')),
    safeCell(c.email),
    safeCell(c.address.province),
    safeCell(c.address.city),
    safeCell(c.address.district),
    safeCell(c.address.detail),
    safeCell(c.source),
    safeCell(c.tags.join(', ')),
    safeCell(c.notes),
    levelLabel[c.level],
    c.customerClass ?? '',
    safeCell(owner),
    ...definitions.map((d) => {
      const v = c.customFields[d.key];
      return typeof v === 'number' ? v : safeCell(v);
    }),
  ];
}
