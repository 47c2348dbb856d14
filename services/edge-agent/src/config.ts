import { env, loadConfig, runtimeEnv, z } from '@crm/config';

/**
 * READERS: which reader serves which counter/desk.
 * `{"pcsc": {"<reader name pattern, * wildcard>": "<desk>"}, "wedge": {"<device path>": "<desk>"}}`
 * PC/SC patterns match the whole reader name, case-insensitively (e.g. "ACS ACR122U*").
 */
export const readersSchema = z
  .object({
    pcsc: z.record(z.string().min(1), z.string().min(1)).default({}),
    wedge: z.record(z.string().min(1), z.string().min(1)).default({}),
  })
  .strict();
export type ReadersConfig = z.infer<typeof readersSchema>;

export const edgeAgentConfigSchema = z.object({
  ...runtimeEnv,
  SITE_ID: z.string().min(1),
  /** The site's secret key; sent as `x-site-key` metadata, never logged. */
  SITE_KEY: z.string().min(16, 'must be the site key issued by the platform (16+ characters)'),
  /** host:port of the gateway's edge ingress (gRPC). */
  INGRESS_ADDR: env.address(),
  JOURNAL_DIR: z.string().min(1),
  READERS: z.string().default('{}').pipe(env.json(readersSchema)),
  /** Serial device of a caller-ID modem, e.g. /dev/ttyUSB0. */
  MODEM_PATH: z.string().min(1).optional(),
  MODEM_BAUD_RATE: env.positiveInt(9600),
  /** AT commands sent at open, separated by `;` (caller ID on: AT+VCID=1, some modems AT#CID=1). */
  MODEM_INIT: z.string().default('ATZ;AT+VCID=1'),
  /** The site's number on the modem's line and the desk/extension that answers it (both optional). */
  MODEM_LINE_NUMBER: z.string().default(''),
  MODEM_EXTENSION: z.string().default(''),
  /** Port of the HTTP hook for IP-PBXes (POST /pbx/call); off when unset. */
  PBX_HOOK_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  PBX_HOOK_HOST: env.listenHost(),
  /** When set, the PBX must send `authorization: Bearer <token>`. */
  PBX_HOOK_TOKEN: z.string().min(8).optional(),
  TAP_DEDUP_MS: z.coerce.number().int().min(0).default(3000),
  STATUS_INTERVAL_MS: env.positiveInt(30_000),
  /** Events sent and not yet acked, at most. */
  SEND_WINDOW: env.positiveInt(256),
});

export type EdgeAgentConfig = z.infer<typeof edgeAgentConfigSchema>;

export const loadEdgeAgentConfig = (source: NodeJS.ProcessEnv = process.env): EdgeAgentConfig =>
  loadConfig(edgeAgentConfigSchema, source);
