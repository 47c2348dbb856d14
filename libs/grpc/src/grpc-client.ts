import * as grpc from '@grpc/grpc-js';
import { DomainError, fromServiceError } from '@crm/errors';
import type { ProtoService } from '@crm/proto';
import { contextInterceptor } from './client-interceptor';

export interface ClientOptions {
  /** Deadline for calls that set none. */
  deadlineMs?: number;
  /** Methods safe to retry (reads): retried on UNAVAILABLE with backoff by grpc-js's retry support. */
  idempotentMethods?: string[];
  /** Largest response accepted (grpc-js defaults to 4 MiB); raise it for downloads. */
  maxReceiveMessageBytes?: number;
  /** Largest request sent (default unlimited); the server's own receive limit applies anyway. */
  maxSendMessageBytes?: number;
}

/** A method of a gRPC service, by the service's full name. */
export interface MethodName {
  service: string;
  method: string;
}

/** Our interceptors, the retry policy of `retried` methods, keepalive and message limits. */
function channelOptions(
  retried: MethodName[],
  options: Omit<ClientOptions, 'idempotentMethods'>,
): grpc.ClientOptions {
  const retryPolicy = {
    maxAttempts: 3,
    initialBackoff: '0.05s',
    maxBackoff: '0.5s',
    backoffMultiplier: 2,
    retryableStatusCodes: ['UNAVAILABLE'],
  };
  const serviceConfig = {
    loadBalancingConfig: [{ round_robin: {} }],
    methodConfig: retried.length ? [{ name: retried, retryPolicy }] : [],
  };
  return {
    interceptors: [contextInterceptor(options.deadlineMs ?? 5000)],
    'grpc.service_config': JSON.stringify(serviceConfig),
    'grpc.keepalive_time_ms': 30_000,
    ...(options.maxReceiveMessageBytes
      ? { 'grpc.max_receive_message_length': options.maxReceiveMessageBytes }
      : {}),
    ...(options.maxSendMessageBytes ? { 'grpc.max_send_message_length': options.maxSendMessageBytes } : {}),
  };
}

/** A client of a generated service (`customersV1().CustomersService`) with our interceptors and retry policy. */
export function createClient<C extends grpc.Client>(
  service: Pick<ProtoService<C>, 'name' | 'Client'>,
  address: string,
  options: ClientOptions = {},
): C {
  const retried = (options.idempotentMethods ?? []).map((method) => ({ service: service.name, method }));
  return new service.Client(address, grpc.credentials.createInsecure(), channelOptions(retried, options));
}

/**
 * One channel to a service for calls by path (any of its gRPC services), with the same interceptors
 * and retry policy as createClient: the REST transcoder calls through it with its own codecs.
 */
export function createChannelClient(
  address: string,
  options: Omit<ClientOptions, 'idempotentMethods'> & { idempotentMethods?: MethodName[] } = {},
): grpc.Client {
  return new grpc.Client(
    address,
    grpc.credentials.createInsecure(),
    channelOptions(options.idempotentMethods ?? [], options),
  );
}

/** A unary call by path with explicit (de)serialisers; failures arrive as DomainErrors. */
export function callPath<Req, Res>(
  client: grpc.Client,
  path: string,
  serialize: (value: Req) => Buffer,
  deserialize: (bytes: Buffer) => Res,
  request: Req,
): Promise<Res> {
  return new Promise<Res>((resolve, reject) => {
    client.makeUnaryRequest(path, serialize, deserialize, request, settle(resolve, reject));
  });
}

/** A unary callback settling a promise; a failure as the DomainError the server sent. */
function settle<Res>(resolve: (response: Res) => void, reject: (error: DomainError) => void) {
  return (err: grpc.ServiceError | null, response?: Res) => {
    if (err) reject(fromServiceError(err));
    else if (response === undefined) reject(new DomainError('INTERNAL', 'empty response'));
    else resolve(response);
  };
}

/**
 * Promise form of a unary call. Pass the method bound to its client
 * (`call(client.getCustomer.bind(client), req)`); failures arrive as DomainErrors.
 */
export function call<Req, Res>(
  method: (request: Req, callback: grpc.requestCallback<Res>) => unknown,
  request: Req,
): Promise<Res> {
  return new Promise<Res>((resolve, reject) => {
    method(request, settle(resolve, reject));
  });
}
