// The demo hatchery: 金羽禽业 with its head office (the branch HQ that every system starts with) near
// Hefei and a branch in Suzhou (宿州), their departments, and a member of staff in every built-in role.

export interface BranchPlan {
  /** HQ: the head office the system made on its first start (renamed here); others are created. */
  code: string;
  name: string;
  address: string;
  phone: string;
}

export const BRANCHES: readonly BranchPlan[] = [
  { code: 'HQ', name: '总部', address: '安徽省合肥市肥西县桃花工业园金羽路 8 号', phone: '0551-6853 2100' },
  { code: 'SZ', name: '宿州分公司', address: '安徽省宿州市埇桥区汴河路 216 号', phone: '0557-3021 880' },
];

export interface DepartmentPlan {
  branch: string;
  number: string;
  name: string;
  parent?: string;
}

export const DEPARTMENTS: readonly DepartmentPlan[] = [
  { branch: 'HQ', number: '001', name: '总经办' },
  { branch: 'HQ', number: '100', name: '销售部' },
  { branch: 'HQ', number: '101', name: '销售一组', parent: '100' },
  { branch: 'HQ', number: '102', name: '销售二组', parent: '100' },
  { branch: 'HQ', number: '200', name: '客服部' },
  { branch: 'HQ', number: '300', name: '物流部' },
  { branch: 'HQ', number: '400', name: '孵化场' },
  { branch: 'HQ', number: '500', name: '信息部' },
  { branch: 'SZ', number: '100', name: '销售部' },
  { branch: 'SZ', number: '200', name: '客服部' },
  { branch: 'SZ', number: '300', name: '物流部' },
];

export type EmployeeCategory = 'STAFF' | 'SALES' | 'SERVICE' | 'DRIVER' | 'MANAGER' | 'OTHER';

export interface StaffPlan {
  username: string;
  name: string;
  /** A built-in role's key; the staff of roles not known here are made from SPARE_NAMES. */
  role: string;
  branch: string;
  department: string | null;
  extension: string;
  category: EmployeeCategory;
  phone: string;
}

export const STAFF: readonly StaffPlan[] = [
  {
    username: 'chen.jianguo',
    name: '陈建国',
    role: 'executive',
    branch: 'HQ',
    department: '001',
    extension: '8001',
    category: 'MANAGER',
    phone: '139 5510 2001',
  },
  {
    username: 'wang.lei',
    name: '王磊',
    role: 'system_admin',
    branch: 'HQ',
    department: '500',
    extension: '8500',
    category: 'STAFF',
    phone: '139 5510 2500',
  },
  {
    username: 'li.na',
    name: '李娜',
    role: 'sales_supervisor',
    branch: 'HQ',
    department: '100',
    extension: '8100',
    category: 'MANAGER',
    phone: '139 5510 2100',
  },
  {
    username: 'zhang.wei',
    name: '张伟',
    role: 'account_manager',
    branch: 'HQ',
    department: '101',
    extension: '8101',
    category: 'SALES',
    phone: '139 5510 2101',
  },
  {
    username: 'liu.yang',
    name: '刘洋',
    role: 'account_manager',
    branch: 'HQ',
    department: '102',
    extension: '8102',
    category: 'SALES',
    phone: '139 5510 2102',
  },
  {
    username: 'yang.fan',
    name: '杨帆',
    role: 'service_staff',
    branch: 'HQ',
    department: '200',
    extension: '8200',
    category: 'SERVICE',
    phone: '139 5510 2200',
  },
  {
    username: 'huang.hai',
    name: '黄海',
    role: 'driver',
    branch: 'HQ',
    department: '300',
    extension: '8300',
    category: 'DRIVER',
    phone: '139 5510 2300',
  },
  {
    username: 'zhao.min',
    name: '赵敏',
    role: 'account_manager',
    branch: 'SZ',
    department: '100',
    extension: '6101',
    category: 'SALES',
    phone: '139 5570 3101',
  },
  {
    username: 'sun.li',
    name: '孙丽',
    role: 'account_manager',
    branch: 'SZ',
    department: '100',
    extension: '6102',
    category: 'SALES',
    phone: '139 5570 3102',
  },
  {
    username: 'wu.jing',
    name: '吴静',
    role: 'service_staff',
    branch: 'SZ',
    department: '200',
    extension: '6200',
    category: 'SERVICE',
    phone: '139 5570 3200',
  },
  {
    username: 'zheng.jun',
    name: '郑军',
    role: 'driver',
    branch: 'SZ',
    department: '300',
    extension: '6300',
    category: 'DRIVER',
    phone: '139 5570 3300',
  },
];

/** Names for the staff of built-in roles added after this list was written (one each, at HQ). */
export const SPARE_NAMES: readonly string[] = [
  '钱进',
  '冯涛',
  '韩梅',
  '曹阳',
  '彭飞',
  '蒋丽',
  '袁博',
  '邓超',
];

/** People on the payroll without an account (employees only). */
export const EMPLOYEES_WITHOUT_ACCOUNT: readonly {
  name: string;
  branch: string;
  department: string;
  category: EmployeeCategory;
  phone: string;
}[] = [
  { name: '何建华', branch: 'HQ', department: '400', category: 'STAFF', phone: '137 5647 1021' },
  { name: '马玉兰', branch: 'HQ', department: '400', category: 'STAFF', phone: '137 5647 1022' },
  { name: '许志刚', branch: 'SZ', department: '300', category: 'DRIVER', phone: '137 5573 6203' },
];

/** One edge site at the counter of each branch. */
export const SITES: readonly { branch: string; name: string }[] = [
  { branch: 'HQ', name: '总部门市部' },
  { branch: 'SZ', name: '宿州门市部' },
];
