export { GrpcServer } from './grpc-server';
export { createHandlerFactory, type CallContext, type UnaryHandler } from './unary-handler';
export {
  createClient,
  createChannelClient,
  call,
  callPath,
  type ClientOptions,
  type MethodName,
} from './grpc-client';
export { contextInterceptor } from './client-interceptor';
export { REQUEST_ID_KEY } from './metadata-keys';
