import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { fieldDefinitionsApi } from '../../../api/customers-settings';
import type { CustomFieldDefinition } from '../../../api/customers-settings.types';
import { useErrorReporter } from '../../../components/errors';
import { rowTestId } from '../../../components/testids';
import { useI18n } from '../../../i18n/I18nProvider';
import { FieldDefinitionDialog } from './FieldDefinitionDialog';
import { sortDefinitions } from './field-definition-form';

// The customer form and profile read the same key: a change here shows there at once.
const definitionsKey = (branchId: string) => ['customer-field-definitions', branchId] as const;

/** The custom fields of a branch's customer records: add, change, delete. */
export function FieldDefinitionsCard({ branchId }: { branchId: string }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { report } = useErrorReporter();
  const queryClient = useQueryClient();
  const [dialog, setDialog] = useState<{ editing: CustomFieldDefinition | null } | null>(null);
  const query = useQuery({
    queryKey: definitionsKey(branchId),
    queryFn: () => fieldDefinitionsApi.list(branchId),
  });
  const definitions = useMemo(() => sortDefinitions(query.data?.items ?? []), [query.data]);
  const refresh = () => queryClient.invalidateQueries({ queryKey: definitionsKey(branchId) });

  const remove = useMutation({
    mutationFn: (d: CustomFieldDefinition) => fieldDefinitionsApi.remove(d.id),
    onSuccess: () => {
      void message.success(t('customerSettings.field.deleted'));
      return refresh();
    },
    onError: report,
  });

  return (
    <Card
      title={t('customerSettings.fields')}
      data-testid="field-definitions"
      extra={
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setDialog({ editing: null })}
          data-testid="field-definitions-add"
        >
          {t('customerSettings.fields.add')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t('customerSettings.fields.help')}</Typography.Paragraph>
      <Table<CustomFieldDefinition>
        size="middle"
        rowKey="id"
        loading={query.isFetching}
        dataSource={definitions}
        pagination={false}
        scroll={{ x: 800 }}
        data-testid="field-definitions-table"
        onRow={rowTestId('field-definitions-row')}
        locale={{ emptyText: t('customerSettings.fields.empty') }}
        columns={[
          { title: t('customerSettings.field.position'), dataIndex: 'position', width: 80 },
          {
            title: t('customerSettings.field.key'),
            dataIndex: 'key',
            width: 160,
            render: (key: string) => <Typography.Text code>{key}</Typography.Text>,
          },
          { title: t('customerSettings.field.label'), dataIndex: 'label' },
          {
            title: t('customerSettings.field.type'),
            dataIndex: 'type',
            width: 90,
            render: (type: CustomFieldDefinition['type']) => t(`customerSettings.field.type.${type}`),
          },
          {
            title: t('customerSettings.field.options'),
            dataIndex: 'options',
            render: (options: string[]) => (
              <Space size={4} wrap>
                {options.map((o) => (
                  <Tag key={o} bordered={false}>
                    {o}
                  </Tag>
                ))}
              </Space>
            ),
          },
          {
            title: t('customerSettings.field.required'),
            dataIndex: 'required',
            width: 80,
            render: (required: boolean) => (required ? t('common.yes') : t('common.no')),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 130,
            fixed: 'right',
            render: (_, d) => (
              <Space size="middle">
                <a onClick={() => setDialog({ editing: d })} data-testid="field-definitions-edit">
                  {t('common.edit')}
                </a>
                <Popconfirm
                  title={t('customerSettings.field.deleteConfirm', { label: d.label })}
                  okText={t('common.confirm')}
                  cancelText={t('common.cancel')}
                  onConfirm={() => remove.mutateAsync(d)}
                >
                  <a data-testid="field-definitions-delete">{t('common.delete')}</a>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      <FieldDefinitionDialog
        open={dialog !== null}
        editing={dialog?.editing ?? null}
        branchId={branchId}
        definitions={definitions}
        onClose={() => setDialog(null)}
        onSaved={(kind) => {
          if (kind !== 'unchanged')
            void message.success(
              t(kind === 'created' ? 'customerSettings.field.created' : 'customerSettings.field.updated'),
            );
          return refresh();
        }}
      />
    </Card>
  );
}
