// The 交办清单 the demo imports: the seed's seven units with their 2020 numbers (a unit's lead and
// co-handling suggestions), the featured suggestions of office.ts among them, the rest generated
// from a seed so that every run gives the same list. One suggestion (formSuggestion) is left out:
// it arrives late and is assigned through the form, completing the numbers.
import ExcelJS from 'exceljs';
import { type DemoUnit, suggestions as featured, formSuggestion, unitNamed, units } from './office.js';

/** 2020's numbers (../shared/seed/): suggestions led and co-handled by each unit. */
export const numbers2020: Record<string, { lead: number; co: number }> = {
  省高院: { lead: 24, co: 23 },
  省公安厅: { lead: 28, co: 30 },
  省民政厅: { lead: 22, co: 30 },
  省水利厅: { lead: 79, co: 23 },
  省商务厅: { lead: 30, co: 32 },
  省国资委: { lead: 11, co: 9 },
  省医保局: { lead: 29, co: 37 },
};

export interface ListRow {
  code: string;
  title: string;
  deputy: string;
  coSigners: string[];
  field: string;
  lead: string;
  co: string[];
  /** A Slack member ID or an e-mail (looked up in Slack). */
  handler: string;
  due: string;
}

const topics: Record<string, { field: string; topics: string[] }> = {
  省高院: {
    field: '法治',
    topics: [
      '推进诉源治理',
      '规范涉企执法司法',
      '加强知识产权司法保护',
      '完善多元解纷机制',
      '提升基层法庭审判质效',
      '加强未成年人司法保护',
      '解决执行难',
      '推进智慧法院建设',
    ],
  },
  省公安厅: {
    field: '公共安全',
    topics: [
      '加强道路交通安全隐患治理',
      '整治电信网络诈骗',
      '优化户籍办理服务',
      '加强校园周边治安防控',
      '规范电动自行车管理',
      '推进“互联网+政务服务”向县域延伸',
      '加强农村地区交通安全管理',
      '完善社区警务',
    ],
  },
  省民政厅: {
    field: '民政',
    topics: [
      '完善农村养老服务体系',
      '加快乡镇社工站建设',
      '加强困难群众救助',
      '推进社区嵌入式养老',
      '规范殡葬服务',
      '加强儿童福利保障',
      '扶持社会组织发展',
      '完善残疾人两项补贴',
    ],
  },
  省水利厅: {
    field: '水利',
    topics: [
      '推进河湖长制落地见效',
      '巩固农村饮水安全成果',
      '加快中小河流治理',
      '推进灌区续建配套改造',
      '加强水土流失综合治理',
      '提升山洪灾害防御能力',
      '推进幸福河湖建设',
      '加快病险水库除险加固',
      '加强地下水超采治理',
      '推进城乡供水一体化',
    ],
  },
  省商务厅: {
    field: '商务',
    topics: [
      '支持外贸企业稳订单拓市场',
      '发展跨境电商',
      '促进县域商业体系建设',
      '扩大新能源汽车消费',
      '培育老字号品牌',
      '推进农产品冷链物流建设',
      '优化外商投资环境',
      '发展夜间经济',
    ],
  },
  省国资委: {
    field: '国资国企',
    topics: [
      '优化省属国有资本布局',
      '推进国企混合所有制改革',
      '加强国有企业科技创新',
      '规范国企投资管理',
      '推动国企履行社会责任',
      '盘活国有闲置资产',
    ],
  },
  省医保局: {
    field: '医疗保障',
    topics: [
      '将更多罕见病用药纳入医保保障',
      '提高城乡居民门诊报销比例',
      '推进异地就医直接结算',
      '加强医保基金监管',
      '完善长期护理保险制度',
      '推进药品集中带量采购',
      '优化医保经办服务',
      '支持中医药发展的医保政策',
    ],
  },
};
const places = [
  '',
  '',
  '',
  '东川市',
  '西岭市',
  '南湖市',
  '北原市',
  '青山县',
  '白河县',
  '临江市',
  '丰泽县',
  '山区县',
  '革命老区',
  '城乡接合部',
];
const surnames = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '林', '罗', '高'];
const givenNames = [
  '建国',
  '秀英',
  '志强',
  '丽华',
  '海涛',
  '春梅',
  '国庆',
  '晓东',
  '红霞',
  '文杰',
  '桂兰',
  '明辉',
  '玉珍',
  '振华',
  '雪梅',
  '永刚',
];

