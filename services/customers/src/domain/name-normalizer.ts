/**
 * The duplicate-check key of a name: NFKC (full-width → half-width), lower case, without white space,
 * punctuation and symbols, so `青山 家禽（养殖场）` and `青山家禽(养殖场)` are the same.
 */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}
