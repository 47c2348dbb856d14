import { Form, Input, InputNumber, Select, Switch } from 'antd';
import { ApiError, isApiError } from '../../../api/client';
import { fieldDefinitionsApi } from '../../../api/customers-settings';
import { CUSTOM_FIELD_TYPES, type CustomFieldDefinition } from '../../../api/customers-settings.types';
import { FormOverlay } from '../../../components/FormOverlay';
import { useI18n } from '../../../i18n/I18nProvider';
import {
  DEFINITION_FORM_FIELDS,
  DEFINITION_LIMITS,
  definitionFormValues,
  FIELD_KEY_PATTERN,
  toCreateDefinition,
  toUpdateDefinition,
  type DefinitionFormValues,
} from './field-definition-form';

/** Adds a custom field (`editing` null) or changes one: key and type are fixed once created. */
export function FieldDefinitionDialog(props: {
  open: boolean;
  editing: CustomFieldDefinition | null;
  branchId: string;
  definitions: readonly CustomFieldDefinition[];
  onClose(): void;
  onSaved(kind: 'created' | 'updated' | 'unchanged'): unknown;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<DefinitionFormValues>();
  const type = Form.useWatch('type', form);
  const { editing } = props;

  const submit = async (values: DefinitionFormValues) => {
    if (editing) {
      const patch = toUpdateDefinition(editing, values);
      if (patch) await fieldDefinitionsApi.update(editing.id, patch);
      return props.onSaved(patch ? 'updated' : 'unchanged');
    }
    try {
      await fieldDefinitionsApi.create(toCreateDefinition(values, props.branchId));
    } catch (error) {
      // A taken key is the key field's problem, not a message that fades.
      if (isApiError(error) && error.code === 'ALREADY_EXISTS')
        throw new ApiError(error.status, {
          ...error.problem,
          errors: [{ field: 'key', message: t('customerSettings.field.keyTaken') }],
        });
      throw error;
    }
    return props.onSaved('created');
  };

  return (
    <FormOverlay<DefinitionFormValues>
      kind="modal"
      open={props.open}
      title={
        editing
          ? t('customerSettings.field.editTitle', { label: editing.label })
          : t('customerSettings.field.createTitle')
      }
      form={form}
      fields={DEFINITION_FORM_FIELDS}
      initialValues={definitionFormValues(editing, props.definitions)}
      onClose={props.onClose}
      onSubmit={submit}
      submitText={t('common.save')}
      testId="field-definition-form"
    >
      <Form.Item
        name="key"
        label={t('customerSettings.field.key')}
        extra={t('customerSettings.field.key.help')}
        rules={[
          { required: true, message: t('customerSettings.required') },
          { pattern: FIELD_KEY_PATTERN, message: t('customerSettings.field.keyInvalid') },
        ]}
      >
        <Input disabled={!!editing} maxLength={40} autoComplete="off" data-testid="field-definition-key" />
      </Form.Item>
      <Form.Item
        name="label"
        label={t('customerSettings.field.label')}
        rules={[{ required: true, whitespace: true, message: t('customerSettings.required') }]}
      >
        <Input maxLength={DEFINITION_LIMITS.label} data-testid="field-definition-label" />
      </Form.Item>
      <Form.Item
        name="type"
        label={t('customerSettings.field.type')}
        extra={t('customerSettings.field.type.help')}
        rules={[{ required: true, message: t('customerSettings.required') }]}
      >
        <Select
          disabled={!!editing}
          data-testid="field-definition-type"
          options={CUSTOM_FIELD_TYPES.map((value) => ({
            value,
            label: t(`customerSettings.field.type.${value}`),
          }))}
        />
      </Form.Item>
      {type === 'OPTION' && (
        <Form.Item
          name="options"
          label={t('customerSettings.field.options')}
          extra={t('customerSettings.field.options.help')}
          rules={[
            {
              validator: (_, value: string[] | undefined) =>
                (value ?? []).some((v) => v.trim())
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('customerSettings.field.optionsRequired'))),
            },
          ]}
        >
          <Select
            mode="tags"
            open={false}
            maxCount={DEFINITION_LIMITS.options}
            tokenSeparators={[',', '，']}
            data-testid="field-definition-options"
          />
        </Form.Item>
      )}
      <Form.Item name="required" label={t('customerSettings.field.required')} valuePropName="checked">
        <Switch data-testid="field-definition-required" />
      </Form.Item>
      <Form.Item
        name="position"
        label={t('customerSettings.field.position')}
        extra={t('customerSettings.field.position.help')}
        rules={[{ required: true, message: t('customerSettings.required') }]}
      >
        <InputNumber
          min={0}
          max={DEFINITION_LIMITS.position}
          precision={0}
          style={{ width: '100%' }}
          data-testid="field-definition-position"
        />
      </Form.Item>
    </FormOverlay>
  );
}
