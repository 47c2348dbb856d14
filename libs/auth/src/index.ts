export * from './principal';
export { hasPermission, requirePermission } from './permissions';
export { scopeCondition, canSee, canWriteToBranch, type ScopeColumns, type ScopedRow } from './data-scope';
export { runAsPrincipal, currentPrincipal, currentAccessToken } from './principal-context';
export {
  tokenPrincipalResolver,
  AUTHORIZATION_KEY,
  type PrincipalResolver,
  type MetadataReader,
} from './principal-resolver';
export {
  signAccessToken,
  verifyAccessToken,
  generateSigningKeyPair,
  TOKEN_ISSUER,
  TOKEN_AUDIENCE,
} from './access-token';
export {
  PASSWORD_CHANGE_REQUIRED,
  passwordChangeRequired,
  refuseBeforePasswordChange,
} from './password-change';
