import { PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Popconfirm, Space, Typography } from 'antd';
import type { ColumnType, SortOrder } from 'antd/es/table/interface';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { customerPoolApi, customersApi } from '../../api/customers';
import type { CustomerFilters, CustomerSort } from '../../api/customers.types';
import type { Customer } from '../../api/types';
import { useAuth, useMe } from '../../auth/AuthProvider';
import { formatDate, formatDateTime } from '../../components/format';
import { formatPhone } from '../../components/phone';
import { useBranchName } from '../../components/lookups';
import { PageContainer } from '../../components/PageContainer';
import { PagedTable } from '../../components/PagedTable';
import { RefreshButton } from '../../components/TableToolbar';
import { useCursorPages } from '../../components/useCursorPages';
import { useI18n } from '../../i18n/I18nProvider';
import { releasable } from './customer-bulk';
import { describeCustomerError } from './customer-errors';
import { filtersFromSearch, filtersToSearch } from './customer-filters';
import { ExportCustomersButton } from './import/ExportCustomersButton';
import { addressLine, CustomerBadges, KindTag, useUserNames } from './customer-lookups';
import { ColumnChooser } from './ColumnChooser';
import {
  CUSTOMER_COLUMN_WIDTHS,
  customerTableWidth,
  readCustomerColumns,
  type CustomerColumn,
} from './customer-columns';
import { CustomerFilterForm } from './CustomerFilterForm';
import { CustomerFormDrawer } from './CustomerFormDrawer';
import { QuickLookup } from './QuickLookup';
import { SavedViewsBar } from './SavedViewsBar';
import { TransferDialog } from './TransferDialog';

/** Which column sorts the list in which server order (the API sorts one way per key). */
const SORT_COLUMNS: Record<string, { sort: CustomerSort; order: SortOrder }> = {
  name: { sort: 'name', order: 'ascend' },
  createdAt: { sort: 'created', order: 'descend' },
  purchaseQuantity: { sort: 'purchaseQuantity', order: 'descend' },
};

