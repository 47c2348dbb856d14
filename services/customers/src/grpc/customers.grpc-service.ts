import type { UnaryHandler } from '@crm/grpc';
import type { customersV1Types as t } from '@crm/proto';
import { createCustomer } from '../domain/create-customer.use-case';
import type { CustomerKind } from '../domain/customer';
import { getCustomer } from '../domain/get-customer.use-case';
import { listCustomers } from '../domain/list-customers.use-case';
import type { CustomerRepository } from '../store/customer.repository';
import { toCustomerMessage } from './customer.mapper';

/** Thin handlers: decode, call a use case (which authorises), encode. `handle` verifies the caller and maps errors. */
export function customersGrpcService(
  repository: CustomerRepository,
  handle: UnaryHandler,
): t.CustomersServiceHandlers {
  return {
    CreateCustomer: handle<t.CreateCustomerRequest__Output, t.CreateCustomerResponse>(
      'CreateCustomer',
      async (req, { principal }) => {
        const customer = await createCustomer(repository, principal, {
          ...req,
          kind: req.kind as CustomerKind,
          branchId: req.branchId || undefined,
          ownerId: req.ownerId || undefined,
        });
        return { customer: toCustomerMessage(customer) };
      },
    ),
    GetCustomer: handle<t.GetCustomerRequest__Output, t.GetCustomerResponse>(
      'GetCustomer',
      async (req, { principal }) => ({
        customer: toCustomerMessage(await getCustomer(repository, principal, req.id)),
      }),
    ),
    ListCustomers: handle<t.ListCustomersRequest__Output, t.ListCustomersResponse>(
      'ListCustomers',
      async (req, { principal }) => {
        const page = await listCustomers(repository, principal, req);
        return { customers: page.customers.map(toCustomerMessage), nextPageToken: page.nextPageToken };
      },
    ),
  };
}
