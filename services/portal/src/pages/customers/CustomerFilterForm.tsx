import { DownOutlined, UpOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, Row, Select } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { CustomerFilters } from '../../api/customers.types';
import { CUSTOMER_CLASSES, CUSTOMER_KINDS, CUSTOMER_LEVELS, CUSTOMER_STATUSES } from '../../api/types';
import { useAuth } from '../../auth/AuthProvider';
import { BranchSelect } from '../../components/lookups';
import { SearchButtons } from '../../components/SearchButtons';
import { useI18n } from '../../i18n/I18nProvider';
import { cleanFilters, filtersToSearch } from './customer-filters';
import { UserSelect } from './customer-lookups';

/** The search form of the customer list; shows `filters` and reports the submitted ones. */
export function CustomerFilterForm(props: {
  filters: CustomerFilters;
  onSearch(filters: CustomerFilters): void;
}) {
  const { t, tx } = useI18n();
  const { can } = useAuth();
  const [form] = Form.useForm<CustomerFilters>();
  const { filters } = props;
  const secondary = [
    'address',
    'city',
    'tag',
    'ownerId',
    'customerClass',
    'status',
    'kind',
    'branchId',
  ] as const;
  const [expanded, setExpanded] = useState(() => secondary.some((k) => filters[k] !== undefined));

  // The last search this form made, as the address bar holds it.
  const searched = useRef<string | undefined>(undefined);
  const search = (next: CustomerFilters) => {
    searched.current = filtersToSearch(next);
    props.onSearch(next);
  };

  const shown = filtersToSearch(filters);
  useEffect(() => {
    // The address bar showing this form's own search: the fields hold it already, and what was typed
    // since (the list re-renders a moment later, on a busy machine after the next keystrokes) stays.
    const ownSearch = shown === searched.current;
    searched.current = undefined; // once: going back to this search later sets the fields again
    if (ownSearch) return;
    form.resetFields();
    form.setFieldsValue(filters);
    if (secondary.some((k) => filters[k] !== undefined)) setExpanded(true);
    // Else it follows the address bar (a saved view, the back button).
  }, [shown]);

  const options = <T extends string>(values: readonly T[], prefix: string) =>
    values.map((v) => ({ value: v, label: tx(`${prefix}.${v}`, v) }));
  const col = { xs: 24, md: 12, xl: 6 };

  return (
    <Form<CustomerFilters>
      form={form}
      className="search-form"
      onFinish={(values) => search(cleanFilters({ ...values, sort: filters.sort }))}
      data-testid="customers-search-form"
    >
      <Row gutter={[24, 16]}>
        <Col {...col}>
          <Form.Item name="q" label={t('cust.keyword')}>
            <Input allowClear placeholder={t('cust.keywordPlaceholder')} data-testid="customers-filter-q" />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item name="phone" label={t('cust.phone')}>
            <Input allowClear placeholder={t('cust.phonePlaceholder')} data-testid="customers-filter-phone" />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item name="cardUid" label={t('cust.card')}>
            <Input allowClear placeholder={t('cust.cardPlaceholder')} data-testid="customers-filter-card" />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item name="level" label={t('cust.level')}>
            <Select
              allowClear
              placeholder={t('common.all')}
              options={options(CUSTOMER_LEVELS, 'custLevel')}
              data-testid="customers-filter-level"
            />
          </Form.Item>
        </Col>
        {expanded && (
          <>
            <Col {...col}>
              <Form.Item name="city" label={t('cust.city')}>
                <Input allowClear data-testid="customers-filter-city" />
              </Form.Item>
            </Col>
            <Col {...col}>
              <Form.Item name="address" label={t('cust.address')}>
                <Input
                  allowClear
                  placeholder={t('cust.addressPlaceholder')}
                  data-testid="customers-filter-address"
                />
              </Form.Item>
            </Col>
            <Col {...col}>
              <Form.Item name="tag" label={t('cust.tags')}>
                <Input allowClear data-testid="customers-filter-tag" />
              </Form.Item>
            </Col>
            <Col {...col}>
              <Form.Item name="ownerId" label={t('cust.owner')}>
                <UserSelect allowClear placeholder={t('common.all')} data-testid="customers-filter-owner" />
              </Form.Item>
            </Col>
            <Col {...col}>
              <Form.Item name="customerClass" label={t('cust.class')}>
                <Select
                  allowClear
                  placeholder={t('common.all')}
                  options={options(CUSTOMER_CLASSES, 'custClass')}
                  data-testid="customers-filter-class"
                />
              </Form.Item>
            </Col>
            <Col {...col}>
              <Form.Item name="status" label={t('cust.status')}>
                <Select
                  allowClear
                  placeholder={t('common.all')}
                  options={options(CUSTOMER_STATUSES, 'custStatus')}
                  data-testid="customers-filter-status"
                />
              </Form.Item>
            </Col>
            <Col {...col}>
              <Form.Item name="kind" label={t('cust.kind')}>
                <Select
                  allowClear
                  placeholder={t('common.all')}
                  options={options(CUSTOMER_KINDS, 'customerKind')}
                  data-testid="customers-filter-kind"
                />
              </Form.Item>
            </Col>
            {can('branches.read') && (
              <Col {...col}>
                <Form.Item name="branchId" label={t('cust.branch')}>
                  <BranchSelect
                    allowClear
                    placeholder={t('common.all')}
                    data-testid="customers-filter-branch"
                  />
                </Form.Item>
              </Col>
            )}
          </>
        )}
        <Col xs={24} style={{ textAlign: 'right' }}>
          <SearchButtons
            onReset={() => {
              form.resetFields();
              form.setFieldsValue({});
              search(cleanFilters({ sort: filters.sort }));
            }}
            resetTestId="customers-reset"
            searchTestId="customers-search"
          >
            <Button type="link" onClick={() => setExpanded(!expanded)} data-testid="customers-filter-more">
              {expanded ? t('cust.lessFilters') : t('cust.moreFilters')}{' '}
              {expanded ? <UpOutlined /> : <DownOutlined />}
            </Button>
          </SearchButtons>
        </Col>
      </Row>
    </Form>
  );
}
