import type { FieldViolation } from '@crm/errors';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

// A few of the most common long passwords; a real deployment adds a breached-password check.
const commonPasswords = new Set([
  'password123',
  'password1234',
  'passw0rd123',
  '1234567890',
  '12345678910',
  '0123456789',
  'qwertyuiop',
  'qwerty12345',
  'admin12345',
  'administrator',
  'iloveyou123',
  '1q2w3e4r5t',
  'abcdefghij',
  'a123456789',
  'zxcvbnm123',
]);

/**
 * Password rules: 10..128 characters (Unicode code points, so Chinese passwords count fairly), not
 * the username, not one character repeated, not a well-known password. Returns the problems, empty if
 * none.
 */
export function passwordProblems(password: string, username?: string, field = 'password'): FieldViolation[] {
  const length = [...password].length;
  const problem = (message: string) => [{ field, message }];
  if (length < PASSWORD_MIN_LENGTH) return problem(`must be at least ${PASSWORD_MIN_LENGTH} characters`);
  if (length > PASSWORD_MAX_LENGTH) return problem(`must be at most ${PASSWORD_MAX_LENGTH} characters`);
  const lower = password.toLowerCase();
  if (username && lower.includes(username.toLowerCase()) && username.length >= 3)
    return problem('must not contain the username');
  if (new Set(password).size === 1) return problem('must not be one character repeated');
  if (commonPasswords.has(lower)) return problem('is too common');
  return [];
}
