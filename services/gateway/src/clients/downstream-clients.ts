import type * as grpc from '@grpc/grpc-js';
import { DomainError } from '@crm/errors';
import { createClient } from '@crm/grpc';
import { customersV1, identityV1 } from '@crm/proto';
import { DEFAULT_DOCUMENT_MAX_BYTES, type GatewayConfig } from '../config';
import { healthClient } from './health-client';

/**
 * The identity clients the gateway's own code calls: the log-in routes, the live socket's extension
 * and the sites' status (AuthService), the edge ingress and the site routes (SiteService). The rest of
 * identity's REST API is transcoded (service-clients.ts). Reads are retried.
 */
function createIdentityClients(address: string) {
  const s = identityV1();
  return {
    auth: createClient(s.AuthService, address, { idempotentMethods: ['GetMe'] }),
    sites: createClient(s.SiteService, address, {
      idempotentMethods: ['ListSites', 'GetSite', 'VerifySiteKey'],
    }),
  };
}
export type IdentityClients = ReturnType<typeof createIdentityClients>;

/**
 * The typed clients of the hand-written routes, created once; reads are retried on UNAVAILABLE.
 * (Transcoded operations call through service-clients.ts instead.)
 */
export function createDownstreamClients(
  config: Pick<GatewayConfig, 'CUSTOMERS_ADDR' | 'IDENTITY_ADDR'> &
    Partial<Pick<GatewayConfig, 'DOCUMENT_MAX_BYTES' | 'CUSTOMER_IMPORT_MAX_BYTES'>>,
) {
  const customers = customersV1();
  const identity = config.IDENTITY_ADDR ? createIdentityClients(config.IDENTITY_ADDR) : undefined;
  const clients = {
    customers: createClient(customers.CustomersService, config.CUSTOMERS_ADDR, {
      idempotentMethods: ['GetCustomer', 'ListCustomers'],
    }),
    /** Churn and special care of customers (customer_care.proto). */
    customerCare: createClient(customers.CustomerCareService, config.CUSTOMERS_ADDR, {
      idempotentMethods: ['ListChurn', 'ListCareDue'],
    }),
    /** Documents come back whole in one message: room for the largest one plus the rest. */
    customerDocuments: createClient(customers.CustomerDocumentsService, config.CUSTOMERS_ADDR, {
      idempotentMethods: ['ListDocuments', 'GetDocumentContent'],
      deadlineMs: 30_000,
      maxReceiveMessageBytes: (config.DOCUMENT_MAX_BYTES ?? DEFAULT_DOCUMENT_MAX_BYTES) + 1024 * 1024,
    }),
    /** Excel import/export (customer_import.proto): files stream in chunks; calls last as long as the file needs. */
    customerImport: createClient(customers.CustomerImportService, config.CUSTOMERS_ADDR, {
      idempotentMethods: ['GetImportTemplate'],
    }),
    /** The largest document upload the gateway takes (and its documents client can carry). */
    documentMaxBytes: config.DOCUMENT_MAX_BYTES ?? DEFAULT_DOCUMENT_MAX_BYTES,
    /** The largest Excel import the gateway takes. */
    importMaxBytes: config.CUSTOMER_IMPORT_MAX_BYTES ?? 50 * 1024 * 1024,
    /** Absent when IDENTITY_ADDR is not configured: the identity routes then answer 503. */
    identity,
    /** Readiness checks every service listed here. */
    health: {
      customers: healthClient(config.CUSTOMERS_ADDR),
      ...(config.IDENTITY_ADDR ? { identity: healthClient(config.IDENTITY_ADDR) } : {}),
    } as Record<string, ReturnType<typeof healthClient>>,
    close() {
      const all: grpc.Client[] = [
        clients.customers,
        clients.customerCare,
        clients.customerDocuments,
        clients.customerImport,
        ...Object.values(clients.health),
        ...Object.values(identity ?? {}),
      ];
      for (const c of all) c.close();
    },
  };
  return clients;
}
export type DownstreamClients = ReturnType<typeof createDownstreamClients>;

/** The identity clients, or 503 when the gateway runs without IDENTITY_ADDR. */
export function identityOf(clients: DownstreamClients): IdentityClients {
  if (!clients.identity)
    throw new DomainError('UNAVAILABLE', 'the identity service is not configured (IDENTITY_ADDR)');
  return clients.identity;
}
