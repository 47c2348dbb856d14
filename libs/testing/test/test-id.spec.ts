import { testId } from '../src';

describe('testId', () => {
  it('gives a label the same UUID every time, and another label another one', () => {
    expect(testId('east')).toBe(testId('east'));
    expect(testId('east')).not.toBe(testId('west'));
    expect(testId('east')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
