// Who the hatchery sells to: poultry farms, co-operatives, feed and veterinary shops and farmers of
// the counties around each branch, with names, addresses and phones as people write them (mobiles
// `138 1234 5678`, landlines with their area code). Every draw comes from the part's seeded random.

export type Random = () => number;

export const pick = <T>(random: Random, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)] as T;

/** `count` digits, the first from `first` (a landline's first digit is never 0 or 1). */
const digits = (random: Random, count: number, first = '0123456789'): string =>
  pick(random, [...first]) + Array.from({ length: count - 1 }, () => Math.floor(random() * 10)).join('');

export interface Region {
  province: string;
  city: string;
  districts: readonly string[];
  /** The landline area code, e.g. 0551. */
  areaCode: string;
  /** Digits of a local landline number there (Hefei and Xuzhou 8, most others 7). */
  localDigits: 7 | 8;
  /** How often customers come from there, relative to the branch's other regions. */
  weight: number;
}

/** The head office (Hefei) sells across central Anhui and a little beyond. */
export const HEAD_OFFICE_REGIONS: readonly Region[] = [
  {
    province: '安徽省',
    city: '合肥市',
    districts: ['肥西县', '肥东县', '长丰县', '庐江县', '巢湖市'],
    areaCode: '0551',
    localDigits: 8,
    weight: 5,
  },
  {
    province: '安徽省',
    city: '六安市',
    districts: ['金安区', '裕安区', '霍邱县', '寿县', '舒城县'],
    areaCode: '0564',
    localDigits: 7,
    weight: 3,
  },
  {
    province: '安徽省',
    city: '淮南市',
    districts: ['凤台县', '潘集区', '寿县'],
    areaCode: '0554',
    localDigits: 7,
    weight: 2,
  },
  {
    province: '安徽省',
    city: '滁州市',
    districts: ['定远县', '凤阳县', '全椒县', '来安县'],
    areaCode: '0550',
    localDigits: 7,
    weight: 2,
  },
  {
    province: '安徽省',
    city: '安庆市',
    districts: ['怀宁县', '桐城市', '潜山市', '太湖县'],
    areaCode: '0556',
    localDigits: 7,
    weight: 2,
  },
];

/** The branch in Suzhou (宿州) sells in northern Anhui and the neighbouring counties of Henan and Jiangsu. */
export const SUZHOU_REGIONS: readonly Region[] = [
  {
    province: '安徽省',
    city: '宿州市',
    districts: ['埇桥区', '砀山县', '萧县', '灵璧县', '泗县'],
    areaCode: '0557',
    localDigits: 7,
    weight: 5,
  },
  {
    province: '安徽省',
    city: '亳州市',
    districts: ['蒙城县', '涡阳县', '利辛县', '谯城区'],
    areaCode: '0558',
    localDigits: 7,
    weight: 3,
  },
  {
    province: '安徽省',
    city: '蚌埠市',
    districts: ['怀远县', '固镇县', '五河县'],
    areaCode: '0552',
    localDigits: 7,
    weight: 2,
  },
  {
    province: '安徽省',
    city: '淮北市',
    districts: ['濉溪县', '烈山区'],
    areaCode: '0561',
    localDigits: 7,
    weight: 1,
  },
  {
    province: '河南省',
    city: '商丘市',
    districts: ['永城市', '夏邑县', '虞城县'],
    areaCode: '0370',
    localDigits: 7,
    weight: 1,
  },
  {
    province: '江苏省',
    city: '徐州市',
    districts: ['铜山区', '睢宁县', '邳州市'],
    areaCode: '0516',
    localDigits: 8,
    weight: 1,
  },
];

export function pickRegion(random: Random, regions: readonly Region[]): Region {
  let ticket = random() * regions.reduce((sum, r) => sum + r.weight, 0);
  for (const region of regions) {
    ticket -= region.weight;
    if (ticket < 0) return region;
  }
  return regions[regions.length - 1] as Region;
}

const TOWNS = [
  '三河',
  '官亭',
  '桃花',
  '上派',
  '丰乐',
  '花岗',
  '紫蓬',
  '高刘',
  '岗集',
  '双墩',
  '吴山',
  '杨庙',
  '龙桥',
  '永安',
  '古城',
  '新集',
  '王桥',
  '刘集',
  '大杨',
  '孙圩',
];
const VILLAGES = [
  '张庄',
  '李湾',
  '王圩',
  '刘岗',
  '陈洼',
  '杨楼',
  '周寨',
  '徐郢',
  '孙庄',
  '马桥',
  '朱集',
  '胡营',
  '郭楼',
  '何湾',
  '高庄',
  '林场',
  '新华',
  '红星',
  '光明',
  '幸福',
];

