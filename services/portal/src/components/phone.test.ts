import { describe, expect, it } from 'vitest';
import { formatPhone, formatPhones } from './phone';

describe('formatPhone', () => {
  it('writes Chinese mobiles in groups of 3-4-4', () => {
    expect(formatPhone('+8613912345678')).toBe('139 1234 5678');
    expect(formatPhone('+8613812345678')).toBe('138 1234 5678');
  });

  it('writes Chinese landlines with their area code and trunk 0', () => {
    expect(formatPhone('+861012345678')).toBe('010 1234 5678');
    expect(formatPhone('+862087654321')).toBe('020 8765 4321');
    expect(formatPhone('+8657188886666')).toBe('0571 8888 6666');
  });

  it('writes other countries’ numbers internationally', () => {
    expect(formatPhone('+12125550100')).toBe('+1 212 555 0100');
    expect(formatPhone('+85291234567')).toBe('+852 9123 4567');
  });

  it('keeps a pool mask’s stars in the same groups', () => {
    // As the customers service masks them: all but the country code, the first digits and the last four.
    expect(formatPhone('+86139****5678')).toBe('139 **** 5678');
    expect(formatPhone('+8610****5678')).toBe('010 **** 5678');
    expect(formatPhone('+86571****6666')).toBe('0571 **** 6666');
    expect(formatPhone('+1212****0100')).toBe('+1212****0100');
  });

  it('shows what is not E.164 as it was given, and nothing for nothing', () => {
    expect(formatPhone('021-5555 0101')).toBe('021-5555 0101');
    expect(formatPhone('+86 nonsense')).toBe('+86 nonsense');
    expect(formatPhone(null)).toBe('');
    expect(formatPhone(undefined)).toBe('');
    expect(formatPhone('')).toBe('');
  });

  it('joins several', () => {
    expect(formatPhones(['+8613912345678', '+861012345678'], '，')).toBe('139 1234 5678，010 1234 5678');
  });
});
