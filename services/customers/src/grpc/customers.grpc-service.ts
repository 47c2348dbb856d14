import type { z } from 'zod';
import type { Principal } from '@crm/auth';
import type { UnaryHandler } from '@crm/grpc';
import type { customersV1Types as t } from '@crm/proto';
import { issueCard, replaceCard, revokeCard } from '../domain/cards.use-case';
import { checkDuplicates } from '../domain/check-duplicates.use-case';
import { createCustomer, type CreateCustomerPort } from '../domain/create-customer.use-case';
import {
  createCustomFieldDefinition,
  deleteCustomFieldDefinition,
  listCustomFieldDefinitions,
  updateCustomFieldDefinition,
} from '../domain/custom-field-definitions.use-case';
import type { Customer, CustomerKind } from '../domain/customer';
import type { addressInput, contactInput } from '../domain/customer-input';
import { getCustomerSettings, updateCustomerSettings } from '../domain/customer-settings.use-case';
import { getCustomer } from '../domain/get-customer.use-case';
import { listCustomers } from '../domain/list-customers.use-case';
import { lookupByCard, lookupByPhone } from '../domain/lookup.use-case';
import { mergeCustomers } from '../domain/merge-customers.use-case';
import {
  deleteCustomer,
  listDeletedCustomers,
  purgeCustomer,
  restoreCustomer,
} from '../domain/recycle-bin.use-case';
import { reviewCustomer } from '../domain/review-customer.use-case';
import { listDueFollowUps } from '../domain/due-follow-ups.use-case';
import { claimFromPool, listPool, releaseToPool, transferCustomers } from '../domain/pool.use-case';
import { addFollowUp, listTimeline } from '../domain/timeline.use-case';
import { updateCustomer, type UpdateCustomerPort } from '../domain/update-customer.use-case';
import type { CustomerLookups } from '../store/customer-lookups';
import type { CustomerRepository } from '../store/customer.repository';
import type { CustomerSettingsRepository } from '../store/customer-settings.repository';
import type { CustomerPoolRepository } from '../store/customer-pool.repository';
import type { CustomerTimelineRepository } from '../store/customer-timeline.repository';
import {
  classToWire,
  entryReviewToWire,
  enumInput,
  fieldTypeToWire,
  levelToWire,
  statusToWire,
  toCardMessage,
  toCustomerMessage,
  toDuplicateMatchMessage,
  toFieldDefinitionMessage,
  toSettingsMessage,
  timelineKindToWire,
  toTimelineEntryMessage,
} from '../wire/customer.mapper';

export interface CustomersStores {
  customers: CustomerRepository;
  settings: CustomerSettingsRepository;
  lookups: CustomerLookups;
  timeline: CustomerTimelineRepository;
  pool: CustomerPoolRepository;
}

/** Wire contact → use-case input (validation happens there). */
const contactIn = (c: t.Contact__Output): z.input<typeof contactInput> => ({
  id: c.id,
  name: c.name,
  title: c.title,
  phones: c.phones,
  email: c.email,
  birthday: c.birthday,
});

const addressIn = (a: t.Address__Output | null): z.input<typeof addressInput> | undefined =>
  a ? { province: a.province, city: a.city, district: a.district, detail: a.detail } : undefined;

const anniversaryIn = (a: t.Anniversary__Output) => ({ label: a.label, date: a.date });

/** Unspecified class on an update clears it; on create it means "none". */
const classIn = (value: string | undefined) =>
  value === undefined ? undefined : (enumInput(classToWire, value, 'CUSTOMER_CLASS_UNSPECIFIED') ?? null);

