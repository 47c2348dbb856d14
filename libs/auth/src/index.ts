export * from './principal';
export { hasPermission, requirePermission } from './permissions';
export { scopeCondition, canSee, canWriteToBranch, type ScopeColumns, type ScopedRow } from './data-scope';
export {
  runAsPrincipal,
  currentPrincipal,
  encodePrincipal,
  decodePrincipal,
  PRINCIPAL_METADATA_KEY,
} from './principal-context';
