import { Button, Drawer, Form, Modal, Space, type FormInstance } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { useErrorReporter } from './errors';

/**
 * A form in a drawer (Ant Design Pro's DrawerForm) or a modal: validates on the client, then
 * `onSubmit`; a failure puts the server's field errors next to their fields, the rest in a message.
 */
export function FormOverlay<T extends object>(props: {
  kind?: 'drawer' | 'modal';
  open: boolean;
  title: ReactNode;
  form: FormInstance<T>;
  /** Field names of this form, to route `errors[].field` of a problem. */
  fields: readonly string[];
  initialValues?: Partial<T>;
  onClose(): void;
  onSubmit(values: T): Promise<unknown>;
  submitText?: ReactNode;
  readOnly?: boolean;
  width?: number;
  testId: string;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const { applyToForm } = useErrorReporter();
  const [saving, setSaving] = useState(false);
  const { form, open, initialValues } = props;

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (initialValues) form.setFieldsValue(initialValues as never);
    // initialValues are read when the overlay opens, not on every render.
  }, [open, form]);

  const submit = async () => {
    let values: T;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setSaving(true);
    try {
      await props.onSubmit(values);
      props.onClose();
    } catch (error) {
      applyToForm(form, error, props.fields);
    } finally {
      setSaving(false);
    }
  };

  const footer = (
    <Space style={{ display: 'flex', justifyContent: 'flex-end' }}>
      <Button onClick={props.onClose} data-testid={`${props.testId}-cancel`}>
        {props.readOnly ? t('common.close') : t('common.cancel')}
      </Button>
      {!props.readOnly && (
        <Button
          type="primary"
          loading={saving}
          onClick={() => void submit()}
          data-testid={`${props.testId}-submit`}
        >
          {props.submitText ?? t('common.submit')}
        </Button>
      )}
    </Space>
  );

  const body = (
    <Form<T>
      form={form}
      layout="vertical"
      disabled={props.readOnly}
      data-testid={props.testId}
      onFinish={() => void submit()}
    >
      {props.children}
      {/* Enter in a text field submits */}
      <button type="submit" hidden aria-hidden />
    </Form>
  );

  if (props.kind === 'modal') {
    return (
      <Modal
        open={open}
        title={props.title}
        onCancel={props.onClose}
        footer={footer}
        width={props.width ?? 520}
        forceRender
        maskClosable={false}
      >
        {body}
      </Modal>
    );
  }
  return (
    <Drawer
      open={open}
      title={props.title}
      onClose={props.onClose}
      footer={footer}
      width={props.width ?? 520}
      forceRender
      maskClosable={false}
    >
      {body}
    </Drawer>
  );
}
