// What the benchmark database holds, decided up front and pure: units, and suggestions spread
// over the last months as a supervision office would have assigned them. Knowing the plan lets
// the benchmark check the bot's answers exactly (which codes exist, how many involve the user).
import {
  benchUserHandles,
  benchUserId,
  busyUnitCount,
  busyUserId,
  channelOf,
  handlersOf,
  handlersPerUnit,
  leaderOf,
  liaisonOf,
  suggestionCount,
  unitCount,
} from './cast.js';
import { seededRandom } from './random.js';

export interface UnitPlan {
  name: string;
  aliases: string[];
  channelId: string;
  liaisonUserId: string;
  leaderUserId: string;
}

export interface SuggestionPlan {
  code: string;
  title: string;
  leadDeputy: string;
  /** Indexes into SeedPlan.units. */
  lead: number;
  co: number[];
  handlerUserId: string | undefined;
  /** When it was assigned: the `now` assignSuggestion would have run at. */
  at: Date;
}

export interface SeedPlan {
  units: UnitPlan[];
  suggestions: SuggestionPlan[];
  /** The unit the benchmark user is liaison of. */
  benchUnit: number;
  /** The units the busy user is liaison of. */
  busyUnits: number[];
}

const provincialUnits = [
  '省发展改革委',
  '省教育厅',
  '省科技厅',
  '省工业和信息化厅',
  '省公安厅',
  '省民政厅',
  '省司法厅',
  '省财政厅',
  '省人力资源社会保障厅',
  '省自然资源厅',
  '省生态环境厅',
  '省住房城乡建设厅',
  '省交通运输厅',
  '省水利厅',
  '省农业农村厅',
  '省商务厅',
  '省文化和旅游厅',
  '省卫生健康委',
  '省退役军人事务厅',
  '省应急管理厅',
  '省审计厅',
  '省市场监管局',
  '省广电局',
  '省体育局',
  '省统计局',
  '省医保局',
  '省林业局',
  '省乡村振兴局',
  '省数据局',
  '省地方金融管理局',
];
const cities = [
  '长沙市',
  '株洲市',
  '湘潭市',
  '衡阳市',
  '邵阳市',
  '岳阳市',
  '常德市',
  '张家界市',
  '益阳市',
  '郴州市',
  '永州市',
  '怀化市',
  '娄底市',
  '湘西州',
];
const cityBureaus = [
  '发展改革委',
  '教育局',
  '公安局',
  '民政局',
  '财政局',
  '人社局',
  '自然资源局',
  '生态环境局',
  '住建局',
  '交通运输局',
  '水利局',
  '农业农村局',
  '商务局',
  '卫健委',
];
/** The provincial units first, then city bureaus, as many as the plan needs. */
const unitNames = [...provincialUnits, ...cities.flatMap((city) => cityBureaus.map((bureau) => `${city}${bureau}`))];

const topics = [
  '河湖长制',
  '养老服务体系',
  '义务教育均衡发展',
  '农村公路养护',
  '基层医疗卫生',
  '中小企业融资',
  '生态环境保护',
  '老旧小区改造',
  '职业技能培训',
  '粮食安全',
  '文化遗产保护',
  '数字政府建设',
  '安全生产监管',
  '乡村振兴',
  '食品安全',
];
const surnames = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周'];
const givenNames = ['伟', '芳', '娜', '敏', '静', '强', '磊', '军', '洋', '勇'];

const dayMs = 24 * 60 * 60 * 1000;
/** Assignments spread over this many days before now: some nodes are overdue, some still open. */
const spreadDays = 120;

/** How big a ledger to plan: the ack benchmark's by default; the reminder job's is ten times that. */
export interface SeedSize {
  suggestions: number;
  handlersPerUnit: number;
}

export const ackSeedSize: SeedSize = { suggestions: suggestionCount, handlersPerUnit };

export function planSeed(options: { now: Date; codePrefix: string; seed?: number; size?: SeedSize }): SeedPlan {
  const size = options.size ?? ackSeedSize;
  const random = seededRandom(options.seed ?? 20260301);
  if (unitNames.length < unitCount) throw new Error('not enough unit names');
  const benchUnit = 0;
  const busyUnits = Array.from({ length: busyUnitCount }, (_, i) => i + 1);
  const liaisonFor = (unit: number) => (unit === benchUnit ? benchUserId : busyUnits.includes(unit) ? busyUserId : liaisonOf(unit));
  const units = unitNames.slice(0, unitCount).map((name, unit) => ({
    name,
    aliases: name.startsWith('省') ? [name.slice(1)] : [],
    channelId: channelOf(unit),
    liaisonUserId: liaisonFor(unit),
    leaderUserId: leaderOf(unit),
  }));

  const instants = Array.from({ length: size.suggestions }, () => options.now.getTime() - random.next() * spreadDays * dayMs).sort(
    (x, y) => x - y,
  );
  const suggestions = instants.map((instant, index): SuggestionPlan => {
    const lead = random.int(unitCount);
    const co = new Set<number>();
    for (let wanted = random.int(3); co.size < wanted; ) {
      const unit = random.int(unitCount);
      if (unit !== lead) co.add(unit);
    }
    return {
      code: `${options.codePrefix}-${String(index + 1).padStart(5, '0')}`,
      title: `关于加强${random.pick(topics)}的建议`,
      leadDeputy: `${random.pick(surnames)}${random.pick(givenNames)}`,
      lead,
      co: [...co],
      handlerUserId: random.next() < 0.6 ? random.pick(handlersOf(lead, size.handlersPerUnit)) : undefined,
      at: new Date(instant),
    };
  });

  // The benchmark user handles an even spread of the bench unit's lead suggestions.
  const led = suggestions.filter((s) => s.lead === benchUnit);
  const step = Math.max(1, Math.floor(led.length / benchUserHandles));
  for (let i = 0; i < benchUserHandles && i * step < led.length; i += 1) led[i * step]!.handlerUserId = benchUserId;

  return { units, suggestions, benchUnit, busyUnits };
}

/** How many suggestions `/suggest list mine` should count for the benchmark user. */
export const involvingBenchUser = (plan: SeedPlan): number =>
  plan.suggestions.filter((s) => s.lead === plan.benchUnit || s.co.includes(plan.benchUnit) || s.handlerUserId === benchUserId).length;

/** How many suggestions `/suggest list mine` should count for the busy user. */
export const involvingBusyUser = (plan: SeedPlan): number =>
  plan.suggestions.filter((s) => [s.lead, ...s.co].some((unit) => plan.busyUnits.includes(unit))).length;
