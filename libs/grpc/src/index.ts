export { GrpcServer, implement, type ServiceBinding } from './grpc-server';
export {
  createHandlerFactory,
  type CallContext,
  type HandlerFactoryOptions,
  type UnaryHandler,
} from './unary-handler';
export { createStreamHandlerFactory, type StreamHandler } from './stream-handler';
export {
  createClient,
  createChannelClient,
  call,
  callPath,
  type ClientOptions,
  type MethodName,
} from './grpc-client';
export { guardCall } from './call-guard';
export { contextInterceptor } from './client-interceptor';
export { REQUEST_ID_KEY } from './metadata-keys';
