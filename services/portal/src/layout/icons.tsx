import {
  ApartmentOutlined,
  AuditOutlined,
  BankOutlined,
  ClusterOutlined,
  GlobalOutlined,
  HomeOutlined,
  IdcardOutlined,
  RestOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { IconName } from './navigation';

export const navIcons: Record<IconName, ReactNode> = {
  home: <HomeOutlined />,
  customers: <TeamOutlined />,
  system: <SettingOutlined />,
  users: <UserOutlined />,
  roles: <SafetyCertificateOutlined />,
  branches: <BankOutlined />,
  departments: <ApartmentOutlined />,
  employees: <IdcardOutlined />,
  sites: <ClusterOutlined />,
  audit: <AuditOutlined />,
  customerPool: <GlobalOutlined />,
  recycleBin: <RestOutlined />,
};
