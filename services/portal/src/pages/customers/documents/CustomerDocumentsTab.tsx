import {
  DeleteOutlined,
  DownloadOutlined,
  FileExcelOutlined,
  FileImageOutlined,
  FileOutlined,
  FilePdfOutlined,
  FileTextOutlined,
  FileWordOutlined,
  UploadOutlined,
} from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Popconfirm, Space, Table, Typography, Upload } from 'antd';
import { useState, type ReactNode } from 'react';
import { customerDocumentsApi } from '../../../api/customers-documents';
import type { CustomerDocument } from '../../../api/customers-documents.types';
import type { Customer } from '../../../api/types';
import { useAuth } from '../../../auth/AuthProvider';
import { describeError, useErrorReporter } from '../../../components/errors';
import { formatDateTime } from '../../../components/format';
import { rowTestId } from '../../../components/testids';
import { useI18n } from '../../../i18n/I18nProvider';
import { useUserNames } from '../customer-lookups';
import { formatBytes } from '../import/import-wizard';
import { checkDocument, DOCUMENT_ACCEPT, DOCUMENT_MAX_BYTES, documentKind } from './document-rules';
import { saveBlob } from './save-blob';

const KIND_ICONS: Record<ReturnType<typeof documentKind>, ReactNode> = {
  image: <FileImageOutlined />,
  pdf: <FilePdfOutlined />,
  sheet: <FileExcelOutlined />,
  word: <FileWordOutlined />,
  text: <FileTextOutlined />,
  file: <FileOutlined />,
};

export const customerDocumentsKey = (customerId: string) => ['customers', customerId, 'documents'] as const;

/** The documents tab of the customer detail page: list, upload (pre-checked here, checked by the service), download, delete. */
export function CustomerDocumentsTab({ customer }: { customer: Pick<Customer, 'id'> }) {
  const customerId = customer.id;
  const translator = useI18n();
  const { t } = translator;
  const { can } = useAuth();
  const { message } = App.useApp();
  const { report } = useErrorReporter();
  const queryClient = useQueryClient();
  const [uploading, setUploading] = useState<string[]>([]);
  const [downloading, setDownloading] = useState<string | null>(null);
  const canWrite = can('customers.update');
  const query = useQuery({
    queryKey: customerDocumentsKey(customerId),
    queryFn: () => customerDocumentsApi.list(customerId),
  });
  const items = query.data?.items ?? [];
  const userName = useUserNames(items.map((d) => d.uploadedBy));
  const invalidate = () => queryClient.invalidateQueries({ queryKey: customerDocumentsKey(customerId) });

  const remove = useMutation({
    mutationFn: (doc: CustomerDocument) => customerDocumentsApi.remove(customerId, doc.id),
    onSuccess: () => {
      void message.success(t('common.deleted'));
      return invalidate();
    },
    onError: report,
  });

  const upload = async (file: File) => {
    setUploading((names) => [...names, file.name]);
    try {
      await customerDocumentsApi.upload(customerId, file, file.name);
      void message.success(t('customerDocuments.uploaded', { name: file.name }));
      await invalidate();
    } catch (error) {
      // The service's refusal (size, sniffed type, file name) with the file it concerns.
      void message.error(
        `${t('customerDocuments.uploadFailed', { name: file.name })} — ${describeError(translator, error)}`,
      );
      throw error;
    } finally {
      setUploading((names) => {
        const i = names.indexOf(file.name);
        return i < 0 ? names : [...names.slice(0, i), ...names.slice(i + 1)];
      });
    }
  };

  const download = async (doc: CustomerDocument) => {
    setDownloading(doc.id);
    try {
      saveBlob(await customerDocumentsApi.download(customerId, doc.id), doc.fileName);
    } catch (error) {
      report(error);
    } finally {
      setDownloading(null);
    }
  };

  return (
    <div data-testid="customer-documents">
      <div className="table-toolbar">
        <Typography.Text type="secondary">
          {t('customerDocuments.limitHint', { max: formatBytes(DOCUMENT_MAX_BYTES) })}
        </Typography.Text>
        {canWrite && (
          <div data-testid="documents-upload">
            <Upload
              accept={DOCUMENT_ACCEPT}
              multiple
              showUploadList={false}
              beforeUpload={(file) => {
                const problem = checkDocument(file);
                if (!problem) return true;
                const vars = {
                  name: file.name,
                  size: formatBytes(file.size),
                  max: formatBytes(DOCUMENT_MAX_BYTES),
                };
                void message.error(
                  problem === 'type'
                    ? t('customerDocuments.typeNotAllowed', vars)
                    : problem === 'empty'
                      ? t('customerDocuments.empty', vars)
                      : t('customerDocuments.tooLarge', vars),
                );
                return Upload.LIST_IGNORE;
              }}
              customRequest={({ file, onSuccess, onError }) => {
                upload(file as File).then(
                  () => onSuccess?.(null),
                  (error: unknown) => onError?.(error instanceof Error ? error : new Error(String(error))),
                );
              }}
            >
              <Button type="primary" icon={<UploadOutlined />} data-testid="documents-upload-button">
                {t('customerDocuments.upload')}
              </Button>
            </Upload>
          </div>
        )}
      </div>
      {uploading.length > 0 && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="documents-uploading"
          message={uploading.map((name) => t('customerDocuments.uploading', { name })).join(' ')}
        />
      )}
      {query.isError && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          message={describeError(translator, query.error)}
        />
      )}
      <Table<CustomerDocument>
        rowKey="id"
        size="middle"
        loading={query.isFetching}
        dataSource={items}
        pagination={false}
        scroll={{ x: 760 }}
        data-testid="documents-table"
        onRow={rowTestId('documents-row')}
        columns={[
          {
            title: t('customerDocuments.fileName'),
            dataIndex: 'fileName',
            ellipsis: true,
            render: (name: string, doc) => (
              <Space>
                {KIND_ICONS[documentKind(doc.contentType)]}
                <a onClick={() => void download(doc)} data-testid="documents-name">
                  {name}
                </a>
              </Space>
            ),
          },
          { title: t('customerDocuments.type'), dataIndex: 'contentType', width: 170, ellipsis: true },
          {
            title: t('customerDocuments.size'),
            dataIndex: 'sizeBytes',
            width: 100,
            render: (bytes: number) => formatBytes(bytes),
          },
          { title: t('customerDocuments.uploadedBy'), dataIndex: 'uploadedBy', width: 130, render: userName },
          {
            title: t('customerDocuments.uploadedAt'),
            dataIndex: 'uploadedAt',
            width: 170,
            render: formatDateTime,
          },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 150,
            fixed: 'right',
            render: (_, doc) => (
              <Space size="middle">
                <Button
                  type="link"
                  size="small"
                  icon={<DownloadOutlined />}
                  loading={downloading === doc.id}
                  onClick={() => void download(doc)}
                  data-testid="documents-download"
                >
                  {t('customerDocuments.download')}
                </Button>
                {canWrite && (
                  <Popconfirm
                    title={t('customerDocuments.deleteConfirm', { name: doc.fileName })}
                    okText={t('common.confirm')}
                    cancelText={t('common.cancel')}
                    onConfirm={() => remove.mutateAsync(doc)}
                  >
                    <Button
                      type="link"
                      size="small"
                      danger
                      icon={<DeleteOutlined />}
                      data-testid="documents-delete"
                    >
                      {t('common.delete')}
                    </Button>
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]}
      />
    </div>
  );
}
