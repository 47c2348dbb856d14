import { DomainError } from '@crm/errors';
import type { Principal } from './principal';

/** The `reason` member of the problem a session that must change its password first gets. */
export const PASSWORD_CHANGE_REQUIRED = 'PASSWORD_CHANGE_REQUIRED';

/** PERMISSION_DENIED with `reason: PASSWORD_CHANGE_REQUIRED`, so a client can send the user to the change. */
export function passwordChangeRequired(): DomainError {
  return new DomainError(
    'PERMISSION_DENIED',
    'change your password first: until then only the password change, your own profile and logging out are allowed',
    [],
    { reason: PASSWORD_CHANGE_REQUIRED },
  );
}

/**
 * Refuses a session that must change its password (first login, or after a reset) anything but what
 * is allowed before the change (`before_password_change` in proto, `beforePasswordChange` on the
 * gateway's own routes). Every transport calls it, so a service refuses such a token itself too.
 */
export function refuseBeforePasswordChange(
  principal: Principal | undefined,
  allowedBeforePasswordChange: boolean,
): void {
  if (principal?.mustChangePassword && !allowedBeforePasswordChange) throw passwordChangeRequired();
}
