import type { Rule } from 'antd/es/form';
import type { Translator } from '../i18n/core';

/** Form rules with messages in the user's language; `label` is already translated. */
export function formRules({ t }: Translator) {
  return {
    required: (label: string): Rule => ({
      required: true,
      whitespace: true,
      message: t('validation.required', { label }),
    }),
    select: (label: string): Rule => ({ required: true, message: t('validation.select', { label }) }),
    length: (label: string, min: number, max: number): Rule => ({
      min,
      max,
      message: t('validation.length', { label, min, max }),
    }),
    max: (label: string, max: number): Rule => ({ max, message: t('validation.max', { label, max }) }),
    password: (label: string): Rule => ({
      min: 10,
      max: 128,
      message: t('validation.length', { label, min: 10, max: 128 }),
    }),
    username: (): Rule => ({ pattern: /^[A-Za-z0-9._-]{3,64}$/, message: t('validation.username') }),
    code: (): Rule => ({ pattern: /^[A-Za-z0-9_-]{1,32}$/, message: t('validation.code') }),
    email: (): Rule => ({ type: 'email', message: t('validation.email') }),
    // What the services accept around the digits (they normalise to E.164 and check validity).
    phone: (): Rule => ({ pattern: /^\+?[\d\s\-()./]{5,40}$/, message: t('validation.phone') }),
  };
}
