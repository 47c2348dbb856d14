import { createHash } from 'node:crypto';

/** Fixed namespace of the ids derived from Twilio call SIDs (a random UUID, never to change). */
const TWILIO_CALL_NAMESPACE = Buffer.from('5b1f4c8e2a9d4e7fb3c61d0a8e9f2b47', 'hex');

/**
 * The event id of a Twilio call (RFC 4122 UUID version 5: SHA-1 of namespace + CallSid). The same call
 * always gets the same id, so Twilio's retries of a webhook are stored once by JetStream (Nats-Msg-Id).
 */
export function callEventId(callSid: string, kind = 'ringing'): string {
  const hash = createHash('sha1').update(TWILIO_CALL_NAMESPACE).update(`${kind}:${callSid}`).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
