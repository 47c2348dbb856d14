export { GrpcServer } from './grpc-server';
export { unary, type CallContext } from './unary-handler';
export { createClient, call, type ClientOptions } from './grpc-client';
export { contextInterceptor } from './client-interceptor';
export { REQUEST_ID_KEY } from './metadata-keys';
