// Telephony: the users' extensions (call screen pops go to the ringing extension's user).
// Spread into zhCN in zh-CN.ts; telephony.en-US.ts has exactly these keys.
export const telephonyZhCN = {
  'telephony.extension': '分机号',
  'telephony.extensionHint': '来电弹屏推送给该分机的用户（无人在线时推送给整个分公司）；同一分公司内不可重复',
  'telephony.extensionInvalid': '分机号须为 2–8 位数字',
} as const;
