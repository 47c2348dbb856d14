import type { DomainError } from '@crm/errors';
import {
  addDays,
  calendarDay,
  daysBetween,
  monthDaysInWindow,
  nextOccurrence,
} from '../src/domain/calendar-day';
import {
  activityTransition,
  confirmTransition,
  isAtRisk,
  pauseTransition,
  reactivateTransition,
  sweepTransition,
} from '../src/domain/churn-rules';
import { activeChurn, type ChurnState } from '../src/domain/customer';
import { checkDocument, sanitizeFileName, sniffContentType } from '../src/domain/document-rules';

const DAY = 86_400_000;

describe('calendar days and yearly occasions', () => {
  it.each([
    ['1990-05-20', '2027-05-01', '2027-05-20'],
    ['1990-05-20', '2027-05-20', '2027-05-20'],
    ['1990-05-20', '2027-05-21', '2028-05-20'],
    ['2000-02-29', '2027-02-01', '2027-02-28'],
    ['2000-02-29', '2028-02-01', '2028-02-29'],
    ['2000-02-29', '2027-03-01', '2028-02-29'],
    ['2000-02-29', '2028-03-01', '2029-02-28'],
    ['1999-12-31', '2027-12-31', '2027-12-31'],
    ['1999-01-01', '2027-12-31', '2028-01-01'],
  ])('%s next from %s is %s', (date, today, expected) => {
    expect(nextOccurrence(date, today)).toBe(expected);
  });

  it('counts days across months, years and Feb 29', () => {
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2027-02-28', '2027-03-01')).toBe(1);
    expect(addDays('2027-12-30', 3)).toBe('2028-01-02');
  });

  it('narrows the query to the window’s month-days, with 02-29 when Feb 28 of a common year is in it', () => {
    expect(monthDaysInWindow('2027-02-27', 2)).toEqual(['02-27', '02-28', '02-29', '03-01']);
    expect(monthDaysInWindow('2028-02-27', 2)).toEqual(['02-27', '02-28', '02-29']);
    expect(monthDaysInWindow('2027-12-31', 1)).toEqual(['01-01', '12-31']);
  });

  it('takes "today" in the business time zone, not UTC', () => {
    // 17:00 UTC on Feb 28 is already Mar 1 in Shanghai (UTC+8).
    expect(calendarDay(new Date('2027-02-28T17:00:00Z'), 'Asia/Shanghai')).toBe('2027-03-01');
    expect(calendarDay(new Date('2027-02-28T17:00:00Z'), 'UTC')).toBe('2027-02-28');
  });
});

describe('churn state rules', () => {
  const created = new Date('2026-01-01T00:00:00Z');
  const now = new Date('2026-06-01T00:00:00Z');
  const state = (over: Partial<ChurnState>): ChurnState => ({ ...activeChurn(created), ...over });

  it('is at risk once the period has passed, never with 0 days', () => {
    expect(isAtRisk(new Date(now.getTime() - 90 * DAY), 90, now)).toBe(true);
    expect(isAtRisk(new Date(now.getTime() - 89 * DAY), 90, now)).toBe(false);
    expect(isAtRisk(created, 0, now)).toBe(false);
  });

  it('the sweep flags an inactive active customer once, leaves flagged and confirmed ones, ends pauses', () => {
    expect(sweepTransition(state({}), created, 90, now, '2026-06-01')).toMatchObject({
      event: 'churn_flagged',
      next: { status: 'at_risk', flaggedAt: now },
    });
    expect(sweepTransition(state({ status: 'at_risk' }), created, 90, now, '2026-06-01')).toBeUndefined();
    expect(sweepTransition(state({ status: 'confirmed' }), created, 90, now, '2026-06-01')).toBeUndefined();
    const paused = state({ status: 'paused', pauseUntil: '2026-06-01', pausePlan: 'p' });
    expect(sweepTransition(paused, created, 90, now, '2026-06-01')).toBeUndefined();
    expect(sweepTransition(paused, created, 90, now, '2026-06-02')).toMatchObject({ event: 'churn_flagged' });
    expect(sweepTransition(paused, created, 400, now, '2026-06-02')).toMatchObject({
      event: 'churn_reactivated',
      cause: 'pause_ended',
      next: { status: 'active', pausePlan: null },
    });
  });

  it('pause needs a risk, confirm anything but confirmed, reactivate a confirmation; activity ends risk and pause', () => {
    const code = (fn: () => unknown) => {
      try {
        fn();
        return 'ok';
      } catch (e) {
        return (e as DomainError).code;
      }
    };
    const input = { plan: 'visit', until: '2026-06-10' };
    expect(code(() => pauseTransition(state({}), input, 'u', now))).toBe('FAILED_PRECONDITION');
    expect(pauseTransition(state({ status: 'at_risk' }), input, 'u', now).next).toMatchObject({
      status: 'paused',
      pauseUntil: '2026-06-10',
      changedBy: 'u',
    });
    expect(code(() => confirmTransition(state({ status: 'confirmed' }), 'gone', 'u', now))).toBe(
      'FAILED_PRECONDITION',
    );
    expect(confirmTransition(state({}), 'gone', 'u', now).next).toMatchObject({
      status: 'confirmed',
      reason: 'gone',
    });
    expect(code(() => reactivateTransition(state({ status: 'at_risk' }), 'u', now))).toBe(
      'FAILED_PRECONDITION',
    );
    expect(reactivateTransition(state({ status: 'confirmed' }), 'u', now)).toMatchObject({
      lastActivityAt: now,
      next: { status: 'active', lastActivityAt: now },
    });
    expect(activityTransition(state({ status: 'paused', pausePlan: 'p' }), now)).toMatchObject({
      cause: 'activity',
      next: { status: 'active', pausePlan: null },
    });
    expect(activityTransition(state({ status: 'confirmed' }), now)).toBeUndefined();
    expect(activityTransition(state({}), now)).toBeUndefined();
  });
});

