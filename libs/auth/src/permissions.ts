import { permissionDenied, unauthenticated } from '@crm/errors';
import { ALL_PERMISSIONS, type Principal } from './principal';

export function hasPermission(principal: Principal, permission: string): boolean {
  return principal.permissions.includes(ALL_PERMISSIONS) || principal.permissions.includes(permission);
}

/** Every service checks the permission itself (defence in depth), whatever the gateway did. */
export function requirePermission(principal: Principal | undefined, permission: string): Principal {
  if (!principal) throw unauthenticated();
  if (!hasPermission(principal, permission)) throw permissionDenied(`missing permission ${permission}`);
  return principal;
}