/** Thin handlers: decode, call a use case (which authorises), encode. `handle` verifies the caller and maps errors. */
export function customersGrpcService(
  stores: CustomersStores,
  handle: UnaryHandler,
): t.CustomersServiceHandlers {
  const { customers, settings, lookups, timeline, pool } = stores;
  const createPort: CreateCustomerPort = {
    customFieldDefinitions: (branchId) => settings.listDefinitions(branchId),
    entryReview: (branchId) => settings.entryReview(branchId),
    create: (draft, keys, decide, actor) => customers.create(draft, keys, decide, actor),
  };
  const updatePort: UpdateCustomerPort = {
    findById: (id) => customers.findById(id),
    mutate: (id, actor, fn) => customers.mutate(id, actor, fn),
    customFieldDefinitions: (branchId) => settings.listDefinitions(branchId),
  };
  const customer = (c: Customer) => toCustomerMessage(c);
  const rpc = <Req, Res>(name: string, fn: (req: Req, principal: Principal | undefined) => Promise<Res>) =>
    handle<Req, Res>(name, (req, ctx) => fn(req, ctx.principal));

  return {
    CreateCustomer: rpc<t.CreateCustomerRequest__Output, t.CreateCustomerResponse>(
      'CreateCustomer',
      async (req, p) => {
        const created = await createCustomer(createPort, p, {
          branchId: req.branchId || undefined,
          kind: req.kind as CustomerKind,
          name: req.name,
          phone: req.phone || undefined,
          phones: req.phones,
          email: req.email,
          ownerId: req.ownerId || undefined,
          address: addressIn(req.address),
          contacts: req.contacts.map(contactIn),
          source: req.source,
          tags: req.tags,
          notes: req.notes,
          customFieldsJson: req.customFieldsJson || undefined,
          level: enumInput(levelToWire, req.level, 'CUSTOMER_LEVEL_UNSPECIFIED'),
          customerClass: enumInput(classToWire, req.customerClass, 'CUSTOMER_CLASS_UNSPECIFIED'),
          acknowledgeDuplicates: req.acknowledgeDuplicates,
          anniversaries: req.anniversaries.map(anniversaryIn),
        });
        return {
          customer: customer(created.customer),
          duplicates: created.duplicates.map(toDuplicateMatchMessage),
        };
      },
    ),
    GetCustomer: rpc<t.GetCustomerRequest__Output, t.GetCustomerResponse>('GetCustomer', async (req, p) => ({
      customer: customer(await getCustomer(customers, p, req.id)),
    })),
    ListCustomers: rpc<t.ListCustomersRequest__Output, t.ListCustomersResponse>(
      'ListCustomers',
      async (req, p) => {
        const page = await listCustomers(customers, p, {
          pageSize: req.pageSize,
          pageToken: req.pageToken,
          branchId: req.branchId,
          q: req.q,
          phone: req.phone,
          cardUid: req.cardUid,
          address: req.address,
          city: req.city,
          tag: req.tag,
          ownerId: req.ownerId,
          level: enumInput(levelToWire, req.level, 'CUSTOMER_LEVEL_UNSPECIFIED'),
          customerClass: enumInput(classToWire, req.customerClass, 'CUSTOMER_CLASS_UNSPECIFIED'),
          status: enumInput(statusToWire, req.status, 'CUSTOMER_STATUS_UNSPECIFIED'),
          kind: req.kind === 'CUSTOMER_KIND_UNSPECIFIED' ? undefined : req.kind,
          sort: enumInput(sortToWire, req.sort, 'CUSTOMER_SORT_UNSPECIFIED'),
        });
        return { customers: page.customers.map(customer), nextPageToken: page.nextPageToken };
      },
    ),
    UpdateCustomer: rpc<t.UpdateCustomerRequest__Output, t.UpdateCustomerResponse>(
      'UpdateCustomer',
      async (req, p) => {
        const updated = await updateCustomer(updatePort, p, {
          id: req.id,
          version: req.version,
          kind: req.kind as CustomerKind | undefined,
          name: req.name,
          phones: req.phones?.values,
          email: req.email,
          address: addressIn(req.address),
          contacts: req.contacts?.values.map(contactIn),
          source: req.source,
          tags: req.tags?.values,
          notes: req.notes,
          customFieldsJson: req.customFieldsJson,
          level: enumInput(levelToWire, req.level, 'CUSTOMER_LEVEL_UNSPECIFIED'),
          customerClass: classIn(req.customerClass),
          acknowledgeDuplicates: req.acknowledgeDuplicates,
          anniversaries: req.anniversaries?.values.map(anniversaryIn),
        });
        return {
          customer: customer(updated.customer),
          duplicates: updated.duplicates.map(toDuplicateMatchMessage),
        };
      },
    ),
    CheckDuplicates: rpc<t.CheckDuplicatesRequest__Output, t.CheckDuplicatesResponse>(
      'CheckDuplicates',
      async (req, p) => ({
        duplicates: (
          await checkDuplicates(customers, p, {
            name: req.name,
            phones: req.phones,
            excludeCustomerId: req.excludeCustomerId,
          })
        ).map(toDuplicateMatchMessage),
      }),
    ),
    ApproveCustomer: rpc<t.ApproveCustomerRequest__Output, t.ApproveCustomerResponse>(
      'ApproveCustomer',
      async (req, p) => ({
        customer: customer(
          await reviewCustomer(customers, p, { id: req.id, decision: 'approve', note: req.note }),
        ),
      }),
    ),
    RejectCustomer: rpc<t.RejectCustomerRequest__Output, t.RejectCustomerResponse>(
      'RejectCustomer',
      async (req, p) => ({
        customer: customer(
          await reviewCustomer(customers, p, { id: req.id, decision: 'reject', note: req.reason }),
        ),
      }),
    ),
    MergeCustomers: rpc<t.MergeCustomersRequest__Output, t.MergeCustomersResponse>(
      'MergeCustomers',
      async (req, p) => ({
        customer: customer(
          await mergeCustomers(customers, p, { targetId: req.targetId, sourceId: req.sourceId }),
        ),
      }),
    ),
    DeleteCustomer: rpc<t.DeleteCustomerRequest__Output, t.DeleteCustomerResponse>(
      'DeleteCustomer',
      async (req, p) => ({
        customer: customer(await deleteCustomer(customers, p, req.id)),
      }),
    ),
    RestoreCustomer: rpc<t.RestoreCustomerRequest__Output, t.RestoreCustomerResponse>(
      'RestoreCustomer',
      async (req, p) => ({ customer: customer(await restoreCustomer(customers, p, req.id)) }),
    ),
    PurgeCustomer: rpc<t.PurgeCustomerRequest__Output, t.PurgeCustomerResponse>(
      'PurgeCustomer',
      async (req, p) => {
        await purgeCustomer(customers, p, req.id);
        return {};
      },
    ),
    ListDeletedCustomers: rpc<t.ListDeletedCustomersRequest__Output, t.ListDeletedCustomersResponse>(
      'ListDeletedCustomers',
      async (req, p) => {
        const page = await listDeletedCustomers(customers, p, req);
        return { customers: page.customers.map(customer), nextPageToken: page.nextPageToken };
      },
    ),
    IssueCard: rpc<t.IssueCardRequest__Output, t.IssueCardResponse>('IssueCard', async (req, p) => {
      const issued = await issueCard(customers, p, { customerId: req.customerId, uid: req.uid });
      return { card: toCardMessage(issued.card), customer: customer(issued.customer) };
    }),
    ReplaceCard: rpc<t.ReplaceCardRequest__Output, t.ReplaceCardResponse>('ReplaceCard', async (req, p) => {
      const r = await replaceCard(customers, p, req);
      return {
        oldCard: toCardMessage(r.oldCard),
        newCard: toCardMessage(r.newCard),
        customer: customer(r.customer),
      };
    }),
    RevokeCard: rpc<t.RevokeCardRequest__Output, t.RevokeCardResponse>('RevokeCard', async (req, p) => {
      const r = await revokeCard(customers, p, req);
      return { card: toCardMessage(r.card), customer: customer(r.customer) };
    }),
    LookupByCard: rpc<t.LookupByCardRequest__Output, t.LookupByCardResponse>(
      'LookupByCard',
      async (req, p) => {
        const found = await lookupByCard(lookups, p, req.uid);
        return { customer: customer(found.customer), card: toCardMessage(found.card) };
      },
    ),
    LookupByPhone: rpc<t.LookupByPhoneRequest__Output, t.LookupByPhoneResponse>(
      'LookupByPhone',
      async (req, p) => {
        const found = await lookupByPhone(lookups, p, req.phone);
        return { phone: found.phone, customers: found.customers.map(customer) };
      },
    ),
    ListCustomFieldDefinitions: rpc<
      t.ListCustomFieldDefinitionsRequest__Output,
      t.ListCustomFieldDefinitionsResponse
    >('ListCustomFieldDefinitions', async (req, p) => ({
      definitions: (await listCustomFieldDefinitions(settings, p, req.branchId)).map(
        toFieldDefinitionMessage,
      ),
    })),
    CreateCustomFieldDefinition: rpc<
      t.CreateCustomFieldDefinitionRequest__Output,
      t.CreateCustomFieldDefinitionResponse
    >('CreateCustomFieldDefinition', async (req, p) => ({
      definition: toFieldDefinitionMessage(
        await createCustomFieldDefinition(settings, p, {
          branchId: req.branchId || undefined,
          key: req.key,
          label: req.label,
          type: enumInput(fieldTypeToWire, req.type, 'CUSTOM_FIELD_TYPE_UNSPECIFIED') as never,
          options: req.options,
          required: req.required,
          position: req.position,
        }),
      ),
    })),
    UpdateCustomFieldDefinition: rpc<
      t.UpdateCustomFieldDefinitionRequest__Output,
      t.UpdateCustomFieldDefinitionResponse
    >('UpdateCustomFieldDefinition', async (req, p) => ({
      definition: toFieldDefinitionMessage(
        await updateCustomFieldDefinition(settings, p, {
          id: req.id,
          version: req.version,
          label: req.label,
          options: req.options?.values,
          required: req.required,
          position: req.position,
        }),
      ),
    })),
    DeleteCustomFieldDefinition: rpc<
      t.DeleteCustomFieldDefinitionRequest__Output,
      t.DeleteCustomFieldDefinitionResponse
    >('DeleteCustomFieldDefinition', async (req, p) => {
      await deleteCustomFieldDefinition(settings, p, req.id);
      return {};
    }),
    GetCustomerSettings: rpc<t.GetCustomerSettingsRequest__Output, t.GetCustomerSettingsResponse>(
      'GetCustomerSettings',
      async (req, p) => ({
        settings: toSettingsMessage(await getCustomerSettings(settings, p, req.branchId)),
      }),
    ),
    UpdateCustomerSettings: rpc<t.UpdateCustomerSettingsRequest__Output, t.UpdateCustomerSettingsResponse>(
      'UpdateCustomerSettings',
      async (req, p) => ({
        settings: toSettingsMessage(
          await updateCustomerSettings(settings, p, {
            branchId: req.branchId,
            entryReview: enumInput(entryReviewToWire, req.entryReview, 'ENTRY_REVIEW_UNSPECIFIED'),
            pool: req.pool
              ? {
                  maxOwned: req.pool.maxOwned,
                  reclaimBlockDays: req.pool.reclaimBlockDays,
                  autoReturnDays: {
                    ordinary: req.pool.autoReturnDaysOrdinary,
                    high_intent: req.pool.autoReturnDaysHighIntent,
                  },
                  returnReminderDays: req.pool.returnReminderDays,
                }
              : undefined,
            followUpDays: req.followUpDays
              ? {
                  A: req.followUpDays.classA,
                  B: req.followUpDays.classB,
                  C: req.followUpDays.classC,
                  unclassified: req.followUpDays.unclassified,
                }
              : undefined,
            churnAtRiskDays: req.churnAtRiskDays ?? undefined,
            expectedVersion: req.expectedVersion ?? undefined,
            careLeadDays: req.careLeadDays ?? undefined,
          }),
        ),
      }),
    ),
    AddFollowUp: rpc<t.AddFollowUpRequest__Output, t.AddFollowUpResponse>('AddFollowUp', async (req, p) => ({
      entry: toTimelineEntryMessage(
        await addFollowUp(timeline, p, {
          customerId: req.customerId,
          kind: enumInput(timelineKindToWire, req.kind, 'TIMELINE_ENTRY_KIND_UNSPECIFIED'),
          occurredAt: req.occurredAt || undefined,
          summary: req.summary,
          detailsJson: req.detailsJson || undefined,
        }),
      ),
    })),
    TransferCustomers: rpc<t.TransferCustomersRequest__Output, t.TransferCustomersResponse>(
      'TransferCustomers',
      async (req, p) => ({ customers: (await transferCustomers(pool, p, req)).map(customer) }),
    ),
    ReleaseToPool: rpc<t.ReleaseToPoolRequest__Output, t.ReleaseToPoolResponse>(
      'ReleaseToPool',
      async (req, p) => ({
        customer: customer(await releaseToPool(pool, p, req.id)),
      }),
    ),
    ClaimFromPool: rpc<t.ClaimFromPoolRequest__Output, t.ClaimFromPoolResponse>(
      'ClaimFromPool',
      async (req, p) => ({
        customer: customer(await claimFromPool(pool, p, req.id)),
      }),
    ),
    ListPool: rpc<t.ListPoolRequest__Output, t.ListPoolResponse>('ListPool', async (req, p) => {
      const page = await listPool(pool, p, req);
      return { customers: page.customers.map(customer), nextPageToken: page.nextPageToken };
    }),
    ListDueFollowUps: rpc<t.ListDueFollowUpsRequest__Output, t.ListDueFollowUpsResponse>(
      'ListDueFollowUps',
      async (req, p) => {
        const page = await listDueFollowUps(timeline, p, req);
        return {
          items: page.items.map((i) => ({ customer: customer(i.customer), dueAt: i.dueAt.toISOString() })),
          nextPageToken: page.nextPageToken,
        };
      },
    ),
    ListTimeline: rpc<t.ListTimelineRequest__Output, t.ListTimelineResponse>(
      'ListTimeline',
      async (req, p) => {
        const page = await listTimeline(timeline, p, req);
        return { entries: page.entries.map(toTimelineEntryMessage), nextPageToken: page.nextPageToken };
      },
    ),
  };
}

const sortToWire = {
  created_desc: 'CUSTOMER_SORT_CREATED_DESC',
  name_asc: 'CUSTOMER_SORT_NAME_ASC',
  purchase_quantity_desc: 'CUSTOMER_SORT_PURCHASE_QUANTITY_DESC',
} as const;
