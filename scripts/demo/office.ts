// The office the demo plays: the seven units of the 2020 report (../shared/seed/), their people,
// and a first batch of suggestions on the topics the report names. People and codes are invented.

export const supervisor = { id: 'U0SUPER', name: '督办室·周主任' };

/** Where the office reads its alerts, its reports and each day's summary. */
export const supervisionChannel = { id: 'C0DUBAN', name: '#督办室' };

export interface DemoUnit {
  name: string;
  aliases: string[];
  channel: { id: string; name: string };
  liaison: { id: string; name: string };
  leader: { id: string; name: string };
  handler: { id: string; name: string };
  /** 处室负责人 and 主要领导: with the leader, the levels that sign a reply off. */
  division: { id: string; name: string };
  head: { id: string; name: string };
}

export const units: DemoUnit[] = [
  {
    name: '省高院',
    aliases: ['高院'],
    channel: { id: 'C0GY', name: '#省高院' },
    liaison: { id: 'U0GYLIA', name: '高院·陈联络员' },
    leader: { id: 'U0GYLEAD', name: '高院·常务副院长' },
    handler: { id: 'U0GYHAN', name: '高院·刘经办' },
    division: { id: 'U0GYDIV', name: '高院·办公室主任' },
    head: { id: 'U0GYHEAD', name: '高院·主要负责人' },
  },
  {
    name: '省公安厅',
    aliases: ['公安厅'],
    channel: { id: 'C0GA', name: '#省公安厅' },
    liaison: { id: 'U0GALIA', name: '公安厅·吴联络员' },
    leader: { id: 'U0GALEAD', name: '公安厅·常务副厅长' },
    handler: { id: 'U0GAHAN', name: '公安厅·郑经办' },
    division: { id: 'U0GADIV', name: '公安厅·办公室主任' },
    head: { id: 'U0GAHEAD', name: '公安厅·主要负责人' },
  },
  {
    name: '省民政厅',
    aliases: ['民政厅'],
    channel: { id: 'C0MZ', name: '#省民政厅' },
    liaison: { id: 'U0MZLIA', name: '民政厅·赵联络员' },
    leader: { id: 'U0MZLEAD', name: '民政厅·分管副厅长' },
    handler: { id: 'U0MZHAN', name: '民政厅·孙经办' },
    division: { id: 'U0MZDIV', name: '民政厅·办公室主任' },
    head: { id: 'U0MZHEAD', name: '民政厅·主要负责人' },
  },
  {
    name: '省水利厅',
    aliases: ['水利厅'],
    channel: { id: 'C0SL', name: '#省水利厅' },
    liaison: { id: 'U0SLLIA', name: '水利厅·王联络员' },
    leader: { id: 'U0SLLEAD', name: '水利厅·分管副厅长' },
    handler: { id: 'U0SLHAN', name: '水利厅·李经办' },
    division: { id: 'U0SLDIV', name: '水利厅·办公室主任' },
    head: { id: 'U0SLHEAD', name: '水利厅·主要负责人' },
  },
  {
    name: '省商务厅',
    aliases: ['商务厅'],
    channel: { id: 'C0SW', name: '#省商务厅' },
    liaison: { id: 'U0SWLIA', name: '商务厅·钱联络员' },
    leader: { id: 'U0SWLEAD', name: '商务厅·分管副厅长' },
    handler: { id: 'U0SWHAN', name: '商务厅·冯经办' },
    division: { id: 'U0SWDIV', name: '商务厅·办公室主任' },
    head: { id: 'U0SWHEAD', name: '商务厅·主要负责人' },
  },
  {
    name: '省国资委',
    aliases: ['国资委'],
    channel: { id: 'C0GZ', name: '#省国资委' },
    liaison: { id: 'U0GZLIA', name: '国资委·何联络员' },
    leader: { id: 'U0GZLEAD', name: '国资委·分管副主任' },
    handler: { id: 'U0GZHAN', name: '国资委·许经办' },
    division: { id: 'U0GZDIV', name: '国资委·办公室主任' },
    head: { id: 'U0GZHEAD', name: '国资委·主要负责人' },
  },
  {
    name: '省医保局',
    aliases: ['医保局'],
    channel: { id: 'C0YB', name: '#省医保局' },
    liaison: { id: 'U0YBLIA', name: '医保局·林联络员' },
    leader: { id: 'U0YBLEAD', name: '医保局·分管副局长' },
    handler: { id: 'U0YBHAN', name: '医保局·黄经办' },
    division: { id: 'U0YBDIV', name: '医保局·办公室主任' },
    head: { id: 'U0YBHEAD', name: '医保局·主要负责人' },
  },
];