describe('document rules', () => {
  const bytes = (...parts: (string | number[])[]) =>
    Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

  it('recognises the allowed types by their magic bytes and nothing else', () => {
    expect(sniffContentType(bytes('%PDF-1.7\n'))).toBe('application/pdf');
    expect(sniffContentType(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('image/png');
    expect(sniffContentType(bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe('image/jpeg');
    expect(sniffContentType(bytes('GIF89a', [1, 0]))).toBe('image/gif');
    expect(sniffContentType(bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 '))).toBe('image/webp');
    expect(sniffContentType(Buffer.from('名称,数量\r\n鸡苗,1\r\n'))).toBe('text');
    expect(sniffContentType(bytes([0xef, 0xbb, 0xbf], 'with BOM'))).toBe('text');
    expect(sniffContentType(bytes([0x7f, 0x45, 0x4c, 0x46, 2, 1]))).toBeUndefined();
    expect(sniffContentType(bytes('MZ', [0x90, 0, 3]))).toBeUndefined();
    expect(sniffContentType(bytes([0xc3, 0x28]))).toBeUndefined(); // invalid UTF-8
    expect(sniffContentType(bytes('text with NUL', [0]))).toBeUndefined();
    expect(sniffContentType(bytes('PK', [3, 4], 'not really a zip'))).toBeUndefined();
  });

  it('sanitises file names: no paths, no control or bidi characters, reserved ones replaced, length kept', () => {
    expect(sanitizeFileName('../../etc/passwd.txt')).toBe('passwd.txt');
    expect(sanitizeFileName('C:\\dir\\报价.xlsx')).toBe('报价.xlsx');
    expect(sanitizeFileName('a\u0000b\u202Ec\r\n.pdf')).toBe('abc.pdf');
    expect(sanitizeFileName('x<y>:"z".pdf')).toBe('x_y___z_.pdf');
    expect(sanitizeFileName(' ..hidden.txt')).toBe('hidden.txt');
    expect(sanitizeFileName('..')).toBe('');
    const long = sanitizeFileName(`${'长'.repeat(300)}.docx`);
    expect([...long].length).toBe(255);
    expect(long.endsWith('.docx')).toBe(true);
  });

  it('agrees bytes, extension and declared type, and the size', () => {
    const pdf = bytes('%PDF-1.4\n');
    const violation = (input: Parameters<typeof checkDocument>[0], max = 1000) => {
      try {
        checkDocument(input, max);
        return 'ok';
      } catch (e) {
        return (e as DomainError).violations[0]?.field;
      }
    };
    expect(
      checkDocument({ fileName: 'a.PDF', declaredContentType: 'application/pdf', content: pdf }, 1000),
    ).toEqual({
      fileName: 'a.PDF',
      contentType: 'application/pdf',
    });
    expect(
      checkDocument(
        { fileName: 'a.csv', declaredContentType: 'text/csv; charset=utf-8', content: bytes('a,b') },
        1000,
      ),
    ).toEqual({ fileName: 'a.csv', contentType: 'text/csv' });
    expect(violation({ fileName: 'a.png', declaredContentType: '', content: pdf })).toBe('file');
    expect(violation({ fileName: 'a.pdf', declaredContentType: 'image/png', content: pdf })).toBe(
      'contentType',
    );
    expect(violation({ fileName: 'a.exe', declaredContentType: '', content: pdf })).toBe('fileName');
    expect(violation({ fileName: 'a.pdf', declaredContentType: '', content: pdf }, 5)).toBe('file');
    expect(violation({ fileName: 'a.txt', declaredContentType: '', content: Buffer.alloc(0) })).toBe('file');
  });
});
