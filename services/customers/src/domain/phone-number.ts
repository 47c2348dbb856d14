/**
 * Normalises a phone number typed in any common Chinese or international format to E.164, so that an
 * incoming call's caller id finds the customer. Returns undefined for something that is not a number.
 * (Full per-country rules arrive with the customer issue; this covers +CC…, 00CC…, CN mobiles and
 * CN landlines with their area code.)
 */
export function normalizePhoneNumber(raw: string): string | undefined {
  const compact = raw.trim().replace(/[\s\-().]/g, '');
  let digits: string;
  if (compact.startsWith('+')) digits = compact.slice(1);
  else if (compact.startsWith('00')) digits = compact.slice(2);
  else if (/^1[3-9]\d{9}$/.test(compact)) digits = `86${compact}`;
  else if (/^0[1-9]\d{8,10}$/.test(compact)) digits = `86${compact.slice(1)}`;
  else return undefined;
  return /^[1-9]\d{7,14}$/.test(digits) ? `+${digits}` : undefined;
}