/** Handlers named by e-mail in the list: looked up in Slack by the import. */
export const handlerEmails: Record<string, string> = {
  省水利厅: 'li.jingban@slt.example.gov.cn',
  省医保局: 'huang.jingban@ybj.example.gov.cn',
};
const handlerOf = (unit: DemoUnit) => handlerEmails[unit.name] ?? unit.handler.id;

/** A small seeded generator (mulberry32): the same list every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function assignmentList(seed = 2020): ListRow[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const shuffle = <T>(items: T[]) => {
    for (let i = items.length - 1; i > 0; i -= 1) {
      const j = Math.floor(next() * (i + 1));
      [items[i], items[j]] = [items[j]!, items[i]!];
    }
    return items;
  };
  const person = () => `${pick(surnames)}${pick(givenNames)}`;
  const full = (name: string) => unitNamed(name).name;

  const featuredRows = [...featured, { ...formSuggestion, co: formSuggestion.co }];
  const leftLead = new Map(units.map((unit) => [unit.name, numbers2020[unit.name]!.lead]));
  const leftCo = new Map(units.map((unit) => [unit.name, numbers2020[unit.name]!.co]));
  for (const row of featuredRows) {
    leftLead.set(full(row.lead), leftLead.get(full(row.lead))! - 1);
    for (const co of row.co) leftCo.set(full(co), leftCo.get(full(co))! - 1);
  }

  const generated = shuffle(units.flatMap((unit) => Array.from({ length: leftLead.get(unit.name)! }, () => unit)));
  const rows: ListRow[] = generated.map((unit, i) => {
    const { field, topics: about } = topics[unit.name]!;
    return {
      code: `2026-${String(featured.length + 2 + i).padStart(4, '0')}`,
      title: `关于${pick(places)}${pick(about)}的建议`,
      deputy: person(),
      coSigners: Array.from({ length: Math.floor(next() * 4) }, person),
      field,
      lead: unit.name,
      co: [],
      handler: handlerOf(unit),
      // Most take the session's statutory deadline; a few were given an earlier one.
      due: next() < 0.05 ? '2026-05-29' : '',
    };
  });
  // Each co-handling place goes to a generated suggestion another unit leads, at most two a suggestion.
  const slots = shuffle(units.flatMap((unit) => Array.from({ length: leftCo.get(unit.name)! }, () => unit.name)));
  let cursor = 0;
  for (const unit of slots) {
    for (let tried = 0; ; tried += 1) {
      if (tried > rows.length) throw new Error(`no suggestion can take ${unit} as a co-handling unit`);
      const row = rows[cursor]!;
      cursor = (cursor + 1) % rows.length;
      if (row.lead !== unit && !row.co.includes(unit) && row.co.length < 2) {
        row.co.push(unit);
        break;
      }
    }
  }
  const featuredListed: ListRow[] = featured.map((row) => {
    const lead = unitNamed(row.lead);
    return {
      code: row.code,
      title: row.title,
      deputy: person(),
      coSigners: [person()],
      field: topics[lead.name]!.field,
      lead: lead.name,
      co: row.co.map(full),
      handler: handlerOf(lead),
      due: row.due ?? '',
    };
  });
  return [...featuredListed, ...rows];
}

/** The same list with the mistakes a first draft of one tends to have: a misspelt unit, an impossible date, a code twice. */
export function listWithMistakes(rows: readonly ListRow[]): ListRow[] {
  const flawed = rows.map((row) => ({ ...row, co: [...row.co] }));
  flawed[20]!.lead = '省水力厅';
  flawed[40]!.due = '2026-02-30';
  flawed[60]!.code = flawed[59]!.code;
  return flawed;
}

export const listHeaders = ['编号', '标题', '领衔代表', '附议代表', '领域', '主办单位', '会办单位', '经办人', '法定答复期限'];

/** The list as an office keeps it: a workbook, Chinese headers, one suggestion a row. */
export async function listWorkbook(rows: readonly ListRow[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('交办清单', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(listHeaders).font = { bold: true };
  for (const row of rows)
    sheet.addRow([row.code, row.title, row.deputy, row.coSigners.join('、'), row.field, row.lead, row.co.join('、'), row.handler, row.due]);
  sheet.columns.forEach((column, i) => (column.width = [12, 44, 10, 22, 10, 10, 20, 34, 14][i]));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
