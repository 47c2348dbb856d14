export { initTelemetry, initTestTelemetry } from './tracing';
export { injectTraceContext, extractTraceContext, currentTraceparent, currentTraceIds } from './propagation';
export { runWithRequestContext, currentRequestContext, type RequestContext } from './request-context';
