import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Divider,
  Drawer,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Space,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useRef, useState } from 'react';
import { ApiError, isApiError } from '../../api/client';
import { customersApi, customerSettingsApi } from '../../api/customers';
import type {
  CustomFieldDefinition,
  CustomerWithDuplicates,
  DuplicateMatch,
  DuplicatesProblem,
} from '../../api/customers.types';
import { CUSTOMER_CLASSES, CUSTOMER_KINDS, CUSTOMER_LEVELS, type Customer } from '../../api/types';
import { useAuth, useMe } from '../../auth/AuthProvider';
import { useErrorReporter } from '../../components/errors';
import { BranchSelect } from '../../components/lookups';
import { formRules } from '../../components/rules';
import { useI18n } from '../../i18n/I18nProvider';
import {
  formFieldNames,
  problemForForm,
  toCreateInput,
  toFormValues,
  toUpdateInput,
  type CustomerFormValues,
} from './customer-form';
import { DuplicateWarning } from './DuplicateWarning';

type FormValues = CustomerFormValues & { branchId?: string };

/** A YYYY-MM-DD string held by a DatePicker. */
const dateField = {
  getValueProps: (v: string | null | undefined) => ({ value: v ? dayjs(v) : null }),
  normalize: (d: Dayjs | null) => (d ? d.format('YYYY-MM-DD') : null),
};

/**
 * Create or edit a customer (R-CUS-1, R-CUS-6). A name or phone matching an existing record (of any
 * owner, or in the pool) is refused with the matches: they are listed, and "create anyway" sends the
 * record again acknowledged. A branch reviewing entries takes it as pending review instead.
 */
