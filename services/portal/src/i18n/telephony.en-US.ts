import type { telephonyZhCN } from './telephony.zh-CN';

export const telephonyEnUS: Record<keyof typeof telephonyZhCN, string> = {
  'telephony.extension': 'Extension',
  'telephony.extensionHint':
    'Call screen pops go to the user of this extension (to the whole branch when nobody of it is online); unique within a branch',
  'telephony.extensionInvalid': 'An extension is 2 to 8 digits',
};
