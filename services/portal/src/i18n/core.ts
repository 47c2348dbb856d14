import { enUS } from './en-US';
import { zhCN, type MessageKey, type Messages } from './zh-CN';

export type { MessageKey, Messages } from './zh-CN';

export const LOCALES = ['zh-CN', 'en-US'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';
export const LOCALE_STORAGE_KEY = 'crm.locale';

export const dictionaries: Record<Locale, Messages> = { 'zh-CN': zhCN, 'en-US': enUS };

export type Vars = Record<string, string | number>;

export interface Translator {
  locale: Locale;
  /** A key of the dictionary, with `{name}` placeholders filled. */
  t(key: MessageKey, vars?: Vars): string;
  /** A key built at run time (e.g. `role.${key}`); `fallback` when the dictionary lacks it. */
  tx(key: string, fallback: string, vars?: Vars): string;
}

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (LOCALES as readonly string[]).includes(value);

export const isMessageKey = (key: string): key is MessageKey => Object.hasOwn(zhCN, key);

export function interpolate(template: string, vars?: Vars): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(vars, name) ? String(vars[name]) : whole,
  );
}

export function createTranslator(locale: Locale): Translator {
  const messages = dictionaries[locale];
  return {
    locale,
    t: (key, vars) => interpolate(messages[key] ?? key, vars),
    tx: (key, fallback, vars) => (isMessageKey(key) ? interpolate(messages[key], vars) : fallback),
  };
}

/** The remembered choice, else the default (zh-CN: the users are Chinese-speaking branch staff). */
export function readStoredLocale(storage: Pick<Storage, 'getItem'> | undefined): Locale {
  try {
    const stored = storage?.getItem(LOCALE_STORAGE_KEY);
    return isLocale(stored) ? stored : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

export function formatDuration({ t }: Translator, totalSeconds: number): string {
  const seconds = Math.max(0, Math.ceil(totalSeconds));
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  if (m === 0) return t('duration.seconds', { s });
  if (s === 0) return t('duration.minutes', { m });
  return t('duration.minutesSeconds', { m, s });
}

/** Built-in roles are shown translated by key; custom roles by their name. */
export function roleLabel({ tx }: Translator, role: { key: string | null; name: string }): string {
  return role.key ? tx(`role.${role.key}`, role.name) : role.name;
}

/** Built-in roles' descriptions in the user's language (the API keeps the English of the catalogue). */
export function roleDescription(
  { tx }: Translator,
  role: { key: string | null; description: string },
): string {
  return role.key ? tx(`roleDesc.${role.key}`, role.description) : role.description;
}

export function permissionLabel({ tx }: Translator, key: string): string {
  return tx(`perm.${key}`, key);
}

export function permissionGroupLabel({ tx }: Translator, group: string): string {
  return tx(`permGroup.${group}`, group);
}

export function scopeLabel({ tx }: Translator, scope: string): string {
  return tx(`scope.${scope}`, scope);
}

/** The services' validation messages (sent in English) in the user's language; unknown ones as sent. */
const serverMessages: [RegExp, MessageKey][] = [
  [/^(is )?required$/i, 'server.isRequired'],
  [/already exists$/i, 'server.alreadyExists'],
  [/^is not a phone number$/i, 'server.notPhone'],
  [/^is not an e-?mail address$/i, 'server.notEmail'],
  [/^must not contain the username$/i, 'server.noUsername'],
  [/^must not be one character repeated$/i, 'server.repeated'],
  [/^is too common$/i, 'server.tooCommon'],
  [/^must differ from the current password$/i, 'server.differFromCurrent'],
  [/^is wrong$/i, 'server.isWrong'],
  [/^only letters, digits, "_" and "-"$/i, 'server.codeChars'],
  [/^only letters, digits, ".", "_" and "-"$/i, 'server.usernameChars'],
  [/^no such branch$/i, 'server.noSuchBranch'],
  [/^no such department in the branch$/i, 'server.noSuchDepartment'],
  [/^must not contain control characters$/i, 'server.controlChars'],
  [/^is not a known permission$/i, 'server.unknownPermission'],
  [/^must be a UUID$/i, 'server.notUuid'],
  [/^must not contain the NUL character/i, 'server.nul'],
  [/^must be valid UTF-8/i, 'server.badUtf8'],
];

export function translateServerMessage({ t, locale }: Translator, message: string): string {
  if (locale === 'en-US') return message;
  const text = message.trim();
  for (const [pattern, key] of serverMessages) if (pattern.test(text)) return t(key);
  const atMost = /^(?:must be )?at most (\d+) characters?$/i.exec(text);
  if (atMost) return t('server.atMost', { n: atMost[1] ?? '' });
  const atLeast = /^(?:must be )?at least (\d+) characters?$/i.exec(text);
  if (atLeast) return t('server.atLeast', { n: atLeast[1] ?? '' });
  return message;
}

/** `user.created` / `created` → 新建; unknown actions as sent. */
export function auditActionLabel({ tx }: Translator, action: string): string {
  const verb = action.split('.').pop() ?? action;
  return tx(`auditAction.${verb}`, action);
}
