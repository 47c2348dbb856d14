import path from 'node:path';

/** The repository's single proto/ root; CRM_PROTO_DIR overrides it (container images copy proto/ elsewhere). */
export function protoRoot(): string {
  return process.env.CRM_PROTO_DIR ?? path.resolve(__dirname, '../../../proto');
}
