import { describe, expect, it } from 'vitest';
import { dueTone, overdueDays } from './follow-up-rules';

describe('due follow-ups', () => {
  const now = new Date('2026-11-23T12:00:00Z');

  it('counts whole days past due, 0 on the first day', () => {
    expect(overdueDays('2026-11-20T12:00:00Z', now)).toBe(3);
    expect(overdueDays('2026-11-20T12:00:01Z', now)).toBe(2);
    expect(overdueDays('2026-11-23T01:00:00Z', now)).toBe(0);
    expect(overdueDays('2026-11-24T01:00:00Z', now)).toBe(0);
  });

  it('is null for an unknown time', () => {
    expect(overdueDays(null, now)).toBeNull();
    expect(overdueDays('soon', now)).toBeNull();
  });

  it('is overdue from a full day late', () => {
    expect(dueTone(0)).toBe('today');
    expect(dueTone(1)).toBe('overdue');
    expect(dueTone(40)).toBe('overdue');
  });
});