export function CustomerFormDrawer(props: {
  open: boolean;
  customer?: Customer;
  onClose(): void;
  onSaved(customer: CustomerWithDuplicates): void;
}) {
  const translator = useI18n();
  const { t, tx } = translator;
  const rules = formRules(translator);
  const { can } = useAuth();
  const me = useMe();
  const { message } = App.useApp();
  const { applyToForm } = useErrorReporter();
  const [form] = Form.useForm<FormValues>();
  const [saving, setSaving] = useState(false);
  const [matches, setMatches] = useState<DuplicateMatch[]>([]);
  const [acknowledging, setAcknowledging] = useState(false);
  const { open, customer } = props;
  const branchId = Form.useWatch('branchId', form) ?? customer?.branchId ?? me.branchId;

  const definitions = useQuery({
    queryKey: ['customer-field-definitions', branchId],
    queryFn: () => customerSettingsApi.fieldDefinitions(branchId),
    enabled: open,
    staleTime: 60_000,
  });
  const defs: CustomFieldDefinition[] = [...(definitions.data?.items ?? [])].sort(
    (a, b) => a.position - b.position,
  );

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    setMatches([]);
    setAcknowledging(false);
    form.setFieldsValue(
      customer
        ? toFormValues(customer)
        : { kind: 'COMPANY', level: 'ORDINARY', customerClass: '', phones: [''], branchId: me.branchId },
    );
    // The values are read when the drawer opens, not on every render.
  }, [open, form]);

  // Answers can come back out of order (a check of the name alone after the check of name and
  // phone, or after the submit's): only the latest request's answer is shown.
  const latestCheck = useRef(0);

  /** The live check (on leaving the name or a phone), before the server would refuse the record. */
  const checkDuplicates = async () => {
    const request = ++latestCheck.current;
    const values = form.getFieldsValue(true) as FormValues;
    const name = values.name?.trim();
    const phones = (values.phones ?? []).map((p) => p?.trim() ?? '').filter((p) => p.length >= 5);
    if (!name && phones.length === 0) return setMatches([]);
    try {
      const r = await customersApi.checkDuplicates({ name, phones, excludeCustomerId: customer?.id });
      if (request === latestCheck.current) setMatches(r.duplicates);
    } catch {
      // A phone the server cannot read yet: the submit names the field.
    }
  };

  const submit = async () => {
    let values: FormValues;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setSaving(true);
    // A live check still under way must not replace what this answer shows.
    latestCheck.current++;
    try {
      const saved = customer
        ? await customersApi.update(customer.id, toUpdateInput(values, customer, defs, acknowledging))
        : await customersApi.create({
            ...toCreateInput(values, defs, acknowledging),
            ...(values.branchId && values.branchId !== me.branchId ? { branchId: values.branchId } : {}),
          });
      if (saved.status === 'PENDING_REVIEW' && customer?.status !== 'PENDING_REVIEW') {
        void message.warning(saved.duplicates?.length ? t('custDup.reviewSent') : t('custDup.reviewAll'));
      } else {
        void message.success(customer ? t('common.saved') : t('common.created'));
      }
      props.onSaved(saved);
      props.onClose();
    } catch (error) {
      const duplicates = isApiError(error)
        ? (error.problem as Partial<DuplicatesProblem>).duplicates
        : undefined;
      if (isApiError(error) && error.code === 'ALREADY_EXISTS' && Array.isArray(duplicates)) {
        setMatches(duplicates);
        setAcknowledging(true);
        return;
      }
      const wrapped = isApiError(error)
        ? new ApiError(error.status, problemForForm(error.problem, values))
        : error;
      applyToForm(form, wrapped, formFieldNames(values, defs));
    } finally {
      setSaving(false);
    }
  };

  const footer = (
    <Space style={{ display: 'flex', justifyContent: 'flex-end' }}>
      <Button onClick={props.onClose} data-testid="customer-form-cancel">
        {t('common.cancel')}
      </Button>
      <Button
        type="primary"
        danger={acknowledging}
        loading={saving}
        onClick={() => void submit()}
        data-testid={acknowledging ? 'customer-form-acknowledge' : 'customer-form-submit'}
      >
        {acknowledging
          ? customer
            ? t('custDup.saveAnyway')
            : t('custDup.createAnyway')
          : t('common.submit')}
      </Button>
    </Space>
  );

  return (
    <Drawer
      open={open}
      title={customer ? t('cust.edit') : t('cust.create')}
      onClose={props.onClose}
      footer={footer}
      width={760}
      forceRender
      maskClosable={false}
    >
      <DuplicateWarning matches={matches} />
      <Form<FormValues>
        form={form}
        layout="vertical"
        data-testid="customer-form"
        onFinish={() => void submit()}
        onValuesChange={(changed: Partial<FormValues>) => {
          // Another name or phone: the acknowledged matches no longer apply.
          if ('name' in changed || 'phones' in changed || 'contacts' in changed) setAcknowledging(false);
        }}
      >
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="kind" label={t('cust.kind')} rules={[rules.select(t('cust.kind'))]}>
              <Radio.Group
                optionType="button"
                buttonStyle="solid"
                data-testid="customer-field-kind"
                options={CUSTOMER_KINDS.map((kind) => ({
                  value: kind,
                  label: tx(`customerKind.${kind}`, kind),
                }))}
              />
            </Form.Item>
          </Col>
          {!customer && can('branches.read') && (
            <Col span={12}>
              <Form.Item name="branchId" label={t('cust.branch')} rules={[rules.select(t('cust.branch'))]}>
                <BranchSelect data-testid="customer-field-branch" />
              </Form.Item>
            </Col>
          )}
        </Row>
        <Form.Item
          name="name"
          label={t('cust.name')}
          rules={[rules.required(t('customers.name')), rules.max(t('customers.name'), 200)]}
        >
          <Input maxLength={200} onBlur={() => void checkDuplicates()} data-testid="customer-field-name" />
        </Form.Item>
        <Form.List name="phones">
          {(fields, { add, remove }) => (
            <Form.Item label={t('cust.phones')} required={false} style={{ marginBottom: 0 }}>
              {fields.map((field, i) => (
                <Space key={field.key} align="baseline" style={{ display: 'flex' }}>
                  <Form.Item
                    name={field.name}
                    rules={[rules.phone()]}
                    style={{ marginBottom: 8, width: 320 }}
                  >
                    <Input
                      maxLength={40}
                      onBlur={() => void checkDuplicates()}
                      data-testid={i === 0 ? 'customer-field-phone' : `customer-field-phone-${i}`}
                    />
                  </Form.Item>
                  {fields.length > 1 && <DeleteOutlined onClick={() => remove(field.name)} />}
                </Space>
              ))}
              {fields.length < 10 && (
                <Button
                  type="dashed"
                  size="small"
                  icon={<PlusOutlined />}
                  onClick={() => add('')}
                  style={{ marginBottom: 16 }}
                  data-testid="customer-add-phone"
                >
                  {t('cust.addPhone')}
                </Button>
              )}
            </Form.Item>
          )}
        </Form.List>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="email" label={t('cust.email')} rules={[rules.email()]}>
              <Input maxLength={254} data-testid="customer-field-email" />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="level" label={t('cust.level')}>
              <Select
                data-testid="customer-field-level"
                options={CUSTOMER_LEVELS.map((l) => ({ value: l, label: tx(`custLevel.${l}`, l) }))}
              />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="customerClass" label={t('cust.class')}>
              <Select
                data-testid="customer-field-class"
                options={[
                  { value: '', label: t('cust.noClass') },
                  ...CUSTOMER_CLASSES.map((c) => ({ value: c, label: tx(`custClass.${c}`, c) })),
                ]}
              />
            </Form.Item>
          </Col>
        </Row>

        <Divider orientation="left" plain>
          {t('cust.address')}
        </Divider>
        <Row gutter={16}>
          {(['province', 'city', 'district'] as const).map((part) => (
            <Col span={8} key={part}>
              <Form.Item
                name={['address', part]}
                label={t(`cust.${part}`)}
                rules={[rules.max(t(`cust.${part}`), 100)]}
              >
                <Input maxLength={100} data-testid={`customer-field-${part}`} />
              </Form.Item>
            </Col>
          ))}
        </Row>
        <Form.Item name={['address', 'detail']} label={t('cust.addressDetail')}>
          <Input maxLength={300} data-testid="customer-field-detail" />
        </Form.Item>

        <Divider orientation="left" plain>
          {t('cust.contacts')}
        </Divider>
        <Form.List name="contacts">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, i) => (
                <Card
                  key={field.key}
                  size="small"
                  style={{ marginBottom: 12 }}
                  extra={
                    <Button
                      type="text"
                      size="small"
                      danger
                      icon={<DeleteOutlined />}
                      onClick={() => remove(field.name)}
                      aria-label={t('cust.removeContact')}
                    />
                  }
                  data-testid="customer-contact"
                >
                  <Row gutter={12}>
                    <Col span={8}>
                      <Form.Item
                        name={[field.name, 'name']}
                        label={t('cust.contactName')}
                        rules={[rules.required(t('cust.contactName')), rules.max(t('cust.contactName'), 100)]}
                      >
                        <Input maxLength={100} data-testid={`customer-contact-${i}-name`} />
                      </Form.Item>
                    </Col>
                    <Col span={8}>
                      <Form.Item name={[field.name, 'title']} label={t('cust.contactTitle')}>
                        <Input maxLength={100} data-testid={`customer-contact-${i}-title`} />
                      </Form.Item>
                    </Col>
                    <Col span={8}>
                      <Form.Item
                        name={[field.name, 'birthday']}
                        label={t('cust.contactBirthday')}
                        {...dateField}
                      >
                        <DatePicker
                          style={{ width: '100%' }}
                          data-testid={`customer-contact-${i}-birthday`}
                        />
                      </Form.Item>
                    </Col>
                    <Col span={12}>
                      <Form.Item
                        name={[field.name, 'phones']}
                        label={t('cust.contactPhones')}
                        tooltip={t('cust.contactPhonesHint')}
                      >
                        <Select
                          mode="tags"
                          open={false}
                          tokenSeparators={[',', '，', ';']}
                          data-testid={`customer-contact-${i}-phones`}
                        />
                      </Form.Item>
                    </Col>
                    <Col span={12}>
                      <Form.Item
                        name={[field.name, 'email']}
                        label={t('cust.contactEmail')}
                        rules={[rules.email()]}
                      >
                        <Input maxLength={254} data-testid={`customer-contact-${i}-email`} />
                      </Form.Item>
                    </Col>
                  </Row>
                </Card>
              ))}
              {fields.length < 50 && (
                <Button
                  type="dashed"
                  block
                  icon={<PlusOutlined />}
                  onClick={() => add({ phones: [] })}
                  data-testid="customer-add-contact"
                >
                  {t('cust.addContact')}
                </Button>
              )}
            </>
          )}
        </Form.List>

        <Divider orientation="left" plain>
          {t('common.details')}
        </Divider>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="source" label={t('cust.source')}>
              <Input maxLength={200} data-testid="customer-field-source" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="tags" label={t('cust.tags')}>
              <Select
                mode="tags"
                open={false}
                tokenSeparators={[',', '，']}
                data-testid="customer-field-tags"
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="notes" label={t('cust.notes')}>
          <Input.TextArea rows={3} maxLength={20_000} data-testid="customer-field-notes" />
        </Form.Item>
        {defs.length > 0 && (
          <>
            <Divider orientation="left" plain>
              {t('cust.customFields')}
            </Divider>
            <Row gutter={16}>
              {defs.map((d) => (
                <Col span={12} key={d.key}>
                  <CustomFieldItem definition={d} />
                </Col>
              ))}
            </Row>
          </>
        )}
        <button type="submit" hidden aria-hidden />
      </Form>
    </Drawer>
  );
}

