// The custom field dialog ↔ the field definitions API.
import type {
  CreateFieldDefinitionInput,
  CustomFieldDefinition,
  CustomFieldType,
  UpdateFieldDefinitionInput,
} from '../../../api/customers-settings.types';

export interface DefinitionFormValues {
  key: string;
  label: string;
  type: CustomFieldType;
  options: string[];
  required: boolean;
  position: number;
}

export const DEFINITION_FORM_FIELDS = ['key', 'label', 'type', 'options', 'required', 'position'] as const;

/** The customers service's CUSTOM_FIELD_KEY. */
export const FIELD_KEY_PATTERN = /^[a-z][a-z0-9_]{0,39}$/;
export const DEFINITION_LIMITS = { label: 100, option: 100, options: 50, position: 10_000 } as const;

/** Gaps of 10 between positions leave room to slot a field in later without renumbering. */
const POSITION_STEP = 10;

/** In the order the customer form shows them: by position, then key. */
export function sortDefinitions(list: readonly CustomFieldDefinition[]): CustomFieldDefinition[] {
  return [...list].sort((a, b) => a.position - b.position || a.key.localeCompare(b.key));
}

/** Where a new field goes by default: after the last one. */
export function nextPosition(list: readonly CustomFieldDefinition[]): number {
  if (list.length === 0) return 0;
  const last = Math.max(...list.map((d) => d.position));
  return Math.min(DEFINITION_LIMITS.position, last + POSITION_STEP);
}

/** Options as typed: trimmed, blanks dropped, each once (the service refuses repeats). */
export function cleanOptions(options: readonly string[] | undefined): string[] {
  const seen = new Set<string>();
  for (const option of options ?? []) {
    const text = option.trim();
    if (text) seen.add(text);
  }
  return [...seen];
}

export function definitionFormValues(
  definition: CustomFieldDefinition | null,
  list: readonly CustomFieldDefinition[],
): DefinitionFormValues {
  if (!definition)
    return { key: '', label: '', type: 'TEXT', options: [], required: false, position: nextPosition(list) };
  const { key, label, type, options, required, position } = definition;
  return { key, label, type, options: [...options], required, position };
}

/** Only an option field has options (the service refuses them on the others). */
export function toCreateDefinition(
  values: DefinitionFormValues,
  branchId: string,
): CreateFieldDefinitionInput {
  return {
    branchId,
    key: values.key.trim(),
    label: values.label.trim(),
    type: values.type,
    options: values.type === 'OPTION' ? cleanOptions(values.options) : [],
    required: values.required,
    position: values.position,
  };
}

/** What changed (key and type cannot), with the version as read; null when nothing did. */
export function toUpdateDefinition(
  before: CustomFieldDefinition,
  values: DefinitionFormValues,
): UpdateFieldDefinitionInput | null {
  const patch: UpdateFieldDefinitionInput = { version: before.version };
  const label = values.label.trim();
  if (label !== before.label) patch.label = label;
  if (before.type === 'OPTION') {
    const options = cleanOptions(values.options);
    if (options.join('\n') !== before.options.join('\n')) patch.options = options;
  }
  if (values.required !== before.required) patch.required = values.required;
  if (values.position !== before.position) patch.position = values.position;
  return Object.keys(patch).length > 1 ? patch : null;
}
