import { testPassword } from '@crm/testing';
import { adminPasswordBanner } from '../src/identity.service';
import { lockDurationSeconds, lockSchedule } from '../src/domain/lockout-policy';
import { passwordProblems } from '../src/domain/password-policy';

const GENERATED = testPassword();

describe('password policy', () => {
  it.each([
    ['Sicheres-Passwort-42', undefined],
    ['新的密码很长很安全-2026', undefined],
    ['correct horse battery staple', undefined],
  ])('accepts %j', (password) => expect(passwordProblems(password, 'zhang.san')).toEqual([]));

  it.each([
    ['short1', 'must be at least 10 characters'],
    ['密码太短了', 'must be at least 10 characters'],
    ['x'.repeat(129), 'must be at most 128 characters'],
    ['aaaaaaaaaaaa', 'must not be one character repeated'],
    ['Password123', 'is too common'],
    ['zhang.san-2026!', 'must not contain the username'],
  ])('refuses %j: %s', (password, message) => {
    expect(passwordProblems(password, 'zhang.san')).toEqual([{ field: 'password', message }]);
  });

  it('counts characters, not UTF-16 units, and names the field it was given', () => {
    expect(passwordProblems('😀🐣'.repeat(5))).toEqual([]); // 10 characters, 20 UTF-16 units
    expect(passwordProblems('😀'.repeat(5), undefined, 'newPassword')).toEqual([
      { field: 'newPassword', message: 'must be at least 10 characters' },
    ]);
  });
});

describe('lockout backoff', () => {
  const policy = { baseSeconds: 60, maxSeconds: 3600 };

  it('doubles with each lock in a row, up to the maximum', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 100].map((n) => lockDurationSeconds(n, policy))).toEqual([
      60, 120, 240, 480, 960, 1920, 3600, 3600, 3600,
    ]);
  });

  it('gives the schedule up to the cap, which then repeats', () => {
    expect(lockSchedule(policy)).toEqual([60, 120, 240, 480, 960, 1920, 3600]);
    expect(lockSchedule({ baseSeconds: 1, maxSeconds: 1 })).toEqual([1]);
    expect(lockSchedule({ baseSeconds: 5, maxSeconds: 86_400 }).at(-1)).toBe(86_400);
  });
});

describe('bootstrap banner', () => {
  it('shows a generated password, and nothing when the password was configured', () => {
    const banner = adminPasswordBanner({
      admin: { username: 'admin', branchCode: 'HQ' },
      generatedPassword: GENERATED,
    });
    expect(banner).toContain(`password: ${GENERATED}`);
    expect(banner).toContain('shown only this once');
    expect(adminPasswordBanner({ admin: { username: 'admin', branchCode: 'HQ' } })).toBeUndefined();
    expect(adminPasswordBanner({})).toBeUndefined();
  });
});