export interface Address {
  province: string;
  city: string;
  district: string;
  detail: string;
}

export const addressIn = (random: Random, region: Region): Address => ({
  province: region.province,
  city: region.city,
  district: pick(random, region.districts),
  detail: `${pick(random, TOWNS)}镇${pick(random, VILLAGES)}村${1 + Math.floor(random() * 12)}组`,
});

const SURNAMES = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
];
const GIVEN = [
  ...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国志文斌宁波辉海峰鹏飞俊亮宇浩凯健林琳雪梅婷燕云春冬生发德福贵荣成新民',
];

export function personName(random: Random): string {
  const given = random() < 0.65 ? pick(random, GIVEN) + pick(random, GIVEN) : pick(random, GIVEN);
  return pick(random, SURNAMES) + given;
}

const TRADE_NAMES = [
  '青山',
  '绿野',
  '金穗',
  '兴旺',
  '丰源',
  '宏达',
  '华牧',
  '康农',
  '鑫源',
  '瑞丰',
  '德润',
  '盛世',
  '福临',
  '恒信',
  '天成',
  '永泰',
  '聚丰',
  '益民',
  '金凤',
  '百禾',
  '润田',
  '众鑫',
  '禾丰',
  '旺农',
  '春晖',
  '蓝天',
  '碧水',
  '金鹏',
  '裕丰',
  '顺发',
  '新农',
  '惠民',
  '嘉禾',
  '丰收',
  '万家',
  '金羽',
  '凤鸣',
  '雏鹰',
  '长青',
  '富农',
];
const TRADES = [
  '禽业有限公司',
  '家禽养殖专业合作社',
  '养殖场',
  '生态农场',
  '农牧科技有限公司',
  '饲料有限公司',
  '种禽有限公司',
  '蛋鸡养殖场',
  '肉鸭养殖场',
  '家庭农场',
  '禽蛋经营部',
  '兽药饲料店',
];

/** A customer company: the county's name, a trade name and what it does, e.g. 肥西县青山禽业有限公司. */
export function companyName(random: Random, address: Address): string {
  const place = random() < 0.7 ? address.district : address.city;
  if (random() < 0.15) return `${place}${pick(random, SURNAMES)}氏${pick(random, ['养殖场', '家庭农场'])}`;
  return `${place}${pick(random, TRADE_NAMES)}${pick(random, TRADES)}`;
}

export const CONTACT_TITLES = ['老板', '场长', '采购', '经理', '财务', '技术员'];

export interface Phone {
  /** As people write it (what goes into the sheet). */
  written: string;
  e164: string;
}

const MOBILE_PREFIXES = [
  '130',
  '131',
  '132',
  '133',
  '135',
  '136',
  '137',
  '138',
  '139',
  '150',
  '151',
  '152',
  '153',
  '155',
  '156',
  '157',
  '158',
  '159',
  '177',
  '180',
  '181',
  '182',
  '183',
  '185',
  '186',
  '187',
  '188',
  '189',
  '199',
];

export function mobile(random: Random): Phone {
  const number = pick(random, MOBILE_PREFIXES) + digits(random, 8);
  return { written: `${number.slice(0, 3)} ${number.slice(3, 7)} ${number.slice(7)}`, e164: `+86${number}` };
}

export function landline(random: Random, region: Region): Phone {
  const local = digits(random, region.localDigits, '2345678');
  const spaced =
    region.localDigits === 8
      ? `${local.slice(0, 4)} ${local.slice(4)}`
      : `${local.slice(0, 3)} ${local.slice(3)}`;
  return { written: `${region.areaCode}-${spaced}`, e164: `+86${region.areaCode.slice(1)}${local}` };
}

/** Draws again until `draw` gives something not taken yet (names and phones are unique in the demo). */
export function unique<T>(taken: Set<string>, keyOf: (value: T) => string, draw: () => T): T {
  for (;;) {
    const value = draw();
    const key = keyOf(value);
    if (!taken.has(key)) {
      taken.add(key);
      return value;
    }
  }
}
