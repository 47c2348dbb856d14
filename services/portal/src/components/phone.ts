import { parsePhoneNumberFromString } from 'libphonenumber-js/min';

// The services store phones as E.164 (+8613912345678), so that a caller ID finds its customer. People
// read and write them the national way: mobiles in groups of 3-4-4 (138 1234 5678), landlines with the
// area code and its trunk 0 (010 1234 5678, 0571 8888 6666). This is the one place the portal turns
// one into the other; every table, detail, screen pop and pool mask shows phones through it.

/** China's two-digit area codes (Beijing 10, then 20–29); every other one has three digits. */
const TWO_DIGIT_AREA = /^(10|2\d)/;

/**
 * A stored phone as people write it: Chinese numbers nationally (`138 1234 5678`, `010 1234 5678`),
 * other countries' internationally (`+1 212 555 0100`). A pool mask (`+86138****5678`) keeps its
 * stars in the same groups (`138 **** 5678`). Anything that is not E.164 is shown as it was given.
 */
export function formatPhone(value: string | null | undefined): string {
  const phone = value?.trim() ?? '';
  if (!phone.startsWith('+')) return phone;
  if (phone.includes('*')) return formatMasked(phone);
  const parsed = parsePhoneNumberFromString(phone);
  if (!parsed) return phone;
  return parsed.country === 'CN' ? parsed.formatNational() : parsed.formatInternational();
}

/** Several phones on one line (a record's phones, a contact's). */
export function formatPhones(values: readonly string[], separator: string): string {
  return values.map(formatPhone).join(separator);
}

function formatMasked(masked: string): string {
  if (!masked.startsWith('+86')) return masked;
  const national = masked.slice(3);
  const mobile = /^(1\d\d)(\*{4})(\d{4})$/.exec(national);
  if (mobile) return `${mobile[1]} ${mobile[2]} ${mobile[3]}`;
  const area = TWO_DIGIT_AREA.test(national) ? national.slice(0, 2) : national.slice(0, 3);
  const local = national.slice(area.length);
  // The stars reach into the area code (a short local number): no groups to keep.
  if (area.includes('*')) return `0${national}`;
  if (local.length === 8) return `0${area} ${local.slice(0, 4)} ${local.slice(4)}`;
  return `0${area} ${local}`;
}
