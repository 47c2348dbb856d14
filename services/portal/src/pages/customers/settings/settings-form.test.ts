import { describe, expect, it } from 'vitest';
import type { BranchCustomerSettings } from '../../../api/customers-settings.types';
import {
  SETTINGS_FORM_FIELDS,
  settingsChanges,
  settingsFieldOf,
  toSettingsForm,
  wholeNumberBound,
} from './settings-form';

const loaded: BranchCustomerSettings = {
  branchId: 'b1',
  entryReview: 'DUPLICATES',
  version: 3,
  updatedAt: '2026-11-20T08:00:00.000Z',
  updatedBy: 'u1',
  pool: {
    maxOwned: 50,
    reclaimBlockDays: 7,
    autoReturnDays: { ordinary: 30, highIntent: 60 },
    returnReminderDays: 3,
  },
  followUpDays: { A: 7, B: 14, C: 30, unclassified: 0 },
  churnAtRiskDays: 90,
  careLeadDays: 3,
};

describe('settings form', () => {
  it('shows the settings without the bookkeeping fields', () => {
    const form = toSettingsForm(loaded);
    expect(form).toEqual({
      entryReview: 'DUPLICATES',
      pool: loaded.pool,
      followUpDays: loaded.followUpDays,
      churnAtRiskDays: 90,
      careLeadDays: 3,
    });
    expect(form).not.toHaveProperty('version');
  });

  it('sends nothing when nothing changed', () => {
    expect(settingsChanges(loaded, toSettingsForm(loaded))).toBeNull();
  });

  it('sends only the changed sections, a section whole', () => {
    const values = toSettingsForm(loaded);
    values.entryReview = 'ALL';
    values.followUpDays = { ...values.followUpDays, B: 10 };
    expect(settingsChanges(loaded, values)).toEqual({
      entryReview: 'ALL',
      followUpDays: { A: 7, B: 10, C: 30, unclassified: 0 },
    });
  });

  it('sends a changed pool rule with the whole pool section, and the day counts', () => {
    const values = toSettingsForm(loaded);
    values.pool = { ...values.pool, autoReturnDays: { ordinary: 30, highIntent: 45 } };
    values.churnAtRiskDays = 0;
    values.careLeadDays = 7;
    expect(settingsChanges(loaded, values)).toEqual({
      pool: {
        maxOwned: 50,
        reclaimBlockDays: 7,
        autoReturnDays: { ordinary: 30, highIntent: 45 },
        returnReminderDays: 3,
      },
      churnAtRiskDays: 0,
      careLeadDays: 7,
    });
  });

  it('puts the service’s field names on the form’s fields', () => {
    expect(settingsFieldOf('pool.autoReturnDaysOrdinary')).toBe('pool.autoReturnDays.ordinary');
    expect(settingsFieldOf('pool.autoReturnDaysHighIntent')).toBe('pool.autoReturnDays.highIntent');
    expect(settingsFieldOf('followUpDays.A')).toBe('followUpDays.A');
    for (const field of ['pool.autoReturnDaysOrdinary', 'pool.maxOwned', 'careLeadDays', 'followUpDays.C']) {
      expect(SETTINGS_FORM_FIELDS).toContain(settingsFieldOf(field));
    }
  });

  it('reads the bound of a whole-number message', () => {
    expect(wholeNumberBound('a whole number from 0 to 3650')).toBe(3650);
    expect(wholeNumberBound('must be one of none, duplicates, all')).toBeNull();
  });
});