export const unitNamed = (name: string): DemoUnit => {
  const unit = units.find((u) => u.name === name || u.aliases.includes(name));
  if (!unit) throw new Error(`no demo unit ${name}`);
  return unit;
};

export interface DemoSuggestion {
  code: string;
  title: string;
  lead: string;
  co: string[];
  due?: string;
}

export const suggestions: DemoSuggestion[] = [
  { code: '2026-0001', title: '关于推进河湖长制落地见效的建议', lead: '水利厅', co: ['国资委'] },
  { code: '2026-0002', title: '关于巩固农村饮水安全成果的建议', lead: '水利厅', co: ['民政厅'] },
  { code: '2026-0003', title: '关于加强道路交通安全隐患治理的建议', lead: '公安厅', co: [] },
  { code: '2026-0004', title: '关于推动“互联网+政务服务”向县域延伸的建议', lead: '公安厅', co: ['商务厅'] },
  { code: '2026-0005', title: '关于完善农村养老服务体系的建议', lead: '民政厅', co: ['医保局'] },
  { code: '2026-0006', title: '关于加快乡镇社工站建设的建议', lead: '民政厅', co: [], due: '2026-05-29' },
  { code: '2026-0007', title: '关于将更多罕见病用药纳入医保保障的建议', lead: '医保局', co: [] },
  { code: '2026-0008', title: '关于提高城乡居民门诊报销比例的建议', lead: '医保局', co: ['民政厅'] },
  { code: '2026-0009', title: '关于支持外贸企业稳订单拓市场的建议', lead: '商务厅', co: ['国资委', '公安厅'] },
  { code: '2026-0010', title: '关于优化省属国有资本布局的建议', lead: '国资委', co: [] },
  { code: '2026-0011', title: '关于规范涉企执法司法的建议', lead: '高院', co: ['公安厅'] },
];

/** One more, assigned through the form rather than the inline command. */
export const formSuggestion = { code: '2026-0012', title: '关于推进诉源治理的建议', deputy: '王代表', lead: '省高院', co: ['省民政厅'] };

/** The suggestions the demo plays through Slack itself; the rest of the list the office works in bulk. */
export const featuredCodes: ReadonlySet<string> = new Set([...suggestions.map((s) => s.code), formSuggestion.code]);

/** People change (DESIGN §3): who stands in for 国资委's leader while away, and who succeeds 水利厅's liaison. */
export const leaderStandIn = { id: 'U0GZDEP', name: '国资委·办公室副主任' };
export const successor = { id: 'U0SLLIA2', name: '水利厅·杨联络员' };

/** Every id the transcript should show by name. */
export function displayNames(): Record<string, string> {
  const names: Record<string, string> = {
    [supervisor.id]: supervisor.name,
    [supervisionChannel.id]: supervisionChannel.name,
    [leaderStandIn.id]: leaderStandIn.name,
    [successor.id]: successor.name,
  };
  for (const unit of units) {
    names[unit.channel.id] = unit.channel.name;
    for (const person of [unit.liaison, unit.leader, unit.handler, unit.division, unit.head]) names[person.id] = person.name;
  }
  return names;
}
