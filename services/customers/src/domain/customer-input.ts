import { z } from 'zod';
import {
  customerClasses,
  customerKinds,
  customerLevels,
  limits,
  type Address,
  type Contact,
} from './customer';
import { normalizePhoneNumber } from './phone-number';
import { isCalendarDate, isUuid, optionalLine, optionalMultiLine, singleLine } from './text-rules';

/** One phone in any format → E.164 (default region CN); a violation names the entry. */
const phone = z
  .string()
  .max(40, 'at most 40 characters')
  .transform((v, ctx) => {
    const e164 = normalizePhoneNumber(v);
    if (!e164) ctx.addIssue({ code: 'custom', message: 'is not a phone number' });
    return e164 ?? '';
  });

/** Phones in any format → distinct E.164 numbers in the order given. */
export const phoneList = (max: number) =>
  z
    .array(phone)
    .max(max, `at most ${max} phones`)
    .transform((list) => [...new Set(list)]);

const email = z
  .union([
    z.literal(''),
    z.email('is not an e-mail address').max(limits.email, `at most ${limits.email} characters`),
  ])
  .optional()
  .transform((v) => (v ? v.trim() : null));

const birthday = z
  .string()
  .optional()
  .refine((v) => !v || isCalendarDate(v), 'must be a date (YYYY-MM-DD)')
  .transform((v) => v || null);

const tag = singleLine(limits.tag).refine((v) => v.length > 0, 'must not be empty');
export const tagList = z
  .array(tag)
  .max(limits.tags, `at most ${limits.tags} tags`)
  .transform((list) => [...new Set(list.map((t) => t.normalize('NFKC')))]);

export const addressInput = z
  .object({
    province: optionalLine(limits.addressPart),
    city: optionalLine(limits.addressPart),
    district: optionalLine(limits.addressPart),
    detail: optionalLine(limits.addressDetail),
  })
  .transform((a): Address => a);

export const contactInput = z.object({
  id: z
    .string()
    .optional()
    .refine((v) => !v || isUuid(v), 'must be a UUID')
    .transform((v) => v || null),
  name: singleLine(limits.contactName).refine((v) => v.length > 0, 'is required'),
  title: optionalLine(limits.title),
  phones: phoneList(5).default([]),
  email,
  birthday,
});
export type ContactInput = z.output<typeof contactInput>;

export const contactList = z
  .array(contactInput)
  .max(limits.contacts, `at most ${limits.contacts} contacts`)
  .superRefine((list, ctx) => {
    const ids = list.flatMap((c) => (c.id ? [c.id] : []));
    if (new Set(ids).size !== ids.length)
      ctx.addIssue({ code: 'custom', message: 'a contact id appears twice' });
  });

/** Anniversaries (R-CUS-9): label and calendar date; the same label and date twice count once. */
export const anniversaryList = z
  .array(
    z.object({
      label: singleLine(limits.anniversaryLabel).refine((v) => v.length > 0, 'is required'),
      date: z.string().refine(isCalendarDate, 'must be a date (YYYY-MM-DD)'),
    }),
  )
  .max(limits.anniversaries, `at most ${limits.anniversaries} anniversaries`)
  .transform((list) =>
    list.filter((a, i) => list.findIndex((b) => b.label === a.label && b.date === a.date) === i),
  );

export const nameInput = singleLine(limits.name).refine((v) => v.length > 0, 'is required');
export const kindInput = z.enum(customerKinds, {
  message: 'must be CUSTOMER_KIND_COMPANY or CUSTOMER_KIND_INDIVIDUAL',
});
export const levelInput = z.enum(customerLevels, { message: 'must be ordinary or high_intent' });
export const classInput = z.enum(customerClasses, { message: 'must be A, B or C' }).nullable();
export const sourceInput = optionalLine(limits.source);
export const notesInput = optionalMultiLine(limits.notes);
export const emailInput = email;
const id64 = z
  .string()
  .max(64, 'at most 64 characters')
  .regex(/^[\w.:@-]*$/, 'contains characters an id cannot have');

/** A new record's fields, already decoded from the wire (empty strings are absent values). */
export const createCustomerInput = z.object({
  branchId: id64.optional(),
  kind: kindInput,
  name: nameInput,
  /** The first contract's single phone; comes before `phones`. */
  phone: phone.optional().transform((v) => v || null),
  phones: phoneList(limits.phones).default([]),
  email,
  ownerId: id64.optional(),
  address: addressInput.optional(),
  contacts: contactList.default([]),
  source: sourceInput,
  tags: tagList.default([]),
  notes: notesInput,
  customFieldsJson: z.string().optional(),
  level: levelInput.optional(),
  customerClass: classInput.optional(),
  acknowledgeDuplicates: z.boolean().optional(),
  anniversaries: anniversaryList.default([]),
});
export type CreateCustomerInput = z.input<typeof createCustomerInput>;

/** An update: absent fields stay as they are. */
export const updateCustomerInput = z.object({
  id: z.string().refine(isUuid, 'must be a UUID'),
  version: z.number().int().min(1, 'is required (the version you read)'),
  kind: kindInput.optional(),
  name: nameInput.optional(),
  phones: phoneList(limits.phones).optional(),
  email: email.optional(),
  address: addressInput.optional(),
  contacts: contactList.optional(),
  source: sourceInput.optional(),
  tags: tagList.optional(),
  notes: notesInput.optional(),
  customFieldsJson: z.string().optional(),
  level: levelInput.optional(),
  customerClass: classInput.optional(),
  acknowledgeDuplicates: z.boolean().optional(),
  anniversaries: anniversaryList.optional(),
});
export type UpdateCustomerInput = z.input<typeof updateCustomerInput>;

/** Contacts of the input, keeping the ids of existing contacts and giving new ones an id. */
export function resolveContacts(
  input: ContactInput[],
  existing: Contact[],
  newId: () => string,
): { contacts: Contact[]; unknownIds: number[] } {
  const known = new Set(existing.map((c) => c.id));
  const unknownIds: number[] = [];
  const contacts = input.map((c, i) => {
    if (c.id && !known.has(c.id)) unknownIds.push(i);
    return {
      id: c.id && known.has(c.id) ? c.id : newId(),
      name: c.name,
      title: c.title,
      phones: c.phones,
      email: c.email,
      birthday: c.birthday,
    };
  });
  return { contacts, unknownIds };
}
