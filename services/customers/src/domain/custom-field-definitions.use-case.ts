import { z } from 'zod';
import { canWriteToBranch, requirePermission, type Principal } from '@crm/auth';
import { conflict, DomainError, notFound, permissionDenied } from '@crm/errors';
import { customerPermissions } from './customer';
import { violationsOf } from './create-customer.use-case';
import { CUSTOM_FIELD_KEY, customFieldTypes, type CustomFieldDefinition } from './custom-fields';
import { requireUuid } from './get-customer.use-case';
import { singleLine } from './text-rules';

export interface CustomFieldDefinitionPort {
  listDefinitions(branchId: string): Promise<CustomFieldDefinition[]>;
  findDefinition(id: string): Promise<CustomFieldDefinition | undefined>;
  /** ALREADY_EXISTS when the branch has that key. */
  insertDefinition(d: CustomFieldDefinition, actor: Principal): Promise<void>;
  /** CONFLICT when the stored version is not `basedOn`. */
  updateDefinition(
    before: CustomFieldDefinition,
    after: CustomFieldDefinition,
    actor: Principal,
  ): Promise<void>;
  deleteDefinition(d: CustomFieldDefinition, actor: Principal): Promise<void>;
}

const branchOf = (caller: Principal, branchId: string | undefined) => branchId || caller.branchId;

function requireBranch(caller: Principal, branchId: string): void {
  if (!canWriteToBranch(caller, branchId)) throw permissionDenied(`not allowed for branch ${branchId}`);
}

const label = singleLine(100).refine((v) => v.length > 0, 'is required');
const option = singleLine(100).refine((v) => v.length > 0, 'must not be empty');
const options = z
  .array(option)
  .max(50, 'at most 50 options')
  .refine((list) => new Set(list).size === list.length, 'must be distinct');

const createInput = z
  .object({
    branchId: z.string().max(64, 'at most 64 characters').optional(),
    key: z
      .string()
      .regex(CUSTOM_FIELD_KEY, 'lower-case letters, digits and _, starting with a letter, at most 40'),
    label,
    type: z.enum(customFieldTypes, { message: `must be one of ${customFieldTypes.join(', ')}` }),
    options: options.default([]),
    required: z.boolean().default(false),
    position: z.number().int().min(0).max(10_000).default(0),
  })
  .superRefine((v, ctx) => {
    if (v.type === 'option' && v.options.length === 0)
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'an option field needs options' });
    if (v.type !== 'option' && v.options.length > 0)
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'only option fields have options' });
  });

const updateInput = z.object({
  id: z.string(),
  version: z.number().int().min(1, 'is required (the version you read)'),
  label: label.optional(),
  options: options.optional(),
  required: z.boolean().optional(),
  position: z.number().int().min(0).max(10_000).optional(),
});

const invalid = (error: z.ZodError) =>
  new DomainError('INVALID_ARGUMENT', 'field definition is invalid', violationsOf(error));

export async function listCustomFieldDefinitions(
  port: CustomFieldDefinitionPort,
  principal: Principal | undefined,
  branchId: string,
): Promise<CustomFieldDefinition[]> {
  const caller = requirePermission(principal, customerPermissions.read);
  const branch = branchOf(caller, branchId);
  requireBranch(caller, branch);
  return port.listDefinitions(branch);
}

export async function createCustomFieldDefinition(
  port: CustomFieldDefinitionPort,
  principal: Principal | undefined,
  input: z.input<typeof createInput>,
  now: Date = new Date(),
): Promise<CustomFieldDefinition> {
  const caller = requirePermission(principal, customerPermissions.settings);
  const parsed = createInput.safeParse(input);
  if (!parsed.success) throw invalid(parsed.error);
  const v = parsed.data;
  const branchId = branchOf(caller, v.branchId);
  requireBranch(caller, branchId);
  const definition: CustomFieldDefinition = {
    id: crypto.randomUUID(),
    branchId,
    key: v.key,
    label: v.label,
    type: v.type,
    options: v.options,
    required: v.required,
    position: v.position,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  await port.insertDefinition(definition, caller);
  return definition;
}

/** Label, options, required and position can change; key and type cannot (stored values depend on them). */
export async function updateCustomFieldDefinition(
  port: CustomFieldDefinitionPort,
  principal: Principal | undefined,
  input: z.input<typeof updateInput>,
  now: Date = new Date(),
): Promise<CustomFieldDefinition> {
  const caller = requirePermission(principal, customerPermissions.settings);
  requireUuid(input.id);
  const parsed = updateInput.safeParse(input);
  if (!parsed.success) throw invalid(parsed.error);
  const v = parsed.data;
  const before = await port.findDefinition(v.id);
  if (!before || !canWriteToBranch(caller, before.branchId)) throw notFound('field definition', v.id);
  if (before.version !== v.version)
    throw conflict(`field definition ${v.id} was changed by someone else; reload it`);
  const nextOptions = v.options ?? before.options;
  if (before.type === 'option' && nextOptions.length === 0)
    throw new DomainError('INVALID_ARGUMENT', 'field definition is invalid', [
      { field: 'options', message: 'an option field needs options' },
    ]);
  if (before.type !== 'option' && nextOptions.length > 0)
    throw new DomainError('INVALID_ARGUMENT', 'field definition is invalid', [
      { field: 'options', message: 'only option fields have options' },
    ]);
  const after: CustomFieldDefinition = {
    ...before,
    label: v.label ?? before.label,
    options: nextOptions,
    required: v.required ?? before.required,
    position: v.position ?? before.position,
    version: before.version + 1,
    updatedAt: now,
  };
  await port.updateDefinition(before, after, caller);
  return after;
}

export async function deleteCustomFieldDefinition(
  port: CustomFieldDefinitionPort,
  principal: Principal | undefined,
  id: string,
): Promise<void> {
  const caller = requirePermission(principal, customerPermissions.settings);
  requireUuid(id);
  const definition = await port.findDefinition(id);
  if (!definition || !canWriteToBranch(caller, definition.branchId)) throw notFound('field definition', id);
  await port.deleteDefinition(definition, caller);
}
