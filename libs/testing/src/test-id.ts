import { createHash } from 'node:crypto';

/**
 * The UUID a test calls `label` (`testId('east')`): the same label gives the same id in every test
 * and run, so a fixture can keep a readable name for a branch or user while the services see the
 * UUID every id field must hold (docs/api-conventions.md).
 */
export function testId(label: string): string {
  const hex = createHash('sha256').update(`crm-test-id:${label}`).digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
