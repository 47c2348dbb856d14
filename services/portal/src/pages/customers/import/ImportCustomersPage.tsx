import { DownloadOutlined, InboxOutlined, ReloadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Radio,
  Result,
  Row,
  Space,
  Statistic,
  Steps,
  Typography,
  Upload,
} from 'antd';
import { useReducer, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { isApiError } from '../../../api/client';
import { customersImportApi } from '../../../api/customers-import';
import { IMPORT_MODES, type ImportReport } from '../../../api/customers-import.types';
import { describeError, useErrorReporter } from '../../../components/errors';
import { PageContainer } from '../../../components/PageContainer';
import { useI18n } from '../../../i18n/I18nProvider';
import { saveBlob } from '../documents/save-blob';
import { ImportErrorReport } from './ImportErrorReport';
import {
  canEnter,
  checkImportFile,
  describeImportMessage,
  formatBytes,
  IMPORT_MAX_BYTES,
  importableRows,
  initialWizardState,
  WIZARD_STEPS,
  wizardReducer,
} from './import-wizard';

const XLSX_ACCEPT = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Import wizard: template → upload (validated by a dry run) → error report → confirm → result. */
export default function ImportCustomersPage() {
  const translator = useI18n();
  const { t } = translator;
  const { message } = App.useApp();
  const { report } = useErrorReporter();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [state, dispatch] = useReducer(wizardReducer, initialWizardState);
  const [busy, setBusy] = useState<'template' | 'validating' | 'importing' | null>(null);
  /** Why the last upload was refused as a whole (wrong columns, not a workbook…). */
  const [failure, setFailure] = useState<unknown>(null);
  // Only the answer to the newest file counts (a slow dry run of a replaced file is dropped).
  const latest = useRef(0);

  const modeLabel = (mode: string) =>
    t(mode === 'upsert' ? 'customerImport.mode.upsert' : 'customerImport.mode.create');

  const downloadTemplate = async () => {
    setBusy('template');
    try {
      saveBlob(await customersImportApi.template(), t('customerImport.templateFileName'));
    } catch (error) {
      report(error);
    } finally {
      setBusy(null);
    }
  };

  const validate = async (file: File, mode = state.mode) => {
    const request = ++latest.current;
    setFailure(null);
    setBusy('validating');
    try {
      const result = await customersImportApi.importFile(file, file.name, { dryRun: true, mode });
      if (request === latest.current) dispatch({ type: 'validated', report: result });
    } catch (error) {
      if (request === latest.current) setFailure(error);
      throw error;
    } finally {
      if (request === latest.current) setBusy(null);
    }
  };

  const runImport = async () => {
    if (!state.file) return;
    setBusy('importing');
    setFailure(null);
    try {
      const result = await customersImportApi.importFile(state.file, state.file.name, {
        dryRun: false,
        mode: state.mode,
      });
      dispatch({ type: 'imported', report: result });
      void queryClient.invalidateQueries({ queryKey: ['customers'] });
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(null);
    }
  };

  const failureAlert = failure !== null && (
    <Alert
      type="error"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="import-failure"
      message={describeError(translator, failure)}
      description={
        isApiError(failure) && failure.problem.errors?.length ? (
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {failure.problem.errors.map((v) => (
              <li key={`${v.field}:${v.message}`}>
                {v.field ? `${v.field}: ` : ''}
                {describeImportMessage(translator, v.message)}
              </li>
            ))}
          </ul>
        ) : undefined
      }
    />
  );

  const summary = (r: ImportReport, done: boolean) => (
    <Row gutter={16} style={{ marginBottom: 16 }} data-testid="import-summary">
      <Col xs={12} md={6}>
        <Statistic
          title={t('customerImport.summary.total')}
          value={r.totalRows}
          data-testid="import-summary-total"
        />
      </Col>
      {done ? (
        <>
          <Col xs={12} md={6}>
            <Statistic
              title={t('customerImport.summary.imported')}
              value={r.imported}
              valueStyle={{ color: '#3f8600' }}
              data-testid="import-summary-imported"
            />
          </Col>
          <Col xs={12} md={6}>
            <Statistic
              title={t('customerImport.summary.updated')}
              value={r.updated}
              data-testid="import-summary-updated"
            />
          </Col>
        </>
      ) : (
        <Col xs={12} md={6}>
          <Statistic
            title={t('customerImport.summary.valid')}
            value={importableRows(r)}
            valueStyle={{ color: '#3f8600' }}
            data-testid="import-summary-valid"
          />
        </Col>
      )}
      <Col xs={12} md={6}>
        <Statistic
          title={t('customerImport.summary.failed')}
          value={r.failed}
          valueStyle={r.failed > 0 ? { color: '#cf1322' } : undefined}
          data-testid="import-summary-failed"
        />
      </Col>
    </Row>
  );

  const fileLine = state.file && (
    <Typography.Paragraph data-testid="import-file">
      {t('customerImport.file', { name: state.file.name, size: formatBytes(state.file.size) })}
    </Typography.Paragraph>
  );

  const modePicker = (
    <Space direction="vertical" style={{ marginBottom: 16 }}>
      <Typography.Text strong>{t('customerImport.mode')}</Typography.Text>
      <Radio.Group
        value={state.mode}
        disabled={busy !== null}
        onChange={(e) => dispatch({ type: 'modeChanged', mode: e.target.value as typeof state.mode })}
        data-testid="import-mode"
      >
        <Space direction="vertical">
          {IMPORT_MODES.map((mode) => (
            <Radio key={mode} value={mode} data-testid={`import-mode-${mode}`}>
              {modeLabel(mode)}
            </Radio>
          ))}
        </Space>
      </Radio.Group>
    </Space>
  );

  const templateStep = (
    <div data-testid="import-step-template">
      <Typography.Paragraph>{t('customerImport.templateIntro')}</Typography.Paragraph>
      <Space>
        <Button
          icon={<DownloadOutlined />}
          loading={busy === 'template'}
          onClick={() => void downloadTemplate()}
          data-testid="import-template-download"
        >
          {t('customerImport.templateDownload')}
        </Button>
        <Button
          type="primary"
          onClick={() => dispatch({ type: 'goto', step: 'upload' })}
          data-testid="import-template-next"
        >
          {t('customerImport.templateNext')}
        </Button>
      </Space>
    </div>
  );

  const uploadStep = (
    <div data-testid="import-step-upload">
      {modePicker}
      <div data-testid="import-upload">
        <Upload.Dragger
          accept={XLSX_ACCEPT}
          multiple={false}
          maxCount={1}
          showUploadList={false}
          disabled={busy !== null}
          beforeUpload={(file) => {
            const problem = checkImportFile(file);
            if (!problem) return true;
            const vars = {
              name: file.name,
              size: formatBytes(file.size),
              max: formatBytes(IMPORT_MAX_BYTES),
            };
            void message.error(
              problem === 'notXlsx'
                ? t('customerImport.fileNotXlsx', vars)
                : problem === 'empty'
                  ? t('customerImport.fileEmpty', vars)
                  : t('customerImport.fileTooLarge', vars),
            );
            return Upload.LIST_IGNORE;
          }}
          customRequest={({ file, onSuccess, onError }) => {
            const chosen = file as File;
            dispatch({ type: 'fileChosen', file: chosen });
            validate(chosen).then(
              () => onSuccess?.(null),
              (error: unknown) => onError?.(error instanceof Error ? error : new Error(String(error))),
            );
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t('customerImport.uploadHint')}</p>
          <p className="ant-upload-hint">
            {t('customerImport.uploadLimit', { max: formatBytes(IMPORT_MAX_BYTES) })}
          </p>
        </Upload.Dragger>
      </div>
      <div style={{ marginTop: 16 }}>
        {busy === 'validating' && state.file ? (
          <Alert type="info" showIcon message={t('customerImport.validating', { name: state.file.name })} />
        ) : (
          fileLine
        )}
      </div>
      {failureAlert}
      <Space>
        <Button onClick={() => dispatch({ type: 'goto', step: 'template' })}>
          {t('customerImport.back')}
        </Button>
        {state.file && !state.validation && busy === null && (
          <Button
            type="primary"
            icon={<ReloadOutlined />}
            onClick={() => state.file && void validate(state.file).catch(() => undefined)}
            data-testid="import-revalidate"
          >
            {t('customerImport.revalidate')}
          </Button>
        )}
      </Space>
    </div>
  );

  const validation = state.validation;
  const validateStep = validation && (
    <div data-testid="import-step-validate">
      {fileLine}
      <Typography.Paragraph type="secondary">
        {t('customerImport.modeLine', { mode: modeLabel(state.mode) })}
      </Typography.Paragraph>
      {summary(validation, false)}
      <Alert
        style={{ marginBottom: 16 }}
        showIcon
        data-testid="import-validation-result"
        type={
          validation.failed === 0 && validation.totalRows > 0
            ? 'success'
            : importableRows(validation) > 0
              ? 'warning'
              : 'error'
        }
        message={
          validation.totalRows === 0
            ? t('customerImport.validateEmpty')
            : validation.failed === 0
              ? t('customerImport.validateOk', { n: validation.totalRows })
              : importableRows(validation) > 0
                ? t('customerImport.validateSomeFailed', { failed: validation.failed })
                : t('customerImport.validateAllFailed')
        }
      />
      <ImportErrorReport report={validation} />
      <Space style={{ marginTop: 16 }}>
        <Button onClick={() => dispatch({ type: 'goto', step: 'upload' })} data-testid="import-reupload">
          {t('customerImport.reupload')}
        </Button>
        <Button
          type="primary"
          disabled={!canEnter(state, 'confirm')}
          onClick={() => dispatch({ type: 'goto', step: 'confirm' })}
          data-testid="import-next"
        >
          {t('customerImport.next')}
        </Button>
      </Space>
    </div>
  );

  const confirmStep = validation && (
    <div data-testid="import-step-confirm">
      {fileLine}
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        message={t('customerImport.confirmText', {
          n: importableRows(validation),
          mode: modeLabel(state.mode),
        })}
        description={
          validation.failed > 0
            ? t('customerImport.confirmSkipped', { failed: validation.failed })
            : undefined
        }
      />
      {failureAlert}
      <Space>
        <Button disabled={busy !== null} onClick={() => dispatch({ type: 'goto', step: 'validate' })}>
          {t('customerImport.back')}
        </Button>
        <Button
          type="primary"
          loading={busy === 'importing'}
          onClick={() => void runImport()}
          data-testid="import-confirm"
        >
          {t('customerImport.confirmImport')}
        </Button>
      </Space>
    </div>
  );

  const result = state.result;
  const doneStep = result && (
    <div data-testid="import-step-done">
      <Result
        status={result.failed > 0 ? 'warning' : 'success'}
        title={t('customerImport.doneTitle')}
        subTitle={
          <span data-testid="import-result-summary">
            {t('customerImport.doneSummary', {
              imported: result.imported,
              updated: result.updated,
              failed: result.failed,
            })}
          </span>
        }
        extra={[
          <Button
            key="list"
            type="primary"
            onClick={() => navigate('/customers')}
            data-testid="import-to-list"
          >
            {t('customerImport.toList')}
          </Button>,
          <Button key="again" onClick={() => dispatch({ type: 'reset' })} data-testid="import-again">
            {t('customerImport.again')}
          </Button>,
        ]}
      />
      {summary(result, true)}
      <ImportErrorReport report={result} />
    </div>
  );

  const body = {
    template: templateStep,
    upload: uploadStep,
    validate: validateStep,
    confirm: confirmStep,
    done: doneStep,
  }[state.step];

  return (
    <PageContainer
      title={t('customerImport.title')}
      subTitle={t('customerImport.subtitle')}
      testId="customer-import-page"
    >
      <Card>
        <Steps
          current={WIZARD_STEPS.indexOf(state.step)}
          style={{ marginBottom: 24 }}
          data-testid="import-steps"
          items={WIZARD_STEPS.map((step) => ({ title: t(`customerImport.step.${step}`) }))}
        />
        {body}
      </Card>
    </PageContainer>
  );
}
