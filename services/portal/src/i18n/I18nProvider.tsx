import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { createTranslator, LOCALE_STORAGE_KEY, readStoredLocale, type Locale, type Translator } from './core';

interface I18nValue extends Translator {
  setLocale(locale: Locale): void;
}

const I18nContext = createContext<I18nValue | null>(null);

const storage = (): Storage | undefined => {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
};

function applyDayjsLocale(locale: Locale): Locale {
  dayjs.locale(locale === 'zh-CN' ? 'zh-cn' : 'en');
  return locale;
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() => applyDayjsLocale(readStoredLocale(storage())));

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = createTranslator(locale).t('app.title');
  }, [locale]);

  const setLocale = useCallback((next: Locale) => {
    try {
      storage()?.setItem(LOCALE_STORAGE_KEY, next);
    } catch {
      // private mode: the choice lasts for this page only
    }
    setLocaleState(applyDayjsLocale(next));
  }, []);

  const value = useMemo(() => ({ ...createTranslator(locale), setLocale }), [locale, setLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
