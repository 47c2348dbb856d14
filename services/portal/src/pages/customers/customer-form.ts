// The create/edit form's values ↔ the REST bodies, and the server's violation fields ↔ form fields.
// Pure (dates as YYYY-MM-DD strings here; the form component converts pickers' values).
import type {
  ContactInput,
  CreateCustomerInput,
  CustomFieldDefinition,
  UpdateCustomerInput,
} from '../../api/customers.types';
import type { Customer, CustomerClass, CustomerKind, CustomerLevel, Problem } from '../../api/types';

export interface ContactValues {
  id?: string;
  name?: string;
  title?: string;
  phones?: string[];
  email?: string;
  birthday?: string | null;
}

export interface CustomerFormValues {
  kind: CustomerKind;
  name: string;
  phones?: (string | undefined)[];
  email?: string;
  address?: { province?: string; city?: string; district?: string; detail?: string };
  source?: string;
  tags?: string[];
  notes?: string;
  level?: CustomerLevel;
  /** '' = unclassified (a Select cannot hold null as an option value). */
  customerClass?: CustomerClass | '';
  contacts?: ContactValues[];
  customFields?: Record<string, string | number | null | undefined>;
}

const text = (v: string | undefined | null) => (v ?? '').trim();
const opt = (v: string | undefined | null) => text(v) || undefined;

const phonesOf = (list: readonly (string | undefined)[] | undefined) =>
  (list ?? []).map(text).filter(Boolean);

function contactsOf(list: ContactValues[] | undefined): ContactInput[] {
  // Not filtered: `contacts.N` of a violation must stay the N-th contact of the form.
  return (list ?? []).map((c) => ({
    ...(c.id ? { id: c.id } : {}),
    name: text(c.name),
    title: opt(c.title),
    phones: phonesOf(c.phones),
    email: opt(c.email),
    birthday: opt(c.birthday),
  }));
}

function customFieldsOf(
  values: CustomerFormValues['customFields'],
  definitions: readonly CustomFieldDefinition[],
): Record<string, string | number | null> {
  const out: Record<string, string | number | null> = {};
  for (const d of definitions) {
    const v = values?.[d.key];
    if (typeof v === 'number') out[d.key] = v;
    else out[d.key] = typeof v === 'string' && v.trim() ? v.trim() : null;
  }
  return out;
}

const present = (fields: Record<string, string | number | null>) =>
  Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== null)) as Record<string, string | number>;

export function toCreateInput(
  values: CustomerFormValues,
  definitions: readonly CustomFieldDefinition[],
  acknowledgeDuplicates = false,
): CreateCustomerInput {
  const address = values.address ?? {};
  const fields = present(customFieldsOf(values.customFields, definitions));
  return {
    kind: values.kind,
    name: text(values.name),
    phones: phonesOf(values.phones),
    email: opt(values.email),
    address: {
      province: opt(address.province),
      city: opt(address.city),
      district: opt(address.district),
      detail: opt(address.detail),
    },
    contacts: contactsOf(values.contacts),
    source: opt(values.source),
    tags: (values.tags ?? []).map(text).filter(Boolean),
    notes: opt(values.notes),
    ...(Object.keys(fields).length > 0 ? { customFields: fields } : {}),
    level: values.level ?? 'ORDINARY',
    customerClass: values.customerClass || null,
    ...(acknowledgeDuplicates ? { acknowledgeDuplicates: true } : {}),
  };
}

/** A PATCH of every field of the form (null clears), with the version read. */
export function toUpdateInput(
  values: CustomerFormValues,
  customer: Pick<Customer, 'version' | 'customFields'>,
  definitions: readonly CustomFieldDefinition[],
  acknowledgeDuplicates = false,
): UpdateCustomerInput {
  const address = values.address ?? {};
  const fields = customFieldsOf(values.customFields, definitions);
  // Clearing a value that was never set is no change.
  for (const [k, v] of Object.entries(fields))
    if (v === null && !(k in customer.customFields)) delete fields[k];
  return {
    version: customer.version,
    kind: values.kind,
    name: text(values.name),
    phones: phonesOf(values.phones),
    email: opt(values.email) ?? null,
    address: {
      province: text(address.province),
      city: text(address.city),
      district: text(address.district),
      detail: text(address.detail),
    },
    contacts: contactsOf(values.contacts),
    source: opt(values.source) ?? null,
    tags: (values.tags ?? []).map(text).filter(Boolean),
    notes: opt(values.notes) ?? null,
    ...(Object.keys(fields).length > 0 ? { customFields: fields } : {}),
    level: values.level ?? 'ORDINARY',
    customerClass: values.customerClass || null,
    ...(acknowledgeDuplicates ? { acknowledgeDuplicates: true } : {}),
  };
}

/** The form's values of an existing customer. */
export function toFormValues(c: Customer): CustomerFormValues {
  return {
    kind: c.kind,
    name: c.name,
    phones: c.phones.length > 0 ? [...c.phones] : [''],
    email: c.email ?? undefined,
    address: {
      province: c.address.province ?? undefined,
      city: c.address.city ?? undefined,
      district: c.address.district ?? undefined,
      detail: c.address.detail ?? undefined,
    },
    source: c.source ?? undefined,
    tags: [...c.tags],
    notes: c.notes ?? undefined,
    level: c.level,
    customerClass: c.customerClass ?? '',
    contacts: c.contacts.map((k) => ({
      id: k.id,
      name: k.name,
      title: k.title ?? undefined,
      phones: [...k.phones],
      email: k.email ?? undefined,
      birthday: k.birthday,
    })),
    customFields: { ...c.customFields },
  };
}

/** Every form field a server violation can name (for routing `errors[].field` next to its field). */
export function formFieldNames(values: CustomerFormValues, definitions: readonly CustomFieldDefinition[]) {
  const phones = Math.max(values.phones?.length ?? 0, 1);
  return [
    'kind',
    'name',
    'email',
    'source',
    'tags',
    'notes',
    'level',
    'customerClass',
    'address.province',
    'address.city',
    'address.district',
    'address.detail',
    ...Array.from({ length: phones }, (_, i) => `phones.${i}`),
    ...(values.contacts ?? []).flatMap((_, i) =>
      ['name', 'title', 'phones', 'email', 'birthday'].map((f) => `contacts.${i}.${f}`),
    ),
    ...definitions.map((d) => `customFields.${d.key}`),
  ];
}

/**
 * The field a violation belongs to in this form: list items without their own input (a contact's
 * phone, a tag) go to the list's field; the old single `phone` is the first phone. The form sends
 * only non-empty phones, so `phones.N` is the N-th filled phone input.
 */
export function formFieldOf(field: string, values: CustomerFormValues): string {
  if (field === 'phone') return 'phones.0';
  const contactPhone = /^(contacts\.\d+\.phones)\.\d+$/.exec(field);
  if (contactPhone) return contactPhone[1]!;
  if (/^tags\.\d+$/.test(field)) return 'tags';
  const phone = /^phones\.(\d+)$/.exec(field);
  if (phone) {
    const filled = (values.phones ?? [])
      .map((p, i) => ({ p: text(p), i }))
      .filter(({ p }) => p)
      .map(({ i }) => i);
    const at = filled[Number(phone[1])];
    return `phones.${at ?? phone[1]}`;
  }
  return field;
}

/** The problem with its violation fields renamed to this form's fields. */
export function problemForForm(problem: Problem, values: CustomerFormValues): Problem {
  return {
    ...problem,
    errors: problem.errors?.map((e) => ({ ...e, field: formFieldOf(e.field, values) })),
  };
}
