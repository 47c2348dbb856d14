import { createClient } from '@crm/grpc';
import { healthV1 } from '@crm/proto';

/** A grpc.health.v1 client with a short deadline: readiness asks every service through one. */
export function healthClient(address: string) {
  return createClient(healthV1().Health, address, { deadlineMs: 1000 });
}
export type HealthClient = ReturnType<typeof healthClient>;
