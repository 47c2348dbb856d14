import { displayWidth, formatDemoReport } from '../demo-report';
import type { DemoOutcome } from '../demo-runner';

const outcome = (over: Partial<DemoOutcome> = {}): DemoOutcome => ({
  status: 'loaded',
  parts: [
    { name: 'identity', ms: 1200, made: [] },
    { name: 'customers', ms: 6100, made: [] },
  ],
  ms: 7400,
  branches: [
    { id: 'b-hq', code: 'HQ', name: '总部' },
    { id: 'b-sz', code: 'SZ', name: '宿州分公司' },
  ],
  users: [
    {
      id: 'u1',
      username: 'li.na',
      role: 'sales_supervisor',
      branchId: 'b-hq',
      displayName: '李娜',
      extension: '8100',
      password: 'Pw-li-na-1',
    },
    {
      id: 'u2',
      username: 'zhao.min',
      role: 'account_manager',
      branchId: 'b-sz',
      displayName: '赵敏',
      extension: '6101',
      password: 'Pw-zhao-m-2',
    },
  ],
  sites: [{ id: 's1', branchId: 'b-hq', name: '总部门市部', key: 'site-key-1' }],
  customers: [
    {
      id: 'c2',
      branchId: 'b-sz',
      ownerId: null,
      name: '萧县青山养殖场',
      phone: null,
      cardUid: '04D30000000002',
    },
    {
      id: 'c1',
      branchId: 'b-hq',
      ownerId: 'u1',
      name: '肥西县绿野禽业有限公司',
      phone: null,
      cardUid: '04D30000000001',
    },
  ],
  account: { id: 'u-demo', username: 'demo' },
  adminPasswordChosenByRunner: true,
  ...over,
});

describe('formatDemoReport', () => {
  it('lists who to sign in as with their passwords once, in columns a terminal aligns (CJK is two wide)', () => {
    const report = formatDemoReport(outcome(), 'http://127.0.0.1:8080');
    expect(report).toContain('  Demo data loaded in 7.4 s (identity 1.2 s, customers 6.1 s).');
    const table = report.split('\n').filter((line) => /^ {4}(USERNAME|admin|li\.na|zhao\.min) /.test(line));
    expect(table).toHaveLength(4);
    // Every column starts at the same screen column on every row.
    const starts = (line: string) =>
      [...line.matchAll(/(?<= {2})\S/g)].map((m) => displayWidth(line.slice(0, m.index)));
    for (const line of table) expect(starts(line)).toEqual(starts(table[0] as string));
    expect(table[1]).toContain('(the banner above)');
    for (const password of ['Pw-li-na-1', 'Pw-zhao-m-2', 'site-key-1'])
      expect(report.split(password)).toHaveLength(2);
    expect(report).toContain(
      '  Test tap: 系统管理 → 站点 → 总部门市部 → 测试刷卡 with card UID 04D30000000001: it pops 肥西县绿野禽业有限公司',
    );
    expect(report).toContain('"demo" (演示数据), a system administrator whose password nobody knows');
  });

  it('names CRM_ADMIN_PASSWORD when the administrator password was given, says when only part was loaded, nothing when refused', () => {
    expect(formatDemoReport(outcome({ adminPasswordChosenByRunner: false }), 'x')).toContain(
      '(your CRM_ADMIN_PASSWORD)',
    );
    expect(formatDemoReport(outcome({ status: 'failed' }), 'x')).toContain(
      '  Demo data: only partly loaded (a part failed, see above).',
    );
    expect(formatDemoReport(outcome({ status: 'refused' }), 'x')).toBe('');
  });
});
