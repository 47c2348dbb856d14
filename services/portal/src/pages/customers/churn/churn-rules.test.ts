import { describe, expect, it } from 'vitest';
import { addDays, churnActions, daysSince, isValidPauseUntil } from './churn-rules';

describe('churn actions', () => {
  it('offers pause/confirm at risk, confirm or a new plan when paused, reactivate when confirmed', () => {
    expect(churnActions('at_risk', true)).toEqual(['pause', 'confirm']);
    expect(churnActions('paused', true)).toEqual(['pause', 'confirm']);
    expect(churnActions('confirmed', true)).toEqual(['reactivate']);
    expect(churnActions('active', true)).toEqual([]);
  });

  it('offers nothing without customers.update', () => {
    for (const status of ['at_risk', 'paused', 'confirmed', 'active'] as const) {
      expect(churnActions(status, false)).toEqual([]);
    }
  });
});

describe('pause date', () => {
  it('must be a real day after today', () => {
    expect(isValidPauseUntil('2026-12-01', '2026-11-23')).toBe(true);
    expect(isValidPauseUntil('2026-11-24', '2026-11-23')).toBe(true);
    expect(isValidPauseUntil('2026-11-23', '2026-11-23')).toBe(false);
    expect(isValidPauseUntil('2026-11-01', '2026-11-23')).toBe(false);
    expect(isValidPauseUntil('2027-02-29', '2026-11-23')).toBe(false);
    expect(isValidPauseUntil('2028-02-29', '2027-11-23')).toBe(true);
    expect(isValidPauseUntil('2026-13-01', '2026-11-23')).toBe(false);
    expect(isValidPauseUntil('2026/12/01', '2026-11-23')).toBe(false);
    expect(isValidPauseUntil(undefined, '2026-11-23')).toBe(false);
  });

  it('runs at most 366 days ahead', () => {
    expect(addDays('2026-11-23', 366)).toBe('2027-11-24');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(isValidPauseUntil('2027-11-24', '2026-11-23')).toBe(true);
    expect(isValidPauseUntil('2027-11-25', '2026-11-23')).toBe(false);
  });
});

describe('days since the last activity', () => {
  const now = new Date('2026-11-23T12:00:00Z');
  it('counts whole days, null when unknown', () => {
    expect(daysSince('2026-08-25T12:00:00Z', now)).toBe(90);
    expect(daysSince('2026-11-23T11:00:00Z', now)).toBe(0);
    expect(daysSince('2026-11-24T11:00:00Z', now)).toBe(0);
    expect(daysSince(null, now)).toBeNull();
    expect(daysSince('not a date', now)).toBeNull();
  });
});
