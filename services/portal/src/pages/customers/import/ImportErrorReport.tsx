import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Table, Tag, Typography } from 'antd';
import type { ImportReport, ImportRowError } from '../../../api/customers-import.types';
import { rowTestId } from '../../../components/testids';
import { useI18n } from '../../../i18n/I18nProvider';
import { saveBlob } from '../documents/save-blob';
import { describeImportMessage, errorReportCsv, importCodeLabel } from './import-wizard';

/** The refused rows of an import (row = Excel row number), and the same as a CSV file to fix them by. */
export function ImportErrorReport({ report }: { report: ImportReport }) {
  const translator = useI18n();
  const { t } = translator;
  if (report.errors.length === 0) return null;
  const describe = (error: ImportRowError) => describeImportMessage(translator, error.message);

  const download = () => {
    const csv = errorReportCsv(
      report.errors,
      {
        row: t('customerImport.errors.row'),
        column: t('customerImport.errors.column'),
        code: t('customerImport.errors.code'),
        message: t('customerImport.errors.message'),
      },
      describe,
    );
    saveBlob(
      { blob: new Blob([csv], { type: 'text/csv;charset=utf-8' }), fileName: null },
      t('customerImport.errors.fileName'),
    );
  };

  return (
    <div data-testid="import-error-report">
      <div className="table-toolbar">
        <Space>
          <Typography.Text strong>{t('customerImport.errors.title')}</Typography.Text>
          <Typography.Text type="secondary">({report.errors.length})</Typography.Text>
        </Space>
        <Button icon={<DownloadOutlined />} onClick={download} data-testid="import-errors-download">
          {t('customerImport.errors.download')}
        </Button>
      </div>
      {report.errorsTruncated && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          message={t('customerImport.errorsTruncated', { n: report.errors.length })}
        />
      )}
      <Table<ImportRowError>
        rowKey={(e) => `${e.row}:${e.column}:${e.code}:${e.message}`}
        size="small"
        dataSource={report.errors}
        pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
        data-testid="import-errors"
        onRow={rowTestId('import-error-row')}
        columns={[
          {
            title: t('customerImport.errors.row'),
            dataIndex: 'row',
            width: 90,
            sorter: (a, b) => a.row - b.row,
            defaultSortOrder: 'ascend',
            render: (row: number) => <span data-testid="import-error-row-number">{row}</span>,
          },
          {
            title: t('customerImport.errors.column'),
            dataIndex: 'column',
            width: 140,
            // An empty column: the error concerns the whole row (e.g. a duplicate).
            render: (column: string) => <span data-testid="import-error-column">{column || '—'}</span>,
          },
          {
            title: t('customerImport.errors.message'),
            key: 'message',
            render: (_, error) => <span data-testid="import-error-message">{describe(error)}</span>,
          },
          {
            title: t('customerImport.errors.code'),
            dataIndex: 'code',
            width: 180,
            render: (code: string) => (
              <Tag bordered={false} title={code} data-testid="import-error-code">
                {importCodeLabel(translator, code)}
              </Tag>
            ),
          },
        ]}
      />
    </div>
  );
}
