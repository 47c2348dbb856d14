import { z } from 'zod';

/**
 * Data scope of a role (R-ID-3): which rows a user sees.
 * own: rows they own · department: their department's · department_tree: their department and the ones
 * below it · branch: their branch's · all: every branch's.
 */
export const dataScopes = ['own', 'department', 'department_tree', 'branch', 'all'] as const;
export type DataScope = (typeof dataScopes)[number];

export const principalSchema = z.object({
  kind: z.enum(['user', 'system', 'site']),
  userId: z.string().min(1),
  username: z.string().optional(),
  roles: z.array(z.string()),
  permissions: z.array(z.string()),
  branchId: z.string().min(1),
  departmentId: z.string().optional(),
  /** The department and every department below it, resolved by identity when the token is issued. */
  departmentTree: z.array(z.string()).optional(),
  dataScope: z.enum(dataScopes),
  /**
   * The session must change its password first (first login, or after a reset): until then it may
   * only call what is marked `before_password_change` (see password-change.ts).
   */
  mustChangePassword: z.boolean().optional(),
});

/** Who is calling: travels from the gateway to every service in gRPC metadata and with every event. */
export type Principal = z.infer<typeof principalSchema>;

/** Grants every permission; only the built-in system administrator role has it. */
export const ALL_PERMISSIONS = '*';