function CustomFieldItem({ definition: d }: { definition: CustomFieldDefinition }) {
  const translator = useI18n();
  const rules = formRules(translator);
  const name = ['customFields', d.key];
  const required = d.required ? [rules.required(d.label)] : [];
  const testId = `customer-custom-${d.key}`;
  switch (d.type) {
    case 'NUMBER':
      return (
        <Form.Item name={name} label={d.label} rules={d.required ? [rules.select(d.label)] : []}>
          <InputNumber style={{ width: '100%' }} data-testid={testId} />
        </Form.Item>
      );
    case 'DATE':
      return (
        <Form.Item
          name={name}
          label={d.label}
          rules={d.required ? [rules.select(d.label)] : []}
          {...dateField}
        >
          <DatePicker style={{ width: '100%' }} data-testid={testId} />
        </Form.Item>
      );
    case 'OPTION':
      return (
        <Form.Item name={name} label={d.label} rules={d.required ? [rules.select(d.label)] : []}>
          <Select allowClear options={d.options.map((o) => ({ value: o, label: o }))} data-testid={testId} />
        </Form.Item>
      );
    default:
      return (
        <Form.Item name={name} label={d.label} rules={required}>
          <Input maxLength={1000} data-testid={testId} />
        </Form.Item>
      );
  }
}
