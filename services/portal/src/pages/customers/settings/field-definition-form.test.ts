import { describe, expect, it } from 'vitest';
import type { CustomFieldDefinition } from '../../../api/customers-settings.types';
import {
  cleanOptions,
  definitionFormValues,
  FIELD_KEY_PATTERN,
  nextPosition,
  sortDefinitions,
  toCreateDefinition,
  toUpdateDefinition,
} from './field-definition-form';

const def = (over: Partial<CustomFieldDefinition>): CustomFieldDefinition => ({
  id: 'd1',
  branchId: 'b1',
  key: 'industry',
  label: '行业',
  type: 'OPTION',
  options: ['养殖', '饲料'],
  required: false,
  position: 10,
  version: 2,
  ...over,
});

describe('field definitions', () => {
  it('sorts by position, then key', () => {
    const list = [
      def({ key: 'b', position: 10 }),
      def({ key: 'a', position: 10 }),
      def({ key: 'z', position: 0 }),
    ];
    expect(sortDefinitions(list).map((d) => d.key)).toEqual(['z', 'a', 'b']);
  });

  it('puts a new field after the last one', () => {
    expect(nextPosition([])).toBe(0);
    expect(nextPosition([def({ position: 20 }), def({ position: 5 })])).toBe(30);
    expect(nextPosition([def({ position: 9_995 })])).toBe(10_000);
    expect(definitionFormValues(null, [def({ position: 20 })])).toEqual({
      key: '',
      label: '',
      type: 'TEXT',
      options: [],
      required: false,
      position: 30,
    });
  });

  it('accepts the keys the service accepts', () => {
    expect(FIELD_KEY_PATTERN.test('industry_2')).toBe(true);
    expect(FIELD_KEY_PATTERN.test('2nd')).toBe(false);
    expect(FIELD_KEY_PATTERN.test('Industry')).toBe(false);
    expect(FIELD_KEY_PATTERN.test('a'.repeat(41))).toBe(false);
  });

  it('cleans the options: trimmed, no blanks, each once', () => {
    expect(cleanOptions([' 养殖 ', '', '饲料', '养殖', '  '])).toEqual(['养殖', '饲料']);
    expect(cleanOptions(undefined)).toEqual([]);
  });

  it('creates with options only for an option field', () => {
    const values = {
      key: ' level ',
      label: ' 规模 ',
      type: 'NUMBER' as const,
      options: ['x'],
      required: true,
      position: 5,
    };
    expect(toCreateDefinition(values, 'b1')).toEqual({
      branchId: 'b1',
      key: 'level',
      label: '规模',
      type: 'NUMBER',
      options: [],
      required: true,
      position: 5,
    });
    expect(
      toCreateDefinition({ ...values, type: 'OPTION', options: ['大', '大', '小'] }, 'b1').options,
    ).toEqual(['大', '小']);
  });

  it('patches only what changed, with the version as read', () => {
    const before = def({});
    expect(toUpdateDefinition(before, definitionFormValues(before, []))).toBeNull();
    expect(
      toUpdateDefinition(before, {
        ...definitionFormValues(before, []),
        label: '所属行业',
        options: ['养殖', '饲料', '兽药'],
      }),
    ).toEqual({ version: 2, label: '所属行业', options: ['养殖', '饲料', '兽药'] });
    expect(
      toUpdateDefinition(before, { ...definitionFormValues(before, []), required: true, position: 0 }),
    ).toEqual({
      version: 2,
      required: true,
      position: 0,
    });
  });

  it('never sends options for a field that is not an option field', () => {
    const text = def({ type: 'TEXT', options: [] });
    expect(toUpdateDefinition(text, { ...definitionFormValues(text, []), options: ['x'] })).toBeNull();
  });
});