/** The customer list (R-CUS-2): filters in the address bar, saved views, bulk transfer and release. */
export default function CustomersPage() {
  const translator = useI18n();
  const { t } = translator;
  const { can } = useAuth();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const branchName = useBranchName();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = filtersFromSearch(searchParams);
  const [creating, setCreating] = useState(false);
  const [selected, setSelected] = useState<Customer[]>([]);
  const [transferring, setTransferring] = useState(false);
  const [releasing, setReleasing] = useState(false);
  const me = useMe();
  const [shown, setShown] = useState(() => readCustomerColumns(window.localStorage, me.dataScope));
  const selectable = can('customers.transfer') || can('customers.update');

  const list = useCursorPages(['customers', 'list', filters], (pageToken) =>
    customersApi.list({ ...filters, pageToken, pageSize: 20 }),
  );
  const ownerName = useUserNames(list.items.map((c) => c.ownerId));
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['customers'] });
  const apply = (next: CustomerFilters) => {
    setSelected([]);
    setSearchParams(new URLSearchParams(filtersToSearch(next)));
  };
  const currentSort = filters.sort ?? 'created';
  const sortOrder = (column: string): SortOrder =>
    SORT_COLUMNS[column]?.sort === currentSort ? (SORT_COLUMNS[column]?.order ?? null) : null;

  const width = (c: CustomerColumn) => CUSTOMER_COLUMN_WIDTHS[c];
  const allColumns: Record<CustomerColumn, ColumnType<Customer>> = {
    name: {
      title: t('cust.name'),
      dataIndex: 'name',
      key: 'name',
      width: width('name'),
      ellipsis: true,
      sorter: true,
      sortDirections: ['ascend'],
      sortOrder: sortOrder('name'),
      render: (name: string, c) => (
        <Link to={`/customers/${c.id}`} data-testid="customers-open" title={name}>
          {name}
        </Link>
      ),
    },
    kind: {
      title: t('cust.kind'),
      dataIndex: 'kind',
      width: width('kind'),
      render: (kind: Customer['kind']) => <KindTag kind={kind} />,
    },
    phone: { title: t('cust.phone'), dataIndex: 'phone', width: width('phone'), render: formatPhone },
    grade: {
      title: t('cust.level'),
      key: 'grade',
      width: width('grade'),
      render: (_, c) => <CustomerBadges customer={c} />,
    },
    owner: {
      title: t('cust.owner'),
      dataIndex: 'ownerId',
      width: width('owner'),
      ellipsis: true,
      render: ownerName,
    },
    city: {
      title: t('cust.city'),
      key: 'city',
      width: width('city'),
      ellipsis: true,
      render: (_, c) => addressLine(c.address, false),
    },
    tags: {
      title: t('cust.tags'),
      dataIndex: 'tags',
      width: width('tags'),
      ellipsis: true,
      render: (tags: string[]) => tags.join('、'),
    },
    branch: {
      title: t('cust.branch'),
      dataIndex: 'branchId',
      width: width('branch'),
      ellipsis: true,
      render: branchName,
    },
    purchaseQuantity: {
      title: t('cust.purchaseQuantity'),
      dataIndex: 'purchaseQuantity',
      key: 'purchaseQuantity',
      width: width('purchaseQuantity'),
      align: 'right',
      sorter: true,
      sortDirections: ['descend'],
      sortOrder: sortOrder('purchaseQuantity'),
    },
    createdAt: {
      title: t('common.createdAt'),
      dataIndex: 'createdAt',
      key: 'createdAt',
      width: width('createdAt'),
      sorter: true,
      sortDirections: ['descend'],
      sortOrder: sortOrder('createdAt'),
      render: (at: string) => <span title={formatDateTime(at)}>{formatDate(at)}</span>,
    },
  };
  const columns = shown.map((c) => ({ ...allColumns[c], key: allColumns[c].key ?? c }));

  const releaseSelected = async () => {
    const targets = releasable(selected);
    setReleasing(true);
    let failed = 0;
    let reason = '';
    for (const c of targets) {
      try {
        await customerPoolApi.release(c.id);
      } catch (error) {
        failed += 1;
        reason = describeCustomerError(translator, error);
      }
    }
    setReleasing(false);
    setSelected([]);
    if (failed === 0) void message.success(t('custActions.released'));
    else
      void message.error(
        `${t('custActions.releasedMany', { ok: targets.length - failed, failed })} (${reason})`,
      );
    await refresh();
  };

  return (
    <PageContainer
      title={t('cust.listTitle')}
      testId="customers-page"
      extra={
        <Space wrap>
          <QuickLookup />
          <ExportCustomersButton filters={filters} />
          {can('customers.create') && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setCreating(true)}
              data-testid="customers-create"
            >
              {t('cust.create')}
            </Button>
          )}
        </Space>
      }
    >
      <Card>
        <CustomerFilterForm filters={filters} onSearch={apply} />
      </Card>
      <Card>
        <div className="table-toolbar">
          <SavedViewsBar filters={filters} onApply={apply} />
          <Space wrap>
            {selected.length > 0 && (
              <Typography.Text type="secondary" data-testid="customers-selected">
                {t('cust.selected', { n: selected.length })}
              </Typography.Text>
            )}
            {can('customers.transfer') && (
              <Button
                disabled={selected.length === 0}
                onClick={() => setTransferring(true)}
                data-testid="customers-bulk-transfer"
              >
                {t('custActions.transfer')}
              </Button>
            )}
            {can('customers.update') && (
              <Popconfirm
                title={t('custActions.releaseManyConfirm', { n: releasable(selected).length })}
                okText={t('common.confirm')}
                cancelText={t('common.cancel')}
                onConfirm={() => releaseSelected()}
                disabled={releasable(selected).length === 0}
                okButtonProps={{ 'data-testid': 'customers-bulk-release-confirm' } as never}
              >
                <Button
                  disabled={releasable(selected).length === 0}
                  loading={releasing}
                  data-testid="customers-bulk-release"
                >
                  {t('custActions.release')}
                </Button>
              </Popconfirm>
            )}
            <ColumnChooser shown={shown} onChange={setShown} />
            <RefreshButton onRefresh={list.query.refetch} />
          </Space>
        </div>
        <PagedTable<Customer>
          list={list}
          rowKey="id"
          tableLayout="fixed"
          scroll={{ x: customerTableWidth(shown, selectable) }}
          testId="customers-table"
          rowTestId="customers-row"
          rowSelection={
            selectable
              ? {
                  selectedRowKeys: selected.map((c) => c.id),
                  onChange: (_, rows) => setSelected(rows),
                  preserveSelectedRowKeys: true,
                }
              : undefined
          }
          onChange={(_, __, sorter) => {
            const s = Array.isArray(sorter) ? sorter[0] : sorter;
            const column = s?.order ? SORT_COLUMNS[String(s.columnKey)] : undefined;
            apply({ ...filters, sort: column?.sort ?? 'created' });
          }}
          columns={columns}
        />
      </Card>
      <CustomerFormDrawer open={creating} onClose={() => setCreating(false)} onSaved={() => void refresh()} />
      <TransferDialog
        open={transferring}
        customers={selected}
        onClose={() => setTransferring(false)}
        onDone={() => {
          setSelected([]);
          void refresh();
        }}
      />
    </PageContainer>
  );
}
