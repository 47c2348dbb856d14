import { Alert, Checkbox, Table, Tooltip } from 'antd';
import { useMemo } from 'react';
import type { PermissionEntry } from '../../api/types';
import { ALL_PERMISSIONS, groupPermissions, type PermissionGroup } from '../../auth/permissions';
import { permissionGroupLabel, permissionLabel } from '../../i18n/core';
import { useI18n } from '../../i18n/I18nProvider';

/** Rows = permission groups, checkboxes = keys; a form control (value / onChange). */
export function PermissionMatrix(props: {
  catalogue: readonly PermissionEntry[];
  value?: string[];
  onChange?: (value: string[]) => void;
  disabled?: boolean;
  loading?: boolean;
}) {
  const translator = useI18n();
  const { t } = translator;
  const value = props.value ?? [];
  const holdsAll = value.includes(ALL_PERMISSIONS);
  const groups = useMemo(() => groupPermissions(props.catalogue), [props.catalogue]);
  const selected = new Set(value);
  const disabled = props.disabled || holdsAll;

  const setGroup = (keys: string[], on: boolean) => {
    const next = new Set(value);
    for (const key of keys) {
      if (on) next.add(key);
      else next.delete(key);
    }
    props.onChange?.(props.catalogue.map((p) => p.key).filter((key) => next.has(key)));
  };

  return (
    <>
      {holdsAll && (
        <Alert type="info" showIcon message={t('roles.allPermissions')} style={{ marginBottom: 12 }} />
      )}
      <Table<PermissionGroup>
        rowKey="group"
        size="small"
        bordered
        pagination={false}
        loading={props.loading}
        dataSource={groups}
        data-testid="permission-matrix"
        columns={[
          {
            title: t('roles.group'),
            dataIndex: 'group',
            width: 170,
            render: (group: string, row) => {
              const count = row.keys.filter((k) => holdsAll || selected.has(k)).length;
              return (
                <Checkbox
                  checked={count === row.keys.length}
                  indeterminate={count > 0 && count < row.keys.length}
                  disabled={disabled}
                  onChange={(e) => setGroup(row.keys, e.target.checked)}
                  data-testid={`perm-group-${group}`}
                >
                  {permissionGroupLabel(translator, group)}
                </Checkbox>
              );
            },
          },
          {
            title: t('roles.permissions'),
            key: 'keys',
            render: (_, row) => (
              <div style={{ display: 'flex', flexWrap: 'wrap', gap: '4px 16px' }}>
                {row.keys.map((key) => (
                  <Tooltip key={key} title={key} mouseEnterDelay={0.6}>
                    <Checkbox
                      checked={holdsAll || selected.has(key)}
                      disabled={disabled}
                      onChange={(e) => setGroup([key], e.target.checked)}
                      data-testid={`perm-${key}`}
                    >
                      {permissionLabel(translator, key)}
                    </Checkbox>
                  </Tooltip>
                ))}
              </div>
            ),
          },
        ]}
      />
    </>
  );
}
