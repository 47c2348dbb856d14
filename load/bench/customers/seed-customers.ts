import type pg from 'pg';

// Generated customers for the benchmark, written with SQL straight into the customers tables (after
// the service's migrations), with the columns the repository writes, the normalised name among them.

const PREFIXES = [
  '青山',
  '绿野',
  '红星',
  '白云',
  '金穗',
  '东方',
  '华丰',
  '长城',
  '新华',
  '丰收',
  '碧水',
  '春晖',
  '宏达',
  '永安',
  '瑞丰',
  '恒通',
  '天成',
  '万家',
  '福满',
  '兴隆',
  '正大',
  '德信',
  '顺发',
  '同心',
  '阳光',
  '银河',
  '海天',
  '明珠',
  '和平',
  '友谊',
  '黄河',
  '泰山',
  '江南',
  '北方',
  '中原',
  '西部',
  '南湖',
  '东湖',
  '秀水',
  '清泉',
];
const SUFFIXES = [
  '家禽养殖场',
  '商贸有限公司',
  '农庄',
  '超市',
  '餐厅',
  '五金店',
  '饲料厂',
  '种植合作社',
  '食品公司',
  '药店',
  '物流公司',
  '酒店',
];
const PROVINCES = [
  ['广东省', '广州市'],
  ['浙江省', '杭州市'],
  ['江苏省', '南京市'],
  ['山东省', '济南市'],
  ['四川省', '成都市'],
  ['河南省', '郑州市'],
];

const sqlArray = (values: string[]) => `ARRAY[${values.map((v) => `'${v}'`).join(',')}]`;

/**
 * The name of generated customer g: mostly Chinese (prefix + kind of business + number), every tenth
 * an English company name. Kept in one SQL expression and one TS function so the benchmark knows
 * what it searches for.
 */
export const nameSql = `CASE WHEN g % 10 = 0 THEN 'Acme Trading ' || g
  ELSE (${sqlArray(PREFIXES)})[1 + g % ${PREFIXES.length}] || (${sqlArray(SUFFIXES)})[1 + (g / ${PREFIXES.length}) % ${SUFFIXES.length}] || g END`;

export function nameOf(g: number): string {
  if (g % 10 === 0) return `Acme Trading ${g}`;
  return `${PREFIXES[g % PREFIXES.length]}${SUFFIXES[Math.floor(g / PREFIXES.length) % SUFFIXES.length]}${g}`;
}

export const searchFragments = { prefixes: PREFIXES, suffixes: SUFFIXES };

/** E.164 of generated customer g (valid Chinese mobile numbers). */
export const phoneOf = (g: number) => `+86${13800000000 + g}`;
/** Card UID of generated customer g, when it has one (three in five do). */
export const cardOf = (g: number) => (g % 5 < 3 ? g.toString(16).toUpperCase().padStart(8, '0') : undefined);

/** Inserts customers 1..count (batches of 100,000) and their cards; returns the seconds it took. */
export async function seedCustomers(
  db: pg.Client,
  opts: { count: number; branchId: string; ownerId: string; log: (line: string) => void },
): Promise<number> {
  const started = performance.now();
  const batch = 100_000;
  for (let from = 1; from <= opts.count; from += batch) {
    const to = Math.min(opts.count, from + batch - 1);
    await db.query(
      `INSERT INTO customers (id, branch_id, owner_id, kind, name, name_normalized, phones, province, city,
         address_detail, level, grade_class, status, version, created_by, created_at, updated_at, owned_since)
       SELECT gen_random_uuid(), $1, $2,
         CASE WHEN g % 3 = 0 THEN 'CUSTOMER_KIND_INDIVIDUAL' ELSE 'CUSTOMER_KIND_COMPANY' END,
         n.name, lower(replace(n.name, ' ', '')), ARRAY['+86' || (13800000000 + g)::text],
         (${sqlArray(PROVINCES.map((p) => p[0]!))})[1 + g % ${PROVINCES.length}],
         (${sqlArray(PROVINCES.map((p) => p[1]!))})[1 + g % ${PROVINCES.length}],
         '建设路' || (g % 999 + 1) || '号',
         CASE WHEN g % 7 = 0 THEN 'high_intent' ELSE 'ordinary' END,
         (ARRAY['A','B','C', NULL])[1 + g % 4], 'active', 1, $2, t.at, t.at, t.at
       FROM generate_series($3::int, $4::int) g
       CROSS JOIN LATERAL (SELECT ${nameSql} AS name) n
       CROSS JOIN LATERAL (SELECT now() - make_interval(secs => $4 - g) AS at) t`,
      [opts.branchId, opts.ownerId, from, to],
    );
    opts.log(`  ${to.toLocaleString('en')} customers`);
  }
  // Cards: the UID is the customer's number in hex, so the benchmark can pick holders at random.
  await db.query(
    `INSERT INTO customer_cards (id, customer_id, branch_id, uid, status, issued_at, issued_by)
     SELECT gen_random_uuid(), c.id, c.branch_id, upper(lpad(to_hex(p.g), 8, '0')), 'active', c.created_at, $1
     FROM customers c CROSS JOIN LATERAL (SELECT substr(c.phones[1], 4)::bigint - 13800000000 AS g) p
     WHERE p.g % 5 < 3`,
    [opts.ownerId],
  );
  // As a database that has been running: statistics current, GIN pending lists merged.
  await db.query('VACUUM (ANALYZE) customers');
  await db.query('VACUUM (ANALYZE) customer_cards');
  return (performance.now() - started) / 1000;
}
