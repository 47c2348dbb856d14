import type * as grpc from '@grpc/grpc-js';
import { DomainError } from '@crm/errors';
import { callPath, createChannelClient } from '@crm/grpc';
import type { RestOperation } from '@crm/rest';
import { serviceAddressVariable } from '../config';
import { healthClient, type HealthClient } from './health-client';

/** The transcoder's way to the services: one channel per service, whatever its gRPC services. */
export interface ServiceClients {
  /** Calls an operation's RPC with its request object; 503 when its service has no address. */
  call(operation: RestOperation, request: object): Promise<Record<string, unknown>>;
  /** Health clients of the services given an address (readiness checks them). */
  health: Record<string, HealthClient>;
  close(): void;
}

/**
 * One grpc-js channel per service that answers `operations` (package crm.<service>.v1), with the
 * interceptors every client has (deadline, token, request id, trace context); its GET operations are
 * retried on UNAVAILABLE. `addresses` by service name; a service without one answers 503 naming the
 * variable, as the identity routes do.
 */
export function createServiceClients(
  operations: RestOperation[],
  addresses: Record<string, string>,
  options: {
    deadlineMs?: number;
    /** Services whose health another client checks already (the hand-written routes' clients). */
    healthCheckedElsewhere?: string[];
  } = {},
): ServiceClients {
  const channels = new Map<string, grpc.Client>();
  const health: Record<string, HealthClient> = {};
  for (const service of new Set(operations.map((o) => o.target))) {
    const address = addresses[service];
    if (!address) continue;
    const idempotentMethods = operations
      .filter((o) => o.target === service && o.idempotent)
      .map((o) => ({ service: o.service, method: o.method }));
    channels.set(
      service,
      createChannelClient(address, { idempotentMethods, deadlineMs: options.deadlineMs }),
    );
    if (!options.healthCheckedElsewhere?.includes(service)) health[service] = healthClient(address);
  }
  return {
    call(operation, request) {
      const channel = channels.get(operation.target);
      if (!channel)
        return Promise.reject(
          new DomainError(
            'UNAVAILABLE',
            `the ${operation.target} service is not configured (${serviceAddressVariable(operation.target)})`,
          ),
        );
      const { codec } = operation;
      return callPath(
        channel,
        operation.grpcPath,
        codec.serializeRequest,
        codec.deserializeResponse,
        request,
      );
    },
    health,
    close() {
      for (const channel of channels.values()) channel.close();
      for (const client of Object.values(health)) client.close();
    },
  };
}
