import type * as grpc from '@grpc/grpc-js';
import { guardCall } from './call-guard';
import { serveCall, type CallContext, type HandlerFactoryOptions } from './unary-handler';

/** The streaming counterparts of UnaryHandler. */
export interface StreamHandler {
  /** A client-streaming method: `handler` reads the call and resolves with the one response. */
  clientStream<Req, Res>(
    method: string,
    handler: (call: grpc.ServerReadableStream<Req, Res>, ctx: CallContext) => Promise<Res>,
  ): grpc.handleClientStreamingCall<Req, Res>;
  /** A server-streaming method: `handler` writes to the call; the stream ends when it resolves. */
  serverStream<Req, Res>(
    method: string,
    handler: (call: grpc.ServerWritableStream<Req, Res>, ctx: CallContext) => Promise<void>,
  ): grpc.handleServerStreamingCall<Req, Res>;
}

/**
 * Makes a service's streaming handlers, with what the unary factory gives each call: the caller's
 * trace context and a server span lasting as long as the stream, the verified caller, and errors
 * mapped once (a DomainError keeps its code; anything else is logged and ends the stream INTERNAL),
 * and the checks of call-guard.ts: a server stream's request as a unary one's; a client stream is
 * refused to a session that must change its password first, and its handler checks the messages it
 * reads with guardCall (their text and ids).
 */
export function createStreamHandlerFactory(options: HandlerFactoryOptions): StreamHandler {
  return {
    clientStream: (method, handler) => (call, callback) => {
      serveCall(options, method, call.metadata, (ctx) => {
        guardCall(call.getPath(), ctx.principal, {});
        return handler(call, ctx);
      }).then(
        (response) => callback(null, response),
        (error: Partial<grpc.ServiceError>) => callback(error),
      );
    },
    serverStream: (method, handler) => (call) => {
      serveCall(options, method, call.metadata, (ctx) => {
        guardCall(call.getPath(), ctx.principal, call.request);
        return handler(call, ctx);
      }).then(
        () => call.end(),
        (error: Partial<grpc.ServiceError>) => call.emit('error', error),
      );
    },
  };
}
