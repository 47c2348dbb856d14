import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';

/** Characters a typed or dialled number may contain besides digits (full-width forms are folded first). */
const PHONE_CHARS = /^\+?[\d\s\-()./]+$/;

/**
 * Normalises a phone number typed in any common format to E.164 (libphonenumber's full metadata, so a
 * number must be valid for its country, not just of plausible length), so that an incoming call's
 * caller id finds the customer. National numbers are read in `defaultRegion` (CN): `138 0013 8000`,
 * `010-6552 9988`; `+CC…` and `00CC…` are international. Returns undefined for anything else,
 * including text around a number and extensions.
 */
export function normalizePhoneNumber(raw: string, defaultRegion: CountryCode = 'CN'): string | undefined {
  const folded = raw.normalize('NFKC').trim();
  if (folded.length === 0 || folded.length > 40 || !PHONE_CHARS.test(folded)) return undefined;
  const international = folded.startsWith('00') ? `+${folded.slice(2)}` : folded;
  const parsed = parsePhoneNumberFromString(international, defaultRegion);
  if (!parsed?.isValid()) return undefined;
  return parsed.number;
}

/**
 * A search term for phones: the full number when it is one, else its digits when there are 4 to 15 of
 * them (a fragment such as the last digits), else undefined.
 */
export function phoneSearchTerm(raw: string): { e164: string } | { digits: string } | undefined {
  const e164 = normalizePhoneNumber(raw);
  if (e164) return { e164 };
  const folded = raw.normalize('NFKC').trim();
  if (!PHONE_CHARS.test(folded)) return undefined;
  const digits = folded.replace(/\D/g, '');
  return digits.length >= 4 && digits.length <= 15 ? { digits } : undefined;
}

/** +8613800138000 → +86138****8000: enough to recognise, not enough to call. */
export function maskPhone(e164: string): string {
  if (e164.length < 10) return `${e164.slice(0, 3)}****`;
  return `${e164.slice(0, e164.length - 8)}****${e164.slice(-4)}`;
}
