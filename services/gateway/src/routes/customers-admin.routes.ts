import { z } from 'zod';
import { call } from '@crm/grpc';
import type { customersV1Types as t } from '@crm/proto';
import type { DownstreamClients } from '../clients/downstream-clients';
import { defineRoute, type ApiRoute } from '../http/api-route';
import {
  customerResource,
  customersPageQuery,
  entryReviews,
  fieldTypes,
  toCustomerPage,
  toCustomerResource,
} from './customers-resources';
import { deleteRoute, idParams, listRoute } from './route-helpers';

const binQuery = z.strictObject({
  ...customersPageQuery,
  branchId: z.string().max(64).optional(),
});
const branchQuery = z.strictObject({ branchId: z.string().max(64).optional() });
const branchParams = z.object({ branchId: z.string().max(64) });
const definitionBody = z.strictObject({
  branchId: z.string().max(64).optional(),
  key: z.string().max(100).describe('a-z, 0-9 and _, starting with a letter'),
  label: z.string().max(1000),
  type: z.enum(['TEXT', 'NUMBER', 'DATE', 'OPTION']),
  options: z.array(z.string().max(1000)).max(200).optional(),
  required: z.boolean().optional(),
  position: z.number().int().min(0).max(1_000_000).optional(),
});
const definitionPatch = z.strictObject({
  version: z.number().int().min(1),
  label: z.string().max(1000).optional(),
  options: z.array(z.string().max(1000)).max(200).optional(),
  required: z.boolean().optional(),
  position: z.number().int().min(0).max(1_000_000).optional(),
});
const days = z.number().int().min(0).max(3650);
const poolSettings = z.strictObject({
  maxOwned: z.number().int().min(0).max(100_000).describe('Customers one user may own; 0 = no cap'),
  reclaimBlockDays: days.describe('Days the previous owner may not claim a released customer back'),
  autoReturnDays: z
    .strictObject({ ordinary: days, highIntent: days })
    .describe('Days without follow-up before an owned customer returns to the pool; 0 = never'),
  returnReminderDays: days.describe('Days before the return the owner is reminded; 0 = no reminder'),
});
const followUpDays = z
  .strictObject({ A: days, B: days, C: days, unclassified: days })
  .describe('Days between follow-ups per customer class; 0 = no schedule');
const settingsBody = z
  .strictObject({
    entryReview: z.enum(['NONE', 'DUPLICATES', 'ALL']).optional(),
    pool: poolSettings.optional(),
    followUpDays: followUpDays.optional(),
    churnAtRiskDays: days
      .optional()
      .describe('Days without activity before a customer is at risk; 0 = never'),
    careLeadDays: z
      .number()
      .int()
      .min(0)
      .max(60)
      .optional()
      .describe('Days ahead of a birthday the reminder goes out'),
    version: z
      .number()
      .int()
      .min(0)
      .optional()
      .describe('The version the change is based on: if the settings moved past it, 409 and nothing changes'),
  })
  .refine(
    (b) =>
      b.entryReview !== undefined ||
      b.pool !== undefined ||
      b.followUpDays !== undefined ||
      b.churnAtRiskDays !== undefined ||
      b.careLeadDays !== undefined,
    'entryReview, pool, followUpDays, churnAtRiskDays or careLeadDays is required',
  );

