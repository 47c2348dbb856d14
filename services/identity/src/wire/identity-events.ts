import { newEvent, type EventEnvelope } from '@crm/bus';
import type { identityV1Types as t } from '@crm/proto';
import type { Actor, Change } from '../domain/ports';
import {
  toBranchMessage,
  toDepartmentMessage,
  toEmployeeMessage,
  toRoleMessage,
  toSiteMessage,
  toUserMessage,
} from './identity.mapper';

// The events this service publishes, as they go out. Built here, below store/ (which appends them to the
// outbox with the change) and events/ (whose consumers write through store/): imports point one way.

/** The subject of a change: crm.identity.<entity>.<verb>, past tense (e.g. crm.identity.user.created). */
export const identityEventType = (change: Pick<Change, 'entityType' | 'verb'>): string =>
  `crm.identity.${change.entityType}.${change.verb}`;

/** The payload (a message of crm/identity/v1/events.proto) of a change's event; never a secret. */
function payloadOf(change: Change): unknown {
  switch (change.entityType) {
    case 'user': {
      if (change.verb === 'password_changed' || change.verb === 'password_reset')
        return {
          userId: change.entityId,
          resetByAdministrator: change.details?.resetByAdministrator === true,
        } satisfies t.UserPasswordChanged;
      if (change.verb === 'unlocked') return { userId: change.entityId } satisfies t.UserUnlocked;
      const user = change.after ?? change.before;
      return { user: user ? toUserMessage(user) : null } satisfies t.UserCreated;
    }
    case 'role': {
      const role = change.after ?? change.before;
      return { role: role ? toRoleMessage(role) : null } satisfies t.RoleCreated;
    }
    case 'branch': {
      const branch = change.after ?? change.before;
      return { branch: branch ? toBranchMessage(branch) : null } satisfies t.BranchCreated;
    }
    case 'department': {
      const department = change.after ?? change.before;
      return {
        department: department ? toDepartmentMessage(department) : null,
      } satisfies t.DepartmentCreated;
    }
    case 'employee': {
      const employee = change.after ?? change.before;
      return { employee: employee ? toEmployeeMessage(employee) : null } satisfies t.EmployeeCreated;
    }
    case 'site': {
      const site = change.after ?? change.before;
      return { site: site ? toSiteMessage(site) : null } satisfies t.SiteCreated;
    }
  }
}

export function identityEventFor(change: Change, actor: Actor): EventEnvelope<unknown> {
  return newEvent(
    identityEventType(change),
    change.branchId,
    { userId: actor.userId, kind: actor.kind },
    payloadOf(change),
  );
}
