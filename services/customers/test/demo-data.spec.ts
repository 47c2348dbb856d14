// The customers of the demo data (services/customers/demo): what its Excel file and its calls carry
// must pass the service's own rules, or `npm start -- --demo` fails half-way.
import ExcelJS from 'exceljs';
import { customerRows, customerWorkbook, type Taken } from '../demo/customer-rows';
import { HEAD_OFFICE_REGIONS, SUZHOU_REGIONS } from '../demo/people';
import { contacts, firstOrderAnniversary, followUps } from '../demo/timeline-entries';
import { checkNewCustomer, createCustomerInput } from '../src/domain/create-customer.use-case';
import { contactList, anniversaryList } from '../src/domain/customer-input';
import { mapHeader, rowInput, type CellValue } from '../src/domain/customer-import-columns';
import { normalizeName } from '../src/domain/name-normalizer';
import { normalizePhoneNumber } from '../src/domain/phone-number';

/** A fixed sequence (the runner seeds each part's own generator the same way on every machine). */
const random = (() => {
  let state = 20_260_310;
  return () => (state = (state * 48_271) % 2_147_483_647) / 2_147_483_647;
})();
const taken: Taken = { names: new Set(), phones: new Set() };
const owners = ['zhang.wei', 'liu.yang', 'li.na'];
const headOffice = customerRows(random, 1800, HEAD_OFFICE_REGIONS, owners, taken);
const suzhou = customerRows(random, 1200, SUZHOU_REGIONS, ['zhao.min', 'sun.li'], taken);
const rows = [...headOffice, ...suzhou];

describe('the demo customers', () => {
  it('have names and phones that no other demo customer has, also after normalisation (the duplicate check)', () => {
    expect(new Set(rows.map((r) => normalizeName(r.name))).size).toBe(rows.length);
    const phones = rows.flatMap((r) => r.phones.map((p) => p.e164));
    expect(new Set(phones).size).toBe(phones.length);
  });

  it('have phones written as people write them that the service reads as the E.164 numbers they are', () => {
    for (const phone of rows.flatMap((r) => r.phones)) {
      expect(phone.written).toMatch(/^(1\d{2} \d{4} \d{4}|0\d{2,3}-\d{3,4} \d{4})$/);
      expect(normalizePhoneNumber(phone.written)).toBe(phone.e164);
    }
    // Landlines too, with the area codes of both branches' regions.
    expect(rows.some((r) => r.phones.some((p) => p.written.startsWith('0551-')))).toBe(true);
    expect(rows.some((r) => r.phones.some((p) => p.written.startsWith('0557-')))).toBe(true);
  });

  it('are mostly companies, in every grade and class, owned by the branch staff given', () => {
    const share = (test: (r: (typeof rows)[number]) => boolean) => rows.filter(test).length / rows.length;
    expect(share((r) => r.kind === '公司')).toBeGreaterThan(0.6);
    expect(share((r) => r.level === '高意向')).toBeGreaterThan(0.1);
    for (const cls of ['A', 'B', 'C', ''] as const)
      expect(share((r) => r.customerClass === cls)).toBeGreaterThan(0.05);
    expect(new Set(headOffice.map((r) => r.owner))).toEqual(new Set(owners));
    expect(new Set(suzhou.map((r) => r.address.city))).toContain('宿州市');
  });

  it('come as a customers file whose every row the import takes, with the values the rows had', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await customerWorkbook(headOffice)) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
    const cells = (n: number) =>
      ((sheet.getRow(n).values as CellValue[]).slice(1) ?? []).map((v) => v ?? null);
    const header = mapHeader(cells(1), []);
    if (!header.ok) throw new Error(JSON.stringify(header.violations));
    expect(sheet.rowCount).toBe(headOffice.length + 1);
    for (const [i, row] of headOffice.entries()) {
      const read = rowInput(cells(i + 2), header.mapping);
      expect(read.errors).toEqual([]);
      const checked = checkNewCustomer(createCustomerInput.safeParse(read.input), undefined, []);
      if (!checked.ok) throw new Error(`row ${i + 2} (${row.name}): ${JSON.stringify(checked.violations)}`);
      expect(checked.phones).toEqual(row.phones.map((p) => p.e164));
      expect(read.owner).toBe(row.owner);
    }
  });

  it('get contacts, anniversaries and follow-ups the API takes: valid phones, past follow-ups, calendar days', () => {
    const now = new Date('2026-03-10T08:00:00Z');
    const phones = new Set(taken.phones);
    for (let i = 0; i < 300; i++) {
      const made = contacts(random, now, phones);
      expect(contactList.safeParse(made).success).toBe(true);
      for (const c of made)
        for (const p of c.phones) expect(normalizePhoneNumber(p)).toMatch(/^\+861\d{10}$/);
      expect(anniversaryList.safeParse([firstOrderAnniversary(random, now)]).success).toBe(true);
      for (const entry of followUps(random, now)) {
        expect(Date.parse(entry.occurredAt)).toBeLessThan(now.getTime());
        expect(entry.summary.length).toBeGreaterThan(5);
      }
    }
    // A contact's phone is nobody else's either.
    expect(phones.size).toBeGreaterThan(taken.phones.size + 300);
  });
});