const definitionResource = z.object({
  id: z.string(),
  branchId: z.string(),
  key: z.string(),
  label: z.string(),
  type: z.enum(['TEXT', 'NUMBER', 'DATE', 'OPTION']),
  options: z.array(z.string()),
  required: z.boolean(),
  position: z.number().int(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
const settingsResource = z.object({
  branchId: z.string(),
  entryReview: z.enum(['NONE', 'DUPLICATES', 'ALL']).describe('Which new records wait for a supervisor'),
  version: z.number().int(),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
  pool: poolSettings,
  followUpDays,
  churnAtRiskDays: z.number().int(),
  careLeadDays: z.number().int(),
});

const toDefinition = (d: t.CustomFieldDefinition__Output | null) =>
  d && { ...d, type: d.type.replace('CUSTOM_FIELD_TYPE_', '') as 'TEXT' };
const toSettings = (s: t.CustomerSettings__Output | null) =>
  s && {
    branchId: s.branchId,
    entryReview: s.entryReview.replace('ENTRY_REVIEW_', '') as 'NONE',
    version: s.version,
    updatedAt: s.updatedAt || null,
    updatedBy: s.updatedBy || null,
    pool: {
      maxOwned: s.pool?.maxOwned ?? 0,
      reclaimBlockDays: s.pool?.reclaimBlockDays ?? 0,
      autoReturnDays: {
        ordinary: s.pool?.autoReturnDaysOrdinary ?? 0,
        highIntent: s.pool?.autoReturnDaysHighIntent ?? 0,
      },
      returnReminderDays: s.pool?.returnReminderDays ?? 0,
    },
    followUpDays: {
      A: s.followUpDays?.classA ?? 0,
      B: s.followUpDays?.classB ?? 0,
      C: s.followUpDays?.classC ?? 0,
      unclassified: s.followUpDays?.unclassified ?? 0,
    },
    churnAtRiskDays: s.churnAtRiskDays,
    careLeadDays: s.careLeadDays,
  };

/** Recycle bin (R-CUS-7), custom field definitions and per-branch settings (entry review, R-CUS-6). */
export function customerAdminRoutes(clients: DownstreamClients): ApiRoute[] {
  const customers = clients.customers;
  return [
    listRoute({
      path: '/recycle-bin/customers',
      summary: 'Deleted customers in the caller’s data scope, most recently deleted first',
      tag: 'customers recycle bin',
      permission: 'customers.delete',
      query: binQuery,
      description: 'A page of deleted customers',
      item: customerResource,
      async list(query) {
        return toCustomerPage(await call(customers.listDeletedCustomers.bind(customers), query));
      },
    }),
    defineRoute({
      method: 'post',
      path: '/recycle-bin/customers/:id/restore',
      summary: 'Restore a deleted customer',
      tag: 'customers recycle bin',
      permission: 'customers.delete',
      params: idParams,
      responses: { 200: { description: 'The restored customer', schema: customerResource } },
      async handler({ params }) {
        const { customer } = await call(customers.restoreCustomer.bind(customers), { id: params.id });
        return { status: 200, body: toCustomerResource(customer) };
      },
    }),
    deleteRoute({
      path: '/recycle-bin/customers/:id',
      summary: 'Purge a deleted customer for good, with its contacts and cards',
      tag: 'customers recycle bin',
      permission: 'customers.purge',
      description: 'Purged',
      remove: (id) => call(customers.purgeCustomer.bind(customers), { id }),
    }),
    defineRoute({
      method: 'get',
      path: '/customer-field-definitions',
      summary: 'Custom fields of a branch’s customers',
      tag: 'customer settings',
      permission: 'customers.read',
      query: branchQuery,
      responses: {
        200: { description: 'The definitions', schema: z.object({ items: z.array(definitionResource) }) },
      },
      async handler({ query }) {
        const r = await call(customers.listCustomFieldDefinitions.bind(customers), {
          branchId: query.branchId ?? '',
        });
        return { status: 200, body: { items: r.definitions.map(toDefinition) } };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/customer-field-definitions',
      summary: 'Define a custom field (text, number, date, option)',
      tag: 'customer settings',
      permission: 'customers.settings',
      body: definitionBody,
      responses: { 201: { description: 'Created', schema: definitionResource } },
      async handler({ body }) {
        const r = await call(customers.createCustomFieldDefinition.bind(customers), {
          ...body,
          type: fieldTypes[body.type],
        });
        return { status: 201, body: toDefinition(r.definition) };
      },
    }),
    defineRoute({
      method: 'patch',
      path: '/customer-field-definitions/:id',
      summary: 'Change a custom field’s label, options, required flag or position',
      tag: 'customer settings',
      permission: 'customers.settings',
      params: idParams,
      body: definitionPatch,
      responses: { 200: { description: 'Changed', schema: definitionResource } },
      async handler({ params, body }) {
        const r = await call(customers.updateCustomFieldDefinition.bind(customers), {
          id: params.id,
          version: body.version,
          label: body.label,
          options: body.options ? { values: body.options } : undefined,
          required: body.required,
          position: body.position,
        });
        return { status: 200, body: toDefinition(r.definition) };
      },
    }),
    deleteRoute({
      path: '/customer-field-definitions/:id',
      summary: 'Remove a custom field (stored values stay, unvalidated)',
      tag: 'customer settings',
      permission: 'customers.settings',
      description: 'Removed',
      remove: (id) => call(customers.deleteCustomFieldDefinition.bind(customers), { id }),
    }),
    defineRoute({
      method: 'get',
      path: '/customer-settings/:branchId',
      summary: 'Customer settings of a branch',
      tag: 'customer settings',
      permission: 'customers.read',
      params: branchParams,
      responses: { 200: { description: 'The settings', schema: settingsResource } },
      async handler({ params }) {
        const r = await call(customers.getCustomerSettings.bind(customers), { branchId: params.branchId });
        return { status: 200, body: toSettings(r.settings) };
      },
    }),
    defineRoute({
      method: 'put',
      path: '/customer-settings/:branchId',
      summary:
        'Set a branch’s entry review (NONE, DUPLICATES or ALL new records wait for a supervisor) and its public pool rules',
      tag: 'customer settings',
      permission: 'customers.settings',
      params: branchParams,
      body: settingsBody,
      responses: { 200: { description: 'The settings', schema: settingsResource } },
      async handler({ params, body }) {
        const r = await call(customers.updateCustomerSettings.bind(customers), {
          branchId: params.branchId,
          entryReview: body.entryReview ? entryReviews[body.entryReview] : 'ENTRY_REVIEW_UNSPECIFIED',
          pool: body.pool && {
            maxOwned: body.pool.maxOwned,
            reclaimBlockDays: body.pool.reclaimBlockDays,
            autoReturnDaysOrdinary: body.pool.autoReturnDays.ordinary,
            autoReturnDaysHighIntent: body.pool.autoReturnDays.highIntent,
            returnReminderDays: body.pool.returnReminderDays,
          },
          followUpDays: body.followUpDays && {
            classA: body.followUpDays.A,
            classB: body.followUpDays.B,
            classC: body.followUpDays.C,
            unclassified: body.followUpDays.unclassified,
          },
          churnAtRiskDays: body.churnAtRiskDays,
          careLeadDays: body.careLeadDays,
          expectedVersion: body.version,
        });
        return { status: 200, body: toSettings(r.settings) };
      },
    }),
  ];
}
