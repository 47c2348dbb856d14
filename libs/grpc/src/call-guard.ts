import { refuseBeforePasswordChange, type Principal } from '@crm/auth';
import { invalidArgument } from '@crm/errors';
import { messageViolations, methodAccess, requestTypeOf } from '@crm/proto';

/** What a call's checks need to know of its RPC, read once from the proto. */
interface RpcRules {
  allowedBeforePasswordChange: boolean;
  requestType: ReturnType<typeof requestTypeOf>;
}

const rulesByPath = new Map<string, RpcRules>();

function rpcRules(path: string): RpcRules {
  let rules = rulesByPath.get(path);
  if (!rules) {
    // A gRPC path is /<package>.<Service>/<Method>.
    const [, service = '', method = ''] = /^\/([^/]+)\/([^/]+)$/.exec(path) ?? [];
    rules = {
      allowedBeforePasswordChange: methodAccess(service, method)?.before_password_change === true,
      requestType: requestTypeOf(service, method),
    };
    rulesByPath.set(path, rules);
  }
  return rules;
}

/**
 * The checks every service makes of a call before its use case runs, whatever the gateway did: a
 * session that must change its password first may only call the RPCs marked
 * `before_password_change` (PERMISSION_DENIED, reason PASSWORD_CHANGE_REQUIRED), and no string of
 * the request may hold NUL or invalid UTF-8, nor an id field a non-UUID (INVALID_ARGUMENT naming the
 * field). Called by the unary factory, and meant for each message of a stream.
 */
export function guardCall(path: string, principal: Principal | undefined, request: unknown): void {
  const rules = rpcRules(path);
  refuseBeforePasswordChange(principal, rules.allowedBeforePasswordChange);
  if (!rules.requestType) return;
  const violations = messageViolations(rules.requestType, request);
  if (violations.length > 0) throw invalidArgument('the request has invalid fields', violations);
}
