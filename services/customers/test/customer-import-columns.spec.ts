import type { CustomFieldDefinition } from '../src/domain/custom-fields';
import {
  cellText,
  columnOfViolation,
  exportHeader,
  exportRow,
  mapHeader,
  rowInput,
  safeCell,
  type HeaderMapping,
} from '../src/domain/customer-import-columns';

const definition = (over: Partial<CustomFieldDefinition>): CustomFieldDefinition => ({
  id: 'd1',
  branchId: 'main',
  key: 'industry',
  label: '行业',
  type: 'text',
  options: [],
  required: false,
  position: 0,
  version: 1,
  createdAt: new Date(0),
  updatedAt: new Date(0),
  ...over,
});

const mapped = (header: string[], defs: CustomFieldDefinition[] = []): HeaderMapping => {
  const m = mapHeader(header, defs);
  if (!m.ok) throw new Error(JSON.stringify(m.violations));
  return m.mapping;
};

describe('import column mapping', () => {
  it('accepts Chinese, English, bilingual and starred headers in any case, and custom fields by label or key', () => {
    const m = mapped(
      ['名称*', 'KIND', '电话/Phone', 'Tags (标签)', '行业', 'employees'],
      [definition({}), definition({ id: 'd2', key: 'employees', label: '员工数', type: 'number' })],
    );
    expect([...m.columns.values()].map((c) => (c.kind === 'standard' ? c.key : c.field.key))).toEqual([
      'name',
      'kind',
      'phone',
      'tags',
      'industry',
      'employees',
    ]);
    expect(m.headers.get(2)).toBe('电话/Phone');
  });

  it('names unknown columns, columns given twice and missing required ones (also required custom fields)', () => {
    const r = mapHeader(['名称', 'Name', 'Fax', '', null], [definition({ required: true })]);
    expect(r).toEqual({
      ok: false,
      violations: [
        { field: 'Name', message: 'names a column that appears twice' },
        { field: 'Fax', message: 'is not a column of the customers file' },
        { field: '类型/Kind', message: 'is a required column and missing' },
        { field: '行业', message: 'is a required custom field and its column is missing' },
      ],
    });
  });

  it('turns a row into the input of create: kinds, levels and classes in both languages, lists split', () => {
    const m = mapped(
      ['名称', '类型', '电话', '标签', '等级', '分类', '负责人', '省', '地址', '员工数'],
      [definition({ key: 'employees', label: '员工数', type: 'number' })],
    );
    const r = rowInput(
      [
        ' 青山农场 ',
        'Company',
        '138 0013 8000，010-6552 9988',
        'VIP、老客户, 重点',
        'High Intent',
        'b',
        'wang',
        '广东省',
        '天河路 1 号',
        '1,200',
      ],
      m,
    );
    expect(r.errors).toEqual([]);
    expect(r.owner).toBe('wang');
    expect(r.input).toEqual({
      name: '青山农场',
      kind: 'CUSTOMER_KIND_COMPANY',
      phones: ['138 0013 8000', '010-6552 9988'],
      tags: ['VIP', '老客户', '重点'],
      level: 'high_intent',
      customerClass: 'B',
      address: { province: '广东省', detail: '天河路 1 号' },
      customFieldsJson: '{"employees":1200}',
    });
    expect([...r.filled].sort()).toEqual(
      [
        'address',
        'class',
        'custom:employees',
        'kind',
        'level',
        'name',
        'owner',
        'phone',
        'province',
        'tags',
      ].sort(),
    );
  });

  it('reports kinds, levels and classes it cannot read, and leaves empty cells out', () => {
    const m = mapped(['名称', '类型', '等级', '分类', '邮箱']);
    const r = rowInput(['某店', '合伙', 'VIP', 'D', null], m);
    expect(r.errors.map((e) => [e.column.kind === 'standard' && e.column.key, e.code, e.message])).toEqual([
      ['kind', 'INVALID', 'must be 公司 or 个人 (company or individual)'],
      ['level', 'INVALID', 'must be 普通 or 高意向 (ordinary or high intent)'],
      ['class', 'INVALID', 'must be A, B or C'],
    ]);
    expect(r.input.email).toBeUndefined();
  });

  it('maps violations of create’s rules back to the column as written', () => {
    const m = mapped(['Name', '类型', 'Phone', '省', '行业'], [definition({})]);
    expect(columnOfViolation('phones.1', m)).toBe('Phone');
    expect(columnOfViolation('name', m)).toBe('Name');
    expect(columnOfViolation('address.province', m)).toBe('省');
    expect(columnOfViolation('customFields.industry', m)).toBe('行业');
    expect(columnOfViolation('acknowledgeDuplicates', m)).toBe('');
  });
});

describe('export cells', () => {
  it('neutralises formulas and drops what XML cannot hold; the import takes the apostrophe off again', () => {
    expect(safeCell("=cmd|' /C calc'!A0")).toBe("'=cmd|' /C calc'!A0");
    expect(safeCell('+8613800138000')).toBe("'+8613800138000");
    expect(safeCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(safeCell('-1')).toBe("'-1");
    expect(safeCell('a\u0000b\u0007c\td')).toBe('abc\td');
    expect(safeCell('普通文字')).toBe('普通文字');
    expect(cellText(safeCell('=1+1'))).toBe('=1+1');
    expect(cellText("'plain")).toBe("'plain");
    expect(cellText(new Date(Date.UTC(2024, 1, 29)))).toBe('2024-02-29');
  });

  it('writes a record in the columns of the header, owner and custom fields included', () => {
    const defs = [definition({})];
    expect(exportHeader(defs)).toEqual([
      '名称',
      '类型',
      '电话',
      '邮箱',
      '省',
      '市',
      '区',
      '地址',
      '来源',
      '标签',
      '备注',
      '等级',
      '分类',
      '负责人',
      '行业',
    ]);
    const row = exportRow(
      {
        name: '青山农场',
        kind: 'CUSTOMER_KIND_COMPANY',
        phones: ['+8613800138000', '+861065529988'],
        email: null,
        address: { province: '广东省', city: null, district: null, detail: null },
        source: null,
        tags: ['VIP', '老客户'],
        notes: null,
        level: 'high_intent',
        customerClass: 'A',
        customFields: { industry: '养殖' },
      } as never,
      'wang',
      defs,
    );
    expect(row).toEqual([
      '青山农场',
      '公司',
      "'+8613800138000, +861065529988",
      '',
      '广东省',
      '',
      '',
      '',
      '',
      'VIP, 老客户',
      '',
      '高意向',
      'A',
      'wang',
      '养殖',
    ]);
  });
});
