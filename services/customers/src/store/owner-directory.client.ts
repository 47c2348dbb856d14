import type { Principal } from '@crm/auth';
import { call, createClient } from '@crm/grpc';
import type { Logger } from '@crm/log';
import { identityV1 } from '@crm/proto';

/**
 * In store/ with the repositories: it is where the use cases' data comes from, only this data is
 * identity's (a service asks the owner over gRPC and never reads its tables, DESIGN rule 1).
 *
 * Usernames ↔ user ids for the Owner column of the Excel files. Identity owns the users; it is asked
 * with the caller's own token (so the caller needs users.read there), and a user it does not show is
 * "unknown" (OWNER_NOT_FOUND on import, the id on export). Without IDENTITY_ADDR only the caller is
 * known (the use cases add the caller themselves).
 */
export class OwnerDirectory {
  private readonly users;

  constructor(
    identityAddress: string | undefined,
    private readonly logger: Pick<Logger, 'warn'>,
  ) {
    this.users = identityAddress
      ? createClient(identityV1().UserService, identityAddress, {
          idempotentMethods: ['ListUsers', 'GetUser'],
        })
      : undefined;
  }

  /** Folded usernames → ids. */
  async idsOf(usernames: string[], _caller: Principal): Promise<Map<string, string>> {
    const found = new Map<string, string>();
    const users = this.users;
    if (!users) return found;
    for (const name of usernames.slice(0, 500)) {
      try {
        const r = await call(users.listUsers.bind(users), {
          q: name,
          pageSize: 50,
          branchId: '',
          pageToken: '',
        });
        const user = r.users.find((u) => u.username.toLowerCase() === name);
        if (user) found.set(name, user.id);
      } catch (err) {
        this.logger.warn({ err, username: name }, 'owner lookup failed; the owner counts as unknown');
        break;
      }
    }
    return found;
  }

  /** Ids → usernames. */
  async namesOf(ids: string[], _caller: Principal): Promise<Map<string, string>> {
    const found = new Map<string, string>();
    const users = this.users;
    if (!users) return found;
    for (const id of ids.slice(0, 500)) {
      try {
        const r = await call(users.getUser.bind(users), { id });
        if (r.user) found.set(id, r.user.username);
      } catch {
        // Not visible to the caller or gone: the export shows the id.
      }
    }
    return found;
  }

  close(): void {
    this.users?.close();
  }
}
