import { describe, expect, it } from 'vitest';
import { BUILT_IN_ROLE_KEYS, DATA_SCOPES, EMPLOYEE_CATEGORIES } from '../api/types';
import {
  createTranslator,
  dictionaries,
  formatDuration,
  interpolate,
  permissionLabel,
  readStoredLocale,
  roleDescription,
  roleLabel,
  scopeLabel,
  translateServerMessage,
} from './core';

const zh = createTranslator('zh-CN');
const en = createTranslator('en-US');

describe('dictionaries', () => {
  it('have the same keys and no empty text', () => {
    expect(Object.keys(dictionaries['en-US']).sort()).toEqual(Object.keys(dictionaries['zh-CN']).sort());
    for (const messages of Object.values(dictionaries)) {
      for (const [key, text] of Object.entries(messages)) expect(text.trim(), key).not.toBe('');
    }
  });

  it('use the same placeholders in both languages', () => {
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, text] of Object.entries(dictionaries['zh-CN'])) {
      expect(names(dictionaries['en-US'][key as keyof (typeof dictionaries)['zh-CN']]), key).toEqual(
        names(text),
      );
    }
  });

  it('translate every built-in role, data scope, employee category and catalogue permission', () => {
    const catalogue =
      'users.read users.write roles.read roles.write branches.read branches.write departments.read departments.write employees.read employees.write sites.read sites.write audit.read customers.read customers.create customers.update customers.delete customers.purge customers.review customers.cards customers.settings customers.transfer customers.claim customers.import customers.export analytics.read'.split(
        ' ',
      );
    for (const t of [zh, en]) {
      for (const key of BUILT_IN_ROLE_KEYS) expect(roleLabel(t, { key, name: key })).not.toBe(key);
      for (const scope of DATA_SCOPES) expect(scopeLabel(t, scope)).not.toBe(scope);
      for (const c of EMPLOYEE_CATEGORIES) expect(t.tx(`employeeCategory.${c}`, c)).not.toBe(c);
      for (const p of catalogue) expect(permissionLabel(t, p)).not.toBe(p);
    }
    expect(DATA_SCOPES.map((s) => scopeLabel(zh, s))).toEqual([
      '本人',
      '本部门',
      '本部门及下级',
      '本分公司',
      '全部',
    ]);
  });
});

describe('built-in roles', () => {
  it('are described in the user’s language; custom roles as their creator wrote', () => {
    const english = "Reads their branch's customers and issues their cards at the counter.";
    expect(roleDescription(zh, { key: 'service_staff', description: english })).toBe(
      '查看本分公司的客户，并在柜台为客户发卡。',
    );
    expect(roleDescription(en, { key: 'service_staff', description: english })).toBe(english);
    for (const key of BUILT_IN_ROLE_KEYS)
      expect(roleDescription(zh, { key, description: 'English' })).not.toBe('English');
    expect(roleDescription(zh, { key: null, description: '南区文员' })).toBe('南区文员');
  });
});

describe('translator', () => {
  it('fills placeholders and leaves unknown ones', () => {
    expect(interpolate('{a} and {b}', { a: 1 })).toBe('1 and {b}');
    expect(zh.t('home.welcome', { name: '张三' })).toBe('欢迎您，张三');
  });

  it('falls back for keys built at run time', () => {
    expect(roleLabel(zh, { key: null, name: '华东销售' })).toBe('华东销售');
    expect(roleLabel(zh, { key: 'system_admin', name: 'x' })).toBe('系统管理员');
    expect(roleLabel(en, { key: 'unknown_key', name: 'Custom' })).toBe('Custom');
    expect(permissionLabel(zh, 'production.read')).toBe('production.read');
  });

  it('formats the lockout time', () => {
    expect(formatDuration(zh, 45)).toBe('45 秒');
    expect(formatDuration(zh, 900)).toBe('15 分钟');
    expect(formatDuration(zh, 61.2)).toBe('1 分 2 秒');
    expect(formatDuration(en, 125)).toBe('2 min 5 s');
  });

  it('translates the services’ common validation messages for Chinese only', () => {
    expect(translateServerMessage(zh, 'is required')).toBe('必填');
    expect(translateServerMessage(zh, 'at most 200 characters')).toBe('最多 200 个字符');
    expect(translateServerMessage(zh, 'must be at least 10 characters')).toBe('至少 10 个字符');
    expect(translateServerMessage(zh, 'must not contain the username')).toBe('不能包含用户名');
    expect(translateServerMessage(zh, 'must be a UUID')).toBe('不是有效的编号（UUID）');
    expect(translateServerMessage(zh, 'must not contain the NUL character (U+0000)')).toBe(
      '不能包含空字符（U+0000）',
    );
    expect(translateServerMessage(zh, 'something else')).toBe('something else');
    expect(translateServerMessage(en, 'is required')).toBe('is required');
  });
});

describe('readStoredLocale', () => {
  it('defaults to Chinese and remembers a valid choice', () => {
    expect(readStoredLocale(undefined)).toBe('zh-CN');
    expect(readStoredLocale({ getItem: () => 'en-US' })).toBe('en-US');
    expect(readStoredLocale({ getItem: () => 'fr-FR' })).toBe('zh-CN');
    expect(
      readStoredLocale({
        getItem: () => {
          throw new Error('denied');
        },
      }),
    ).toBe('zh-CN');
  });
});
