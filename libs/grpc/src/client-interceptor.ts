import * as grpc from '@grpc/grpc-js';
import { AUTHORIZATION_KEY, currentAccessToken } from '@crm/auth';
import { currentRequestContext, injectTraceContext } from '@crm/telemetry';
import { REQUEST_ID_KEY } from './metadata-keys';

/**
 * Every outgoing call carries the caller's access token, the request id and the trace context of the
 * current async context, and gets a deadline when the caller set none.
 */
export function contextInterceptor(defaultDeadlineMs: number): grpc.Interceptor {
  return (options, nextCall) => {
    const withDeadline = options.deadline
      ? options
      : { ...options, deadline: Date.now() + defaultDeadlineMs };
    return new grpc.InterceptingCall(nextCall(withDeadline), {
      start(metadata, listener, next) {
        const token = currentAccessToken();
        if (token && metadata.get(AUTHORIZATION_KEY).length === 0)
          metadata.set(AUTHORIZATION_KEY, `Bearer ${token}`);
        const requestId = currentRequestContext()?.requestId;
        if (requestId) metadata.set(REQUEST_ID_KEY, requestId);
        for (const [key, value] of Object.entries(injectTraceContext())) metadata.set(key, value);
        next(metadata, listener);
      },
    });
  };
}
