import type { Principal } from '@crm/auth';
import type { UnaryHandler } from '@crm/grpc';
import type { customersV1Types as t } from '@crm/proto';
import { listCareDue, type CarePort } from '../domain/care.use-case';
import {
  confirmChurn,
  listChurn,
  pauseChurn,
  reactivateChurn,
  type ChurnPort,
} from '../domain/churn.use-case';
import { churnStatusToWire, enumInput, toCustomerMessage } from '../wire/customer.mapper';

/** Thin handlers of churn (R-CUS-8) and special care (R-CUS-9): decode, call the use case, encode. */
export function customerCareGrpcService(
  stores: { churn: ChurnPort; care: CarePort },
  handle: UnaryHandler,
  options: { timeZone: string },
): t.CustomerCareServiceHandlers {
  const { churn, care } = stores;
  const { timeZone } = options;
  const rpc = <Req, Res>(name: string, fn: (req: Req, principal: Principal | undefined) => Promise<Res>) =>
    handle<Req, Res>(name, (req, ctx) => fn(req, ctx.principal));
  return {
    PauseChurn: rpc<t.PauseChurnRequest__Output, t.PauseChurnResponse>('PauseChurn', async (req, p) => ({
      customer: toCustomerMessage(
        await pauseChurn(
          churn,
          p,
          { customerId: req.customerId, plan: req.plan, until: req.until },
          { timeZone },
        ),
      ),
    })),
    ConfirmChurn: rpc<t.ConfirmChurnRequest__Output, t.ConfirmChurnResponse>(
      'ConfirmChurn',
      async (req, p) => ({
        customer: toCustomerMessage(
          await confirmChurn(churn, p, { customerId: req.customerId, reason: req.reason }),
        ),
      }),
    ),
    ReactivateChurn: rpc<t.ReactivateChurnRequest__Output, t.ReactivateChurnResponse>(
      'ReactivateChurn',
      async (req, p) => ({
        customer: toCustomerMessage(await reactivateChurn(churn, p, { customerId: req.customerId })),
      }),
    ),
    ListChurn: rpc<t.ListChurnRequest__Output, t.ListChurnResponse>('ListChurn', async (req, p) => {
      const page = await listChurn(churn, p, {
        status: enumInput(churnStatusToWire, req.status, 'CHURN_STATUS_UNSPECIFIED'),
        pageSize: req.pageSize,
        pageToken: req.pageToken,
      });
      return { customers: page.customers.map(toCustomerMessage), nextPageToken: page.nextPageToken };
    }),
    ListCareDue: rpc<t.ListCareDueRequest__Output, t.ListCareDueResponse>('ListCareDue', async (req, p) => ({
      items: (await listCareDue(care, p, { days: req.days }, { timeZone })).map((o) => ({
        customerId: o.customerId,
        customerName: o.customerName,
        contactId: o.contactId ?? '',
        contactName: o.contactName ?? '',
        occasion: o.occasion,
        label: o.label,
        date: o.date,
        daysUntil: o.daysUntil,
        branchId: o.branchId,
        ownerId: o.ownerId ?? '',
      })),
    })),
  };
}
