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

/** A client of a generated service (`customersV1().CustomersService`) with our interceptors and retry policy. */
export function createClient<C extends grpc.Client>(
  service: Pick<ProtoService<C>, 'name' | 'Client'>,
  address: string,
  options: ClientOptions = {},
): C {
  const retryPolicy = {
    maxAttempts: 3,
    initialBackoff: '0.05s',
    maxBackoff: '0.5s',
    backoffMultiplier: 2,
    retryableStatusCodes: ['UNAVAILABLE'],
  };
  const serviceConfig = {
    loadBalancingConfig: [{ round_robin: {} }],
    methodConfig: options.idempotentMethods?.length
      ? [
          {
            name: options.idempotentMethods.map((method) => ({ service: service.name, method })),
            retryPolicy,
          },
        ]
      : [],
  };
  return new service.Client(address, grpc.credentials.createInsecure(), {
    interceptors: [contextInterceptor(options.deadlineMs ?? 5000)],
    'grpc.service_config': JSON.stringify(serviceConfig),
    'grpc.keepalive_time_ms': 30_000,
    ...(options.maxReceiveMessageBytes
      ? { 'grpc.max_receive_message_length': options.maxReceiveMessageBytes }
      : {}),
    ...(options.maxSendMessageBytes ? { 'grpc.max_send_message_length': options.maxSendMessageBytes } : {}),
  });
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
    method(request, (err, response) => {
      if (err) reject(fromServiceError(err));
      else if (response === undefined) reject(new DomainError('INTERNAL', 'empty response'));
      else resolve(response);
    });
  });
}
