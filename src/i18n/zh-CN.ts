// zh-CN, the default catalog. Every string a person reads comes from here or from en.ts; the
// keys and parameters are fixed by this file's type, which en.ts must match.

import type { DayNote } from '../domain/calendar.js';
import type { ImportColumn, SurveyColumn } from '../domain/import-column.js';
import type { AssignmentEvent, CommitmentEvent, CommitmentState, Lifecycle, ReplyEvent, SuggestionEvent } from '../domain/lifecycles.js';
import type { DeliveryProblem, Notice } from '../domain/notices.js';
import type { RoleName } from '../domain/permissions.js';
import type { RateComponent } from '../domain/scoring.js';
import type { SettingKey } from '../domain/setting-change.js';
import type {
  AskedFile,
  AssignmentRole,
  AssignmentStatus,
  CalendarDayKind,
  MilestoneKind,
  ReplyStatus,
  SuggestionStatus,
} from '../domain/vocabulary.js';

const roleNames: Record<RoleName, string> = {
  supervisor: '督办室',
  liaison: '联络员',
  handler: '经办人',
  division: '处室负责人',
  leader: '分管领导',
  head: '主要领导',
  member: '成员',
};
const milestoneNames: Record<MilestoneKind, string> = {
  accept: '签收',
  transfer_window: '申请调整截止',
  pre_contact: '办前沟通',
  co_opinion: '会办意见',
  draft: '初稿',
  division_review: '处室把关',
  leader_review: '分管领导审核',
  head_signoff: '主要领导签发',
  reply: '答复',
  feedback: '办后反馈',
};
const statusNames: Record<SuggestionStatus, string> = {
  assigned: '已交办',
  in_progress: '办理中',
  replied: '已答复',
  evaluated: '已评价',
  closed: '已办结',
  reopened: '重新办理',
};
const assignmentRoleNames: Record<AssignmentRole, string> = { lead: '主办', co: '会办' };
const weekdays = ['一', '二', '三', '四', '五', '六', '日'];
const dayNotes: Record<DayNote, string> = { adjusted_workday: '调休上班', rest_day: '休息日', statutory_rest_day: '法定期限为休息日' };

export const zhCN = {
  roleNames,
  milestoneNames,
  statusNames,
  assignmentRoleNames,
  date: (month: number, day: number, isoWeekday: number, note?: DayNote) =>
    `${month}月${day}日（周${weekdays[isoWeekday - 1]}${note === undefined ? '' : `，${dayNotes[note]}`}）`,
  listJoin: '、',
  /** Steps that share a day: the window was too short to give each its own. */
  sharedDays: {
    day: (steps: string, date: string) => `${steps}同在 ${date}`,
    join: '；',
    text: (days: string) => `办理时间较短，节点已按顺序压缩，部分节点只能同日完成：${days}。请督促承办单位抓紧办理，确有困难的可申请延期。`,
  },
  /** The last line of a list cut to fit a message. */
  cut: (count: number) => `……另有 ${count} 条未列出。`,
  none: '无',

  help: {
    title: '督办助手 · 用法',
    intro: '在任意频道或私信中输入 `/suggest` 加子命令（中文别名写在方括号里）。',
    lines: [
      '`/suggest assign` [交办] 打开交办表单',
      '`/suggest assign <编号> lead:<单位> [co:<单位>,<单位>] [handler:@经办人] [due:YYYY-MM-DD] [title:<标题>]` 直接交办',
      '`/suggest list [mine|overdue|open|replied|closed|followup|requests|key|unit:<单位>|all]` [列表] 查看建议',
      '`/suggest show <编号>` [查看] 查看一件建议的全部时间节点',
      '`/suggest accept <编号>` [签收] 签收交给本单位的建议',
      '`/suggest unit add <名称> [alias:<简称>,<简称>] [channel:#频道] [liaison:@联络员] [leader:@分管领导]` 登记承办单位',
      '`/suggest unit member <单位> @某人 <联络员|经办人|处室负责人|分管领导|主要领导|成员>` 设置单位人员',
      '`/suggest unit member remove <单位> @某人 [<角色>]` [单位 成员 移除] 移除某人在单位的角色（不写角色则全部移除）',
      '`/suggest route <编号> [unit:<单位>] [handler:@经办人] [division:<处室>] [leader:@分管领导]` [分办] 联络员为本单位的交办指定经办人、承办处室和分管领导；只写编号则打开表单',
      '`/suggest delegate @某人 until:YYYY-MM-DD` [代理] 外出期间委托他人代理您的工作；`/suggest delegate off` 提前结束；只写 `delegate` 查看',
      '`/suggest contact <编号>` [沟通] 记录与领衔代表的沟通（办前沟通即完成该节点）',
      '`/suggest opinion <编号>` [会办意见] 会办单位向主办单位提交会办意见',
      '`/suggest reply <编号>` [答复] 主办单位提交答复（A/B/C 类），依次经处室把关、分管领导审核、主要领导签发',
      '`/suggest evaluate <编号> <满意|基本满意|不满意> [说明]` [评价] 记录代表的评价（也可在 `show` 中点按钮）；不满意则重新办理',
      '`/suggest commitment done <编号> <序号>` [核销] 核销 B 类答复的一项承诺事项',
      '`/suggest import` [导入] 上传交办清单，预览后批量交办；或上传征询意见表，预览后批量记录代表评价（CSV 或 Excel，督办室）',
      '`/suggest import template` [导入 模板] 以文件发给您一份交办清单模板（Excel），主办单位可从本办登记的单位中选择（督办室）',
      '`/suggest export [unit:<单位>]` [导出] 导出督办台账（Excel，以文件发给您）',
      '`/suggest extend <编号> <YYYY-MM-DD> <理由>` [延期] 申请延长法定答复期限，由督办室批准',
      '`/suggest transfer <编号> [unit:<单位>] <理由>` [调整] 交办不当时申请退回（在申请调整期限内，见 `/suggest config`），由督办室改派；督办室可随时提出',
      '`/suggest calendar add <YYYY-MM-DD> <workday|holiday> [说明]` · `calendar list` · `calendar remove <YYYY-MM-DD>` 调整工作日历',
      '`/suggest rank [week|month|year]` [排名] 各单位本周、本月或本会次至今的办理排名',
      '`/suggest config` [设置] 查看本会次的规则；`/suggest config supervision-channel #频道` 等修改一项',
      '`/suggest supervisor [add|remove @某人]` [督办员] 查看督办室成员；督办室可添加或移除',
      '`/suggest session [new <名称>]` [会次] 查看各会次；督办室用 `session new` 开始下一批建议（沿用现行设置）',
      '`/suggest outbox` [未送达] 查看机器人未能送达的消息及原因，问题解决后重发（督办室）',
      '`/suggest stats [unit:<单位>|field:<领域>] [week|month|year]` [统计] 各单位、各领域的答复率、按期答复率、办结率、A/B/C 类占比、满意率和承诺兑现率（督办室）',
      '`/suggest report [month|year]` [报告] 办理情况报告（Word 文件，以文件发给您），可提交常委会会议（督办室）',
      '`/suggest publish [all]` [公开目录] 可以公开的答复及各自的公开期限，公开后点「已公开」；加 `all` 同时列出已公开的答复（督办室）',
      '`/suggest merge <编号> into <主件编号>` [并案] 几位代表提出同一件事时合并办理：主办单位只对主件写一份答复，代表评价各自记录；`/suggest merge undo <编号>` 在答复发出前撤销（督办室）',
      '`/suggest key <编号> [leader:@领办领导] [note:<批示>]` [重点] 列为重点督办，领办领导从逾期 1 个工作日起收到提醒；`/suggest key off <编号>` 取消；`/suggest list key` 查看（督办室）',
    ],
    later: '说错了也不要紧：任何看不懂或不允许的操作都只回复您本人，说明怎么做，不会改动任何内容。',
  },

  usage: {
    help: '`/suggest help`',
    assign:
      '`/suggest assign <编号> lead:<单位> [co:<单位>,<单位>] [handler:@经办人] [due:YYYY-MM-DD] [title:<标题>]`，或只输入 `/suggest assign` 打开表单',
    list: '`/suggest list [mine|overdue|open|replied|closed|followup|requests|key|unit:<单位>|all]`',
    show: '`/suggest show <编号>`，例如 `/suggest show 2026-0123`',
    accept: '`/suggest accept <编号>`，例如 `/suggest accept 2026-0123`',
    unit: '`/suggest unit add <名称> …` 或 `/suggest unit member <单位> @某人 <角色>`',
    'unit add': '`/suggest unit add <名称> [alias:<简称>,<简称>] [channel:#频道] [liaison:@联络员] [leader:@分管领导]`',
    'unit member':
      '`/suggest unit member <单位> @某人 <联络员|经办人|处室负责人|分管领导|主要领导|成员>`，或 `/suggest unit member remove <单位> @某人 [<角色>]` 移除',
    route: '`/suggest route <编号> [unit:<单位>] [handler:@经办人] [division:<处室>] [leader:@分管领导]`，只写编号则打开分办表单',
    delegate:
      '`/suggest delegate @某人 until:YYYY-MM-DD`、`/suggest delegate off`（督办室可写 `delegate off @某人`），或只写 `/suggest delegate` 查看',
    contact: '`/suggest contact <编号>` 打开记录沟通的表单，例如 `/suggest contact 2026-0123`',
    extend: '`/suggest extend <编号> <YYYY-MM-DD> <理由>`，例如 `/suggest extend 2026-0123 2026-09-30 涉及多部门协调`',
    rank: '`/suggest rank [week|month|year]`（本周、本月或本会次至今），例如 `/suggest rank month`',
    config: '`/suggest config` 查看全部设置，`/suggest config <设置名> <值>` 修改一项，例如 `/suggest config supervision-channel #督办室`',
    session:
      '`/suggest session [new <名称>]`（查看各会次；督办室用 new 开始下一会次，名称不超过 40 字，例如 `/suggest session new 2027年`）',
    supervisor: '`/suggest supervisor [add|remove @某人]`（查看督办室成员；督办室可添加或移除）',
    transfer:
      '`/suggest transfer <编号> [unit:<单位>] <理由>`，例如 `/suggest transfer 2026-0123 属于省交通厅职责`（unit: 供督办室指明调整哪个单位，默认主办单位）',
    calendar:
      '`/suggest calendar add <YYYY-MM-DD> <workday|holiday> [说明]`、`/suggest calendar list` 或 `/suggest calendar remove <YYYY-MM-DD>`',
    opinion: '`/suggest opinion <编号>` 打开会办意见表单，例如 `/suggest opinion 2026-0123`',
    reply: '`/suggest reply <编号>` 打开答复表单，例如 `/suggest reply 2026-0123`',
    evaluate: '`/suggest evaluate <编号> <满意|基本满意|不满意> [说明]`，例如 `/suggest evaluate 2026-0123 基本满意 希望加快进度`',
    commitment: '`/suggest commitment done <编号> <序号>`，例如 `/suggest commitment done 2026-0123 1`',
    export: '`/suggest export [unit:<单位>]` 导出督办台账（Excel），例如 `/suggest export unit:水利厅`',
    import:
      '`/suggest import` 打开导入表单，上传交办清单或征询意见表（CSV 或 Excel）；`/suggest import template` 以文件发给您一份交办清单模板',
    outbox: '`/suggest outbox`（督办室查看未送达的消息并重发）',
    publish: '`/suggest publish [all]`（督办室查看待公开的答复；加 all 同时列出已公开的答复）',
    stats:
      '`/suggest stats [unit:<单位>|field:<领域>] [week|month|year]`（办理情况统计，默认本会次至今），例如 `/suggest stats field:水利`',
    report: '`/suggest report [month|year]`（办理情况报告，Word 文件，默认本会次至今），例如 `/suggest report month`',
    merge:
      '`/suggest merge <编号> into <主件编号>`（并入主件办理）或 `/suggest merge undo <编号>`（撤销），例如 `/suggest merge 2026-0031 into 2026-0007`',
    key: '`/suggest key <编号> [leader:@领办领导] [note:<批示>]`（批示写在最后，可含空格，不超过 500 字），或 `/suggest key off <编号>`，例如 `/suggest key 2026-0002 leader:@张厅长 note:请于6月底前解决`',
  },

  problem: {
    unknownSubcommand: (given: string, closest?: string) =>
      `没有 \`${given}\` 这个子命令。${closest ? `是不是要用 \`${closest}\`？` : ''}输入 \`/suggest help\` 查看全部用法。`,
    usageLine: (usage: string) => `用法：${usage}`,
    usage: (usage: string, given?: string) => `${given ? `看不懂 \`${given}\`。` : '缺少必要的内容。'}用法：${usage}`,
    badDate: (given: string) => `\`${given}\` 不是有效日期。请按 YYYY-MM-DD 写一个真实存在的日期，例如 2026-06-30。`,
    badCode: (given: string) => `\`${given}\` 不是有效的建议编号。编号由字母、数字和 - _ . / 组成，例如 2026-0123。`,
    badUser: (given: string) => `\`${given}\` 不是一个人。请用 @ 选择成员，例如 handler:@张三。`,
    badChannel: (given: string) => `\`${given}\` 不是一个频道。请用 # 选择频道，例如 channel:#省水利厅。`,
    badRole: (given: string, closest?: string) =>
      `没有 \`${given}\` 这个角色。${closest ? `是不是 \`${closest}\`？` : ''}可用角色：联络员、经办人、处室负责人、分管领导、主要领导、成员。`,
    badListFilter: (given: string, closest?: string) =>
      `不能按 \`${given}\` 列出。${closest ? `是不是 \`${closest}\`？` : ''}可用：mine、overdue、open、replied、closed、followup、requests、unit:<单位>、all。`,
    forbidden: (needs: string) => `这项操作需要以下角色之一：${needs}。如需开通，请联系督办室。`,
    unknownUnit: (given: string, closest?: string) =>
      `没有名为 \`${given}\` 的承办单位。${closest ? `是不是「${closest}」？` : ''}督办室可以用 \`/suggest unit add\` 登记单位。`,
    unknownSuggestion: (given: string, closest?: string) =>
      `本会次没有编号为 \`${given}\` 的建议。${closest ? `是不是 \`${closest}\`？` : ''}可用 \`/suggest list all\` 查看。`,
    unknownAssignment: '这条交办已不存在。请用 `/suggest show <编号>` 查看最新情况。',
    duplicateCode: (given: string) =>
      `建议 \`${given}\` 已经交办过了。可用 \`/suggest show ${given}\` 查看；如需改交其他单位，请走调整流程。`,
    duplicateUnit: (given: string) => `「${given}」已经登记过（作为名称或简称）。可用 \`/suggest unit member\` 设置其人员。`,
    aliasTaken: (given: string, unitName: string) => `简称「${given}」已被「${unitName}」使用，请换一个。`,
    channelTaken: (unitName: string) => `这个频道已绑定到「${unitName}」。每个频道只能属于一个单位。`,
    leadAlsoCo: (unitName: string) => `「${unitName}」不能同时是主办和会办单位，请从会办单位中去掉它。`,
    dueNotAfterAssignment: (given: string, months: number) =>
      `办理期限 ${given} 不晚于今天。请给出今天之后的日期，或不写 due: 使用法定的 ${months} 个月。`,
    dueBeyondLimit: (given: string, months: number) =>
      `办理期限 ${given} 超过了本会次允许的 ${months} 个月。复杂件请先按期交办，再申请延期。`,
    alreadyAccepted: (unitName: string) => `「${unitName}」已经签收过这件建议，不需要再签收。`,
    alreadyMember: '此人已经担任这个角色，没有改动。',
    notMember: (who: string, unitName: string, role: string | undefined, held: string) =>
      `${who} ${role ? `不是「${unitName}」的${role}` : `在「${unitName}」没有任何角色`}，没有改动。${held ? `此人在该单位担任：${held}。` : ''}`,
    notInWorkspace: (who: string) => `${who} 不是本工作区的有效成员（可能已停用或是机器人），没有改动。请指定一位在职的同事。`,
    routeNothing: '请至少写明一项：handler:@经办人、division:<处室> 或 leader:@分管领导；只写编号则打开分办表单。没有改动。',
    routeUnitNeeded: (code: string, units: string) =>
      `您在建议 *${code}* 的多个承办单位（${units}）都可以分办，请用 unit:<单位> 指明哪一个。没有改动。`,
    delegationPast: (until: string) => `代理截止日期 ${until} 已过，请写今天或以后的日期。没有改动。`,
    delegationTooLong: (until: string, latest: string) => `代理最长到 ${latest}，${until} 超过了期限；需要更久请改设单位人员。没有改动。`,
    delegationToSelf: '不能委托自己代理。请指定一位同事。没有改动。',
    delegationChained: (who: string) => `${who} 本人正由他人代理（外出中），不能再接受委托。请另选一位同事。没有改动。`,
    delegationRunning: (who: string, until: string) =>
      `您已委托 ${who} 代理至 ${until}。如需更换，请先用 \`/suggest delegate off\` 结束，再重新委托。没有改动。`,
    noDelegation: (who: string | undefined) => `${who ? `${who} ` : '您'}目前没有委托他人代理，没有改动。`,
    delegateCannotDelegate: (who: string) => `您正在代理 ${who} 的工作，代理期间不能再委托他人。没有改动。`,
    alreadySupervisor: (who: string) => `${who} 已是督办室成员，没有改动。`,
    notSupervisor: (who: string) => `${who} 不是督办室成员，没有改动。用 \`/suggest supervisor\` 查看督办室成员。`,
    duplicateSession: (name: string) => `已有名为「${name}」的会次，没有改动。请换一个名称。`,
    sessionChanged: '刚刚已有督办室成员开始了新会次，没有改动。用 `/suggest session` 查看当前会次。',
    lastSupervisor: '督办室至少要保留一名成员：请先用 `/suggest supervisor add @某人` 添加另一位，再移除。没有改动。',
    noLongerAssigned: (unitName: string) => `这件建议已不再由「${unitName}」办理（已调整或撤回），无需签收。`,
    malformed: '收到的请求不完整，没有做任何改动。请重新操作一次；如果仍然不行，请联系督办室。',
    internal: '处理时出了问题，没有做任何改动。请稍后再试；如果仍然不行，请联系督办室。',
    noUnitsYet: '还没有登记任何承办单位。请先用 `/suggest unit add <名称>` 登记单位，再交办建议。',
    unknownNode: '这个时间节点已不存在。请用 `/suggest show <编号>` 查看最新情况。',
    nodeIsAccept: '签收请用「签收」按钮或 `/suggest accept <编号>`。',
    nodeDoneByChain: (step: string) =>
      `「${step}」不能直接标记完成：会办意见在提交意见时完成，初稿在提交答复时完成，审核节点由审核人在审核请求中点「审核通过」完成，「答复」在签发后点「已发出」完成，「办后反馈」在记录代表评价（\`/suggest evaluate\` 或 \`/suggest show\` 中的评价按钮）时完成。`,
    alreadyDone: (step: string) => `「${step}」已经标记完成，没有改动。`,
    extensionNotLater: (current: string) => `申请的期限须晚于现在的法定答复期限 ${current}。`,
    extensionBeyondLimit: (latest: string, months: number) => `本会次规定自交办之日起最长 ${months} 个月，最晚只能延至 ${latest}。`,
    requestPending: '这件建议已有一个待督办室决定的申请，请等决定后再提。',
    opinionNotLate: (unit: string) => `「${unit}」的会办意见还没有逾期，或已经送达，不需要催办。`,
    contactInFuture: (date: string) => `沟通日期 ${date} 还没到。请记录已经发生的沟通。`,
    unknownRequest: '这个申请已不存在。',
    alreadyDecided: (approved: boolean, by: string) => `这个申请 ${by} 已经${approved ? '批准' : '不予同意'}，没有改动。`,
    fileInProgress: {
      ledger: '您上一次导出的台账还在生成和发送中，完成后会以文件发给您。请稍候再导出。',
      report: '您上一份办理情况报告还在生成和发送中，完成后会以文件发给您。请稍候再要。',
    } as Record<AskedFile, string>,
    fileTooSoon: {
      ledger: (seconds: number) => `您刚导出过台账。请 ${seconds} 秒后再导出。`,
      report: (seconds: number) => `您刚要过办理情况报告。请 ${seconds} 秒后再要。`,
    } as Record<AskedFile, (seconds: number) => string>,
    unknownField: (given: string, closest?: string) =>
      `本会次没有领域为「${given}」的建议。${closest ? `是不是「${closest}」？` : ''}领域以交办时填写的为准，可用 \`/suggest export\` 导出台账查看。`,
    fileRefused: (why: string) => `您要的文件没有生成：${why}`,
    alreadyPublished: (code: string, on: string, by: string) => `建议 *${code}* 的这份答复已由 ${by} 于 ${on}记为已公开，没有改动。`,
    notToPublish: '这份答复不在公开目录中：它尚未发出，或未标记为可以公开。没有改动。',
    mergeIntoItself: (code: string) => `不能把建议 *${code}* 并入它自己。请写另一件建议的编号：\`/suggest merge <编号> into <主件编号>\`。`,
    alreadyMerged: (code: string, main: string) =>
      `建议 *${code}* 已并入 *${main}* 办理，没有改动。如要改并入别的建议，请先 \`/suggest merge undo ${code}\`。`,
    mergeIntoMerged: (main: string, itsMain: string) =>
      `建议 *${main}* 本身已并入 *${itsMain}*，不能再作为主件。请并入 *${itsMain}*：\`/suggest merge <编号> into ${itsMain}\`。`,
    mergeHasMerged: (code: string, merged: string) =>
      `已有建议（${merged}）并入 *${code}*，它不能再并入别的建议。请把要并案的建议都并入同一件主件，或把别的建议并入 *${code}*。`,
    mergeAnswered: (code: string) => `建议 *${code}* 已经答复，不能再并案。并案只用于尚未答复的建议。`,
    mergeReplyInProgress: (code: string, main: string) =>
      `建议 *${code}* 的答复已在起草或审核中，不能并入别的建议。可以反过来把 *${main}* 并入它：\`/suggest merge ${main} into ${code}\`。`,
    mergeDifferentLeads: (code: string, unit: string, main: string, mainUnit: string) =>
      `建议 *${code}* 由「${unit}」主办，*${main}* 由「${mainUnit}」主办，主办单位不同，不能并案。如确属同一单位职责，请先用 \`/suggest transfer\` 调整主办单位。`,
    notMerged: (code: string) => `建议 *${code}* 没有并入别的建议，没有改动。`,
    mergeReplySent: (code: string, main: string) =>
      `*${main}* 的答复已经发出，视同对 *${code}* 的答复，不能再撤销并案。如代表不满意，记录评价后 *${code}* 将单独重新办理。`,
    answeredWithMain: (code: string, main: string) =>
      `建议 *${code}* 已并入 *${main}* 办理，答复写在 *${main}* 上：\`/suggest reply ${main}\`。答复发出后视同对两件都已答复。`,
    keyClosed: (code: string) => `建议 *${code}* 已销号，不能再列为重点督办。没有改动。`,
    notKey: (code: string) => `建议 *${code}* 不是重点督办建议，没有改动。重点督办的建议可用 \`/suggest list key\` 查看。`,
    notCurrentRound: (given: number, current: number) =>
      `这件建议现在是第 ${current} 轮办理，第 ${given} 轮的评价不能记录（该轮尚未开始，或已结束）。请核对轮次后再记录。`,
    nothingToResend: '这条消息已不在未送达之列（已经送达，或已有人重发），没有改动。可用 `/suggest outbox` 查看最新情况。',
    requestCancelled:
      '这个申请所针对的交办或办理轮次已被取代（已改派或转入新一轮），申请已自动撤销，没有改动。如仍需要，请由单位重新申请。',
    cannotSnooze: (step: string, date: string) => `「${step}」${date} 就要完成，不能再推迟提醒。请按期办理，或申请延期。`,
    badRankPeriod: (given: string) => `不能按 \`${given}\` 排名。请写 week（本周）、month（本月）或 year（本会次至今）。`,
    badSetting: (given: string, closest?: string) =>
      `没有 \`${given}\` 这项设置。${closest ? `是不是 \`${closest}\`？` : ''}输入 \`/suggest config\` 查看全部设置。`,
    settingNotNumber: (name: string, min: number, max: number) => `\`${name}\` 须是 ${min} 到 ${max} 之间的整数。`,
    settingNotChannel: (name: string) =>
      `\`${name}\` 须是一个频道，请用 # 选择，例如 \`/suggest config ${name} #督办室\`；写 none 则取消。`,
    settingNotClasses: (name: string) => `\`${name}\` 须是答复类别 A、B、C、D 中的一个或几个，用逗号分开，例如 A,B,C。`,
    settingsInconsistent: '延期后的最长期限（max-extension-months）不能短于法定答复期限（statutory-months），没有改动。',
    transferWindowClosed: (closedOn: string) =>
      `申请调整的期限已于 ${closedOn} 截止，单位不能再申请退回。如确需调整，请联系督办室：督办室可随时用 \`/suggest transfer <编号> [unit:<单位>] <理由>\` 提出并改派。`,
    unitNotOnSuggestion: (unit: string, code: string) =>
      `「${unit}」没有在办建议 *${code}*。用 \`/suggest show ${code}\` 查看它的承办单位。`,
    sameUnit: (unit: string) => `这件建议正由「${unit}」办理，请改派给另一个单位。`,
    unitAlreadyAssigned: (unit: string) => `「${unit}」已经在办理这件建议（主办或会办），请选择另一个单位。`,
    notNow: (record: string, state: string, event: string, possible: string) =>
      `${record}目前是「${state}」，不能${event}。${possible ? `现在可以：${possible}。` : '它已经办结，不再变动。'}可用 \`/suggest show <编号>\` 查看详情。`,
    badVerdict: (given: string) => `\`${given}\` 不是评价结果。请写 满意、基本满意 或 不满意。`,
    badSeq: (given: string) => `\`${given}\` 不是承诺事项的序号。请写 1、2 这样的数字，序号见 \`/suggest show <编号>\`。`,
    classNotUsed: (given: string, classes: string) => `本会次的答复类别是 ${classes}，没有 ${given} 类。`,
    commitmentsNeeded: 'B 类答复须至少写一项承诺事项，每行一项：完成日期 + 内容，例如「2027-06-30 完成二期工程」。',
    commitmentsOnlyB: '只有 B 类答复才写承诺事项。请改为 B 类，或清空承诺事项。',
    reasonNeeded: 'C 类答复须写明目前不能解决的原因。',
    commitmentDuePast: (date: string) => `承诺事项的完成日期 ${date} 已经过去，请写今后的日期。`,
    badDocumentUrl: (given: string) => `「${given}」不是网址。答复文件请填 http:// 或 https:// 开头的链接，或者不填。`,
    badCommitmentLine: (line: string) => `看不懂这一行承诺事项：「${line}」。每行写一项：先写完成日期（YYYY-MM-DD），空一格再写内容。`,
    noReviewer: (unit: string, role: string, _roleWord: string) =>
      `「${unit}」还没有${role}，答复无法送审，没有提交。请督办室用 \`/suggest unit member ${unit} @某人 ${role}\` 设置后再提交。`,
    replyMovedOn: (state: string, by: string) =>
      `这份答复已经有人处理过了：现在是「${state}」${by ? `（最后由 ${by} 处理）` : ''}，您的操作没有生效。可用 \`/suggest show <编号>\` 查看最新情况。`,
    returnNeedsComment: '退回须写明修改意见。',
    ownReply: '这份答复是您起草的，不能由您审核。请由本级的其他审核人审核；如本级只有您一人，请改由经办人起草后再提交。',
    reviewedAlready: (level: string) => `您已在本轮审核中完成了「${level}」，同一人不能审核两级。请由本级的其他审核人审核。`,
    opinionAlreadySent: (unit: string, on: string) =>
      `「${unit}」本轮的会办意见已于 ${on} 送达主办单位，不能重复提交。如需补充，请直接与主办单位沟通。`,
    opinionClosed: (state: string) => `这件建议目前是「${state}」，主办单位本轮已经答复，不再收会办意见。`,
    alreadyEvaluated: (verdict: string, round: number) => `第 ${round} 轮答复的代表评价已记录为「${verdict}」，没有改动。`,
    unknownCommitment: (seq: number, count: number) =>
      count === 0
        ? '这件建议没有已发出的 B 类答复，也就没有承诺事项可核销。'
        : `没有第 ${seq} 项承诺事项，这件建议共 ${count} 项（见 \`/suggest show <编号>\`）。`,
    commitmentWrittenOff: (seq: number, by: string, on: string) =>
      `第 ${seq} 项承诺事项已于 ${on}${by ? ` 由 ${by}` : ''} 核销，没有改动。`,
    badDayKind: (given: string) => `\`${given}\` 不是日子的类型。请写 workday（工作日）或 holiday（休息日）。`,
    noCalendarOverride: (day: string) =>
      `${day} 没有督办室设置的调整，它按国家公布的日历计算。可用 \`/suggest calendar list\` 查看已设置的日子。`,
  },

  done: {
    unitAdded: (name: string, extras: string) => `已登记承办单位「${name}」。${extras}`,
    unitExtras: (aliases: string, channel: string, liaison: string, leader: string) =>
      [aliases && `简称：${aliases}`, channel && `频道：${channel}`, liaison && `联络员：${liaison}`, leader && `分管领导：${leader}`]
        .filter(Boolean)
        .join('；'),
    memberAdded: (user: string, unitName: string, role: string) => `已将 ${user} 设为「${unitName}」的${role}。`,
    memberRemoved: (user: string, unitName: string, roles: string, unnamed: number) =>
      `已${roles ? `移除 ${user} 在「${unitName}」的${roles}角色` : `将 ${user} 移出「${unitName}」`}。此人即时失去相应的查看和办理权限，已私信告知。${
        unnamed > 0 ? `其在 ${unnamed} 件交办上的经办人或分管领导指定已撤销，请联络员重新分办。` : ''
      }`,
    unitWithoutLiaison: (unitName: string) =>
      `请注意：「${unitName}」现在没有联络员，新交办的建议将无人签收。已告知督办室；请尽快用 \`/suggest unit member ${unitName} @某人 联络员\` 指定。`,
    assigned: (code: string, lead: string, co: string) => `已交办建议 *${code}*：主办「${lead}」${co ? `，会办「${co}」` : ''}。`,
    assignedDates: (acceptBy: string, internalDue: string, statutoryDue: string) =>
      `签收期限 ${acceptBy} · 内部办结 ${internalDue}（时间前移） · 法定答复 ${statutoryDue}`,
    assignedNotified: (count: number) =>
      count > 0 ? `已通知 ${count} 处（私信与单位频道）。` : '单位尚未设置联络员或频道，暂无人收到通知。',
    accepted: (code: string, units: string) => `已签收建议 *${code}*：${units}。`,
    acceptedLate: ' · 已超过签收期限',
    unitCodes: (unit: string, codes: string) => `「${unit}」${codes}`,
    andMore: (codes: string, count: number) => `${codes} 等 ${count} 件`,
    similarOpen: (listed: string, code: string, target: string) =>
      `本会次另有标题相近、尚未办结的建议：${listed}。如属同一事项，可用 \`/suggest merge ${code} into ${target}\` 并案办理。`,
    similarItem: (code: string, title: string) => `*${code}* ${title}`,
    similarJoin: '；',
    unitsJoin: '；',
    acceptedAll: (accepted: string, count: number) => `已签收 ${count} 件：${accepted}。`,
    acceptedNoneNew: '这些建议均已签收或已改派，无需再签收。',
    notTheirs: (list: string, count: number) => `另有 ${count} 件不由您签收：${list}。请该单位的联络员或经办人签收。`,
    othersUnseen: (count: number) => `另有 ${count} 件属于您不在其中的单位，未作处理。`,
    alreadySettled: (count: number) => `${count} 件此前已签收或已改派。`,
    nodeSnoozed: (step: string, code: string, date: string) => `建议 *${code}* 的「${step}」将从 ${date} 起再提醒。`,
    nodeDone: (step: string, code: string, onTime: boolean, planned: string) =>
      `已将建议 *${code}* 的「${step}」标记为完成（${onTime ? '按期' : '逾期'}，节点日期 ${planned}）。`,
  },

  stats: {
    heading: (period: string, from: string, to: string) => `办理情况统计 · ${period}（${from}—${to}交办的建议）`,
    narrowedToUnit: (unit: string) => `只统计「${unit}」主办或会办的建议。`,
    narrowedToField: (field: string) => `只统计「${field}」领域的建议。`,
    summary: (lead: number, co: number, replied: string, onTime: string, closed: string, satisfied: string, kept: string) =>
      `共交办建议 ${lead} 件（另有会办 ${co} 件次）；已答复 ${replied}，其中按期答复 ${onTime}；办结（销号）${closed}；代表满意和基本满意 ${satisfied}；B 类答复承诺兑现 ${kept}。`,
    classes: (parts: string) => `答复类别（按最近一次发出的答复）：${parts}。`,
    classPart: (replyClass: string, share: string) => `${replyClass} 类 ${share}`,
    share: (percent: string, count: number, of: number) => `${percent}%（${count}/${of}）`,
    none: '—',
    columns: {
      unit: '单位',
      lead: '主办',
      co: '会办',
      replied: '已答复',
      onTime: '按期答复',
      closed: '办结',
      classes: 'A/B/C',
      satisfied: '满意率',
      promisesKept: '承诺兑现',
    },
    classCounts: (a: number, b: number, c: number, d: number) => `${a}/${b}/${c}${d > 0 ? `/D ${d}` : ''}`,
    fieldsHeading: '*按领域*',
    fieldLine: (field: string, lead: number, replied: string, onTime: string, closed: string, satisfied: string) =>
      `*${field}* · 交办 ${lead} 件 · 已答复 ${replied} · 按期 ${onTime} · 办结 ${closed} · 满意 ${satisfied}`,
    noField: '未填领域',
    empty: '这一时段没有交办的建议，没有可统计的内容。',
    how: '每个比例都写明了分子和分母：已答复、办结按主办件数计；按期答复按首次答复是否在当时的法定答复期限内发出计；答复类别按最近一次发出的答复计；满意率按最近一次评价计（满意和基本满意）；承诺兑现按 B 类答复的承诺事项是否核销计。可用 `/suggest export` 导出台账逐项核对（台账的「统计」表与此相同）。',
    more: (count: number) => `另有 ${count} 个单位未列入表格，可用 \`unit:<单位>\` 单独查看。`,
  },
  undelivered: {
    title: '未送达的消息',
    none: '所有消息都已送达，没有等待重试或未能送达的消息。',
    summary: (retrying: number, dead: number) =>
      `${retrying > 0 ? `${retrying} 条消息被 Slack 拒收，正在自动重试` : ''}${retrying > 0 && dead > 0 ? '；' : ''}${dead > 0 ? `${dead} 条消息多次重试后未能送达（近 30 天）` : ''}。`,
    retryingTitle: '正在自动重试（问题解决后自动补发）',
    deadTitle: '未能送达（问题解决后请重发）',
    line: (reader: string, what: string, queuedOn: string, why: string, tries: number) =>
      `${reader} · ${what} · ${queuedOn}排队 · ${why} · 已尝试 ${tries} 次`,
    resend: '重发',
    resendAll: (count: number) => `全部重发（${count} 条）`,
    resent: (count: number) => `已重新排队 ${count} 条消息，将陆续发出；已送达的不会重复发送。`,
    hint: '重发前请先解决问题（例如邀请机器人进入频道、为单位另设频道或联络员）；否则消息会再次被拒收。',
    otherKind: '消息',
    kinds: {
      assigned: '交办通知',
      accepted: '签收回执',
      reminder: '每日提醒',
      leader_alert: '逾期提醒（分管领导）',
      supervision_alert: '督办提醒',
      extension_requested: '延期申请',
      extension_decided: '延期决定',
      transfer_requested: '调整申请',
      transfer_decided: '调整决定',
      weekly_ranking: '每周排名',
      ranking_chart: '排名图',
      statistics_chart: '统计图',
      handling_report: '办理情况报告',
      unit_weekly: '单位周报',
      monthly_report: '月度通报',
      nudge: '催办',
      key_marked: '重点督办',
      merged: '并案',
      calendar_gap: '工作日历缺年份',
      opinion_received: '会办意见',
      review_requested: '答复审核',
      reply_returned: '答复退回',
      reply_signed: '答复签发',
      reply_sent: '答复已发出',
      verdict_recorded: '代表评价',
      ledger_export: '督办台账',
      import_template: '交办清单模板',
      request_cancelled: '申请撤销',
      routed: '分办通知',
      people_changed: '人员变动',
      delivery_trouble: '送达问题',
      gathered: '合并通知',
      daily_summary: '每日动态汇总',
    } satisfies Record<Notice['type'], string> as Record<Notice['type'], string>,
  },
  deliveryTrouble: {
    problem: {
      not_in_channel: (reader: string, count: number, _error: string) =>
        `机器人不在 ${reader} 中，发往该频道的 ${count} 条消息暂时发不出去。请在 ${reader} 中输入 \`/invite\` 并选择本应用，邀请机器人加入；加入后这些消息会自动补发。`,
      channel_not_found: (reader: string, count: number, _error: string) =>
        `找不到频道 ${reader}（可能已删除，或是机器人看不到的私有频道），发往该频道的 ${count} 条消息暂时发不出去。请邀请机器人加入该频道，或为使用它的单位另设频道（\`/suggest unit\`）。`,
      is_archived: (reader: string, count: number, _error: string) =>
        `${reader} 已归档，发往该频道的 ${count} 条消息发不出去。请恢复该频道，或为使用它的单位另设频道（\`/suggest unit\`）。`,
      reader_gone: (reader: string, count: number, _error: string) =>
        `Slack 中已找不到 ${reader}（可能已离职或账号已停用），发给此人的 ${count} 条消息无法送达。请在相关单位中移除此人，或另设联络员（\`/suggest unit member\`）。`,
      refused: (reader: string, count: number, error: string) => `Slack 拒收了发给 ${reader} 的消息（${error}），共 ${count} 条未送达。`,
    },
    reason: {
      not_in_channel: () => '机器人不在该频道中，请邀请机器人加入',
      channel_not_found: () => '找不到该频道，请核对单位的频道设置',
      is_archived: () => '该频道已归档',
      reader_gone: () => 'Slack 中已找不到此人，或账号已停用',
      refused: (error: string) => `Slack 拒收（${error}）`,
    } as Record<DeliveryProblem, (error: string) => string>,
    state: {
      retrying: '问题解决后，这些消息会在一小时内自动补发，不会重复。可用 `/suggest outbox` 查看未送达的消息。',
      dead: '这些消息已多次重试仍未送达，不再自动重发。问题解决后，请用 `/suggest outbox` 查看并重发。',
    },
  },
  requestCancelled: {
    text: (code: string, title: string, kind: string, because: string) =>
      `*申请已撤销* · 您对建议 *${code}* ${title || '（无标题）'} 的${kind}尚未决定，${because}，原申请不再适用，已自动撤销。如仍需要，请按新的情况重新申请。`,
    kinds: { extension: '延期申请', transfer: '调整申请' },
    because: { transferred: '该建议已改由其他单位办理', next_round: '该建议已转入新一轮办理', merged: '该建议已与另一件并案办理' },
  },

  people: {
    meantFor: (principal: string) => `代 ${principal} 收`,
    routedNotice: (code: string, title: string, unit: string, role: string, as: string, by: string) =>
      `*分办* · ${by} 将「${unit}」${role}的建议 *${code}* ${title || '（无标题）'} 分办给您，由您担任${as}。请按时间节点办理，可点「详情」查看。`,
    division: (name: string) => `承办处室：${name}。`,
    routedAs: { handler: '经办人', leader: '分管领导' } as Record<string, string>,
    routed: (code: string, unit: string, parts: string, told: number) =>
      `已分办建议 *${code}*（「${unit}」）：${parts}。${told > 0 ? `已通知 ${told} 人。` : ''}`,
    routedPart: {
      handler: (who: string) => `经办人 ${who}`,
      division: (name: string) => `承办处室 ${name}`,
      leader: (who: string) => `分管领导 ${who}`,
    },
    routeUnchanged: (code: string) => `建议 *${code}* 的分办与现在相同，没有改动。`,
    rolesRemoved: (unit: string, roles: string, by: string, unnamed: number) =>
      `${by} 已${roles ? `移除您在「${unit}」的${roles}角色` : `将您移出「${unit}」`}。${
        unnamed > 0 ? `您在该单位 ${unnamed} 件建议上的经办人或分管领导指定也已撤销，` : ''
      }此后您不再收到${roles ? '相应' : '这些建议'}的提醒，也不能再通过${roles ? '这一角色' : '这些指定'}查看或办理。如有疑问，请与督办室联系。`,
    unitWithoutLiaison: (unit: string, who: string, by: string) =>
      `*单位缺少联络员* · ${by} 移除了「${unit}」的联络员 ${who}，该单位现在没有联络员：新交办的建议无人签收，提醒只发给经办人。请用 \`/suggest unit member ${unit} @某人 联络员\` 指定新的联络员。`,
    delegationStartedPrincipal: (delegate: string, until: string) =>
      `您已委托 ${delegate} 代理您的工作，至 ${until} 止。期间您的提醒、审核请求和督办升级改发给 ${delegate}，由其以您的角色办理，每项操作都会记为代您办理。提前结束请用 \`/suggest delegate off\`。`,
    delegationStartedDelegate: (principal: string, until: string) =>
      `${principal} 委托您代理其工作，至 ${until} 止。期间其提醒、审核请求和督办升级将发给您，您可以其角色办理，每项操作都会记为代 ${principal} 办理。`,
    endedBecause: (endedBy: string | null, principal: string) =>
      endedBy === null ? '已到期' : endedBy === principal ? `由 ${principal} 提前结束` : `由 ${endedBy} 提前结束`,
    delegationEndedPrincipal: (delegate: string, because: string) =>
      `${delegate} 对您工作的代理已结束（${because}）。此后提醒、审核请求和督办升级恢复发给您。`,
    delegationEndedDelegate: (principal: string, because: string) =>
      `您对 ${principal} 工作的代理已结束（${because}）。此后您不再代其办理。`,
    delegationSet: (delegate: string, until: string) => `已委托 ${delegate} 代理您的工作，至 ${until} 止。已告知双方。`,
    delegationEnded: (principal: string, delegate: string) => `已结束 ${delegate} 对 ${principal} 工作的代理。已告知双方。`,
    delegationNone: '您目前没有委托他人，也没有代理他人。外出前可用 `/suggest delegate @某人 until:YYYY-MM-DD` 委托同事代理。',
    delegationOut: (delegate: string, until: string) => `您已委托 ${delegate} 代理至 ${until}。`,
    delegationIn: (principal: string, until: string) => `您正在代理 ${principal} 的工作，至 ${until}。`,
    actingFor: (principal: string) => `（代 ${principal}）`,
    routeTitle: '分办',
    routeIntro: (code: string, unit: string, role: string) =>
      `为「${unit}」${role}的建议 *${code}* 指定四个一：经办人、承办处室、分管领导。`,
    routeHandler: '经办人',
    routeDivision: '承办处室',
    routeLeader: '分管领导',
    routeSubmit: '分办',
  },

  merge: {
    merged: (code: string, main: string, unit: string, cancelled: number) =>
      `已将建议 *${code}* 并入 *${main}* 办理：「${unit}」只需对 *${main}* 写一份答复，发出后视同对两件都已答复；两个编号都可查看，代表评价各自记录。*${code}* 原有的时间节点不再提醒${cancelled > 0 ? `，其 ${cancelled} 项待决定的申请已撤销` : ''}。已通知主办单位。`,
    undone: (code: string, main: string) =>
      `已撤销并案：建议 *${code}* 不再随 *${main}* 办理，恢复单独办理，时间节点从今天起重新排定，已通知承办单位。`,
    notice: (code: string, title: string, mergedCode: string, mergedTitle: string, by: string) =>
      `*并案办理* · ${by} 将建议 *${mergedCode}* ${mergedTitle || '（无标题）'} 并入 *${code}* ${title || '（无标题）'}：只需对 *${code}* 写一份答复，发出后视同对两件都已答复。*${mergedCode}* 原有的时间节点不再提醒。`,
    mergedInto: (main: string) => `*并案办理* · 已并入 *${main}*：时间节点和答复随主件，代表评价单独记录。`,
    mergedHere: (codes: string) => `*并案办理* · 并入本件的建议：${codes}。一份答复答复全部，代表评价各自记录。`,
    listMark: (main: string) => `（并入 ${main}）`,
  },

  key: {
    marked: (code: string, leader: string, note: string) =>
      `已将建议 *${code}* 列为重点督办。${leader ? `领办领导 ${leader}，已通知；其时间节点逾期即提醒领办领导。` : '未指定领办领导（可用 `leader:@某人` 补上）。'}${note ? `批示：${note}` : ''}`,
    updated: (code: string, leader: string, note: string) =>
      `已更新重点督办建议 *${code}*：${leader ? `领办领导 ${leader}` : '未指定领办领导'}${note ? `；批示：${note}` : ''}。`,
    unchanged: (code: string) => `建议 *${code}* 已是重点督办，领办领导和批示与原来相同，没有改动。`,
    ended: (code: string, leader: string) =>
      `已取消建议 *${code}* 的重点督办${leader ? `，领办领导 ${leader} 不再提前收到逾期提醒` : ''}。`,
    notice: (code: string, title: string, unit: string, by: string) =>
      `*重点督办* · ${by} 将建议 *${code}* ${title || '（无标题）'}${unit ? `（主办「${unit}」）` : ''}列为重点督办，由您领办。`,
    noticeNote: (note: string) => `批示：${note}`,
    noticeEscalation: (days: number, due: string) => `法定答复期限 ${due}。其时间节点逾期 ${days} 个工作日起，每天的提醒会告诉您。`,
    mark: '【重点】',
    detail: (leader: string, note: string) => `*重点督办*${leader ? ` · 领办领导 ${leader}` : ''}${note ? `\n批示：${note}` : ''}`,
  },

  nudge: {
    text: (code: string, title: string, unit: string, due: string, by: string) =>
      `*催办* · ${by} 提醒「${unit}」：建议 *${code}* ${title || '（无标题）'} 的会办意见应于 ${due} 前送主办单位，现已逾期，请尽快办理。`,
    done: (unit: string, told: number) =>
      told > 0 ? `已向「${unit}」催办（${told} 人收到私信）。` : `「${unit}」没有联络员或经办人，无人可催办；请联系督办室。`,
  },

  contact: {
    title: '记录沟通',
    submit: '记录',
    about: (code: string, title: string, unit: string) => `*${code}* ${title || '（无标题）'} · ${unit}`,
    stage: '沟通阶段',
    mode: '沟通方式',
    date: '沟通日期',
    note: '沟通情况',
    notePlaceholder: '代表的意见、商定的事项等',
    stageNames: { before: '办前沟通', during: '办中沟通', after: '办后沟通' } as Record<'before' | 'during' | 'after', string>,
    modeNames: { in_person: '当面', phone: '电话', forum: '座谈会', visit: '走访调研', online: '线上' } as Record<
      'in_person' | 'phone' | 'forum' | 'visit' | 'online',
      string
    >,
    dateInvalid: '请选择沟通的日期。',
    doneTitle: '已记录',
    repeated: (code: string, unit: string) => `这次沟通已为「${unit}」记录过（建议 *${code}*），这次提交没有重复记录。`,
    done: (code: string, unit: string, completed: string | null) =>
      `已为「${unit}」记录建议 *${code}* 的一次沟通。${completed ? `「${completed}」节点已完成。` : ''}`,
  },

  extension: {
    requested: (code: string, current: string, requested: string, notified: number) =>
      `已申请将建议 *${code}* 的法定答复期限由 ${current} 延至 ${requested}，${notified > 0 ? '督办室已收到，决定后会通知您。' : '但督办室还没有人接收（未设置督办室），请直接联系督办室。'}`,
    noticeHeading: '延期申请',
    noticeBody: (code: string, title: string, unit: string, by: string) =>
      `*${code}* ${title || '（无标题）'}（主办 · ${unit}） · 申请人 ${by}`,
    noticeDates: (current: string, requested: string) => `法定答复期限 ${current} → *${requested}*`,
    noticeReason: (reason: string) => `理由：${reason}`,
    approve: '批准',
    refuse: '不予同意',
    approvedAnswer: (code: string, statutory: string, internal: string, moved: number) =>
      `已批准 *${code}* 延期：法定答复 ${statutory}，内部办结 ${internal}；${moved} 个未完成的时间节点已按新期限重新排定。`,
    refusedAnswer: (code: string) => `对 *${code}* 的延期申请不予同意，期限不变。`,
    decidedApproved: (code: string, title: string, by: string, statutory: string, internal: string) =>
      `您为 *${code}* ${title} 提出的延期申请，${by} 已批准：法定答复 ${statutory}，内部办结 ${internal}，未完成的节点已重新排定。`,
    decidedRefused: (code: string, title: string, by: string, statutory: string) =>
      `您为 *${code}* ${title} 提出的延期申请，${by} 不予同意，法定答复期限仍为 ${statutory}。`,
    formTitle: '申请延期',
    formSubmit: '提交',
    formAbout: (code: string, title: string, unit: string, current: string, latest: string) =>
      `*${code}* ${title || '（无标题）'}（主办 · ${unit}）\n现法定答复期限 ${current}；本会次最晚可延至 ${latest}`,
    due: '申请延至',
    reason: '申请理由',
    reasonPlaceholder: '为什么需要更多时间，已做了哪些工作',
    dueMissing: '请选择申请延至的日期。',
    reasonBlank: '请写明申请延期的理由。',
  },

  transfer: {
    requested: (code: string, unit: string, notified: number) =>
      `已为「${unit}」申请调整建议 *${code}*，${notified > 0 ? '督办室已收到，决定后会通知您。在决定之前请继续按节点办理。' : '但督办室还没有人接收（未设置督办室），请直接联系督办室。'}`,
    noticeHeading: '调整申请',
    noticeBody: (code: string, title: string, unit: string, role: string, by: string) =>
      `*${code}* ${title || '（无标题）'}（${role} · ${unit}） · 申请人 ${by}`,
    noticeReason: (reason: string) => `理由：${reason}`,
    reassign: '改派',
    refuse: '不予同意',
    reassignedAnswer: (code: string, from: string, to: string) =>
      `已将建议 *${code}* 由「${from}」改派「${to}」；「${to}」已收到交办通知，节点已按今天重新排定。`,
    refusedAnswer: (code: string, from: string) => `对 *${code}* 的调整申请不予同意，仍由「${from}」办理。`,
    decidedReassigned: (code: string, title: string, from: string, to: string, by: string) =>
      `您为「${from}」提出的建议 *${code}* ${title} 的调整申请，${by} 已同意，改由「${to}」办理，本单位不再需要办理。`,
    decidedRefused: (code: string, title: string, from: string, by: string) =>
      `您为「${from}」提出的建议 *${code}* ${title} 的调整申请，${by} 不予同意，请继续按节点办理。`,
    formTitle: '申请调整',
    formSubmit: '提交',
    formAbout: (code: string, title: string, unit: string, closes: string) =>
      `*${code}* ${title || '（无标题）'} · ${unit}\n申请调整的期限：${closes}`,
    reason: '申请理由',
    reasonPlaceholder: '为什么这件建议不应由本单位办理，应由哪个单位办理',
    reasonBlank: '请写明申请调整的理由。',
    reassignTitle: '改派建议',
    reassignSubmit: '改派',
    reassignAbout: (code: string, title: string, unit: string, role: string, by: string, reason: string) =>
      `*${code}* ${title || '（无标题）'}\n现由「${unit}」${role} · 申请人 ${by}\n理由：${reason}`,
    toUnit: '改由哪个单位办理',
    handler: '经办人（可不填）',
    noUnits: '没有其他可改派的单位。请先用 `/suggest unit add` 登记单位。',
  },

  rank: {
    periodNames: { week: '本周', month: '本月', year: '本会次至今' } as Record<'week' | 'month' | 'year', string>,
    heading: (period: string, from: string, to: string) => `单位办理情况排名 · ${period}（${from}—${to}）`,
    columns: {
      rank: '名次',
      unit: '单位',
      workload: '承办（主办/会办）',
      nodes: '节点按期',
      overdue: '逾期节点',
      score: '得分',
      change: '变化',
    },
    rateNames: {
      acceptedOnTime: '按期签收',
      preContact: '办前沟通',
      coOpinionsOnTime: '会办按期',
      draftsOnTime: '初稿按期',
      divisionReviewsOnTime: '处室把关',
      leaderReviewsOnTime: '分管审核',
      headSignoffsOnTime: '主要签发',
      repliesOnTime: '按期答复',
      feedbackOnTime: '办后反馈',
      satisfaction: '满意率',
      commitmentsOnTime: '承诺核销',
    } as Record<RateComponent, string>,
    rate: (percent: number, done: number, due: number) => `${percent}%（${done}/${due}）`,
    workload: (lead: number, co: number) => `${lead} / ${co}`,
    notApplicable: '—',
    up: (n: number) => `↑${n}`,
    down: (n: number) => `↓${n}`,
    same: '—',
    new: '新',
    tied: (rank: number) => `并列 ${rank}`,
    place: (rank: number, tied: boolean) => (tied ? `并列第 ${rank}` : `第 ${rank}`),
    how: (penalty: number) =>
      `得分：各项比率按权重加权平均，当期无此项的不计；每个逾期节点扣 ${penalty} 分，最高 100 分，最低 0 分。得分相同的单位名次并列，按单位名称排列。「—」表示本期无应办事项，不排名。`,
    cut: (shown: number, total: number) => `表格只能列出前 ${shown} 个单位（共 ${total} 个）。`,
    empty: '还没有登记任何承办单位。',
  },

  weekly: {
    heading: (from: string, to: string, part: number, parts: number) =>
      `每周通报 · 单位办理情况排名 · ${from}—${to}${parts > 1 ? `（${part}/${parts}）` : ''}`,
    unitHeading: (unit: string) => `「${unit}」每周通报`,
    standing: (from: string, to: string, place: string, count: number, score: string, change: string) =>
      `${from}—${to}：排名*${place}*，共 ${count} 个单位 · 得分 *${score}* · 变化 ${change}`,
    unranked: (from: string, to: string) => `${from}—${to}：本期无应办事项，不参加排名。`,
    nothingMeasured: '本期各项均无应办事项。',
    rate: (name: string, value: string) => `${name} ${value}`,
    overdueHeading: (count: number) => `*逾期事项 ${count} 项*`,
    dueHeading: (count: number, from: string, to: string) => `*本周（${from}—${to}）到期 ${count} 项*`,
    line: (code: string, title: string, step: string, date: string, owners: string) =>
      `*${code}* ${title || '（无标题）'} · ${step} · ${date} · 负责人 ${owners}`,
    noOwner: '无人负责（请指定经办人或联络员）',
    nothingLate: '没有逾期事项。',
    nothingDue: '本周没有到期的节点。',
  },

  chart: {
    title: (from: string, to: string) => `各单位办理得分 · ${from}—${to}`,
    legend: '绿：90 分以上　蓝：60—90 分　红：60 分以下',
    idle: '当期没有应办事项',
    tied: '并列',
    comment: (from: string, to: string, count: number) => `每周通报 · ${from}—${to} 共 ${count} 个单位的得分图`,
    altText: (from: string, to: string, leaders: string) => `${from}—${to} 各单位得分条形图，前列：${leaders}`,
    fileName: (from: string) => `单位得分-${from}.png`,
  },

  report: {
    title: (session: string) => `${session} 人大代表建议办理情况报告`,
    periodLine: (from: string, to: string) => `统计范围：${from}至${to}交办的建议`,
    madeBy: (day: string) => `督办室 · ${day}`,
    date: (day: string) => `${Number(day.slice(0, 4))}年${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日`,
    sections: {
      overall: '一、总体情况',
      byUnit: '二、各承办单位办理情况',
      byField: '三、分领域办理情况',
      ranking: '四、承办单位办理排名',
      attention: '五、需要关注的事项',
      promises: (count: number) => `六、尚未兑现的 B 类答复承诺（${count} 项）`,
      verdicts: '七、代表评价',
    },
    overall: (lead: number, co: number, replied: string, onTime: string, closed: string, satisfied: string, kept: string) =>
      `本期共交办建议 ${lead} 件（另有会办 ${co} 件次）。已答复 ${replied}，其中按期答复 ${onTime}；办结（销号）${closed}；代表对答复满意和基本满意 ${satisfied}；B 类答复承诺已兑现 ${kept}。`,
    how: '各项比例均写明分子和分母，计算口径与 /suggest stats 和督办台账的「统计」表相同：已答复、办结按主办件数计；按期答复按首次答复是否在当时的法定答复期限内发出计；满意率按最近一次评价计。',
    fieldColumn: '领域',
    rankingHow:
      '排名按本会次至今各时间节点的按时完成情况、代表满意率和承诺兑现率计分，每个逾期未完成的节点扣分；得分明细可在 Slack 中用 /suggest rank 查看。',
    rankColumns: { rank: '名次', unit: '单位', score: '得分', overdue: '逾期节点' },
    keyHeading: (count: number) => `（一）重点督办建议（${count} 件）`,
    keyLine: (code: string, title: string, unit: string, leader: string, note: string, overdue: number, day: string) =>
      `${code} ${title}：主办单位${unit || '暂无'}${leader ? `，${leader}领办` : ''}，法定答复期限 ${day}，${overdue > 0 ? `有 ${overdue} 个节点逾期未完成` : '没有逾期节点'}。${note ? `批示：${note}` : ''}`,
    overdueHeading: (count: number) => `（二）逾期未完成的节点（${count} 个）`,
    overdueLine: (code: string, title: string, unit: string, step: string, day: string) =>
      `${code} ${title}：${unit}的「${step}」应于 ${day} 完成，尚未完成。`,
    nearHeading: (count: number) => `（三）法定答复期限临近或已过、尚未答复的建议（${count} 件）`,
    nearLine: (code: string, title: string, unit: string, day: string) => `${code} ${title}：主办单位${unit}，法定答复期限 ${day}。`,
    promiseLine: (code: string, title: string, unit: string, description: string, day: string) =>
      `${code} ${title}（${unit}）：${description}，承诺于 ${day} 前落实。`,
    verdictCounts: (judged: number, satisfied: number, basically: number, dissatisfied: number) =>
      `已收到代表评价 ${judged} 件（按最近一轮计）：满意 ${satisfied} 件，基本满意 ${basically} 件，不满意 ${dissatisfied} 件。${dissatisfied > 0 ? '不满意的均已转入重新办理，意见如下：' : ''}`,
    dissatisfiedLine: (code: string, title: string, unit: string, note: string) =>
      `${code} ${title}（${unit}）：${note || '代表未说明理由'}`,
    none: '无。',
    chartOfFirst: (shown: number, total: number) => `下图为前 ${shown} 名（共 ${total} 个单位，完整名次见上表）。`,
    more: (count: number) => `另有 ${count} 项未列出，详见督办台账（/suggest export）。`,
    requested: '正在生成办理情况报告（Word），稍后以文件发给您。',
    fileName: (session: string, day: string) => `办理情况报告-${session}-${day}.docx`,
    comment: (session: string, from: string, to: string) => `${session} 办理情况报告 · ${from}—${to}交办的建议`,
  },

  statsChart: {
    title: (from: string, to: string, narrowed: string) => `办理情况统计${narrowed ? ` · ${narrowed}` : ''} · ${from}—${to}交办`,
    series: { replied: '答复率', onTime: '按期答复率', closed: '办结率', satisfied: '满意率' },
    none: '—',
    comment: (from: string, to: string, count: number, inAll: number) =>
      `办理情况统计图 · ${from}—${to}交办的建议，${count < inAll ? `共 ${inAll} 个单位中主办件数最多的 ${count} 个（全部见统计表）` : `${count} 个单位`}；条旁写明分子和分母。`,
    altText: (from: string, to: string, count: number) =>
      `${from}—${to}交办的建议，${count} 个单位的答复率、按期答复率、办结率和满意率条形图`,
    fileName: (from: string, to: string, ref: string) => `办理情况统计-${from}-${to}${ref ? `-${ref}` : ''}.png`,
  },

  monthly: {
    heading: (month: string) => `每月督办报告 · ${month}`,
    monthName: (year: string, month: number) => `${year}年${month}月`,
    keyHeading: (count: number) => `*重点督办建议 ${count} 件*`,
    keyLine: (code: string, title: string, unit: string, leader: string, overdue: number, due: string) =>
      `*${code}* ${title}（主办 · ${unit || '暂无'}）${leader ? ` · 领办 ${leader}` : ''} · ${overdue > 0 ? `逾期节点 ${overdue} 个` : '无逾期节点'} · 法定答复 ${due}`,
    overdueHeading: (count: number) => `*月初仍有逾期节点的单位 ${count} 个*`,
    overdueLine: (unit: string, count: number) => `${unit} · 逾期节点 ${count} 个`,
    fellHeading: (from: string, to: string, count: number) => `*上月（${from}—${to}）排名下降的单位 ${count} 个*`,
    fellLine: (unit: string, place: string, places: number) => `${unit} · ${place} 名，下降 ${places} 位`,
    commitmentsHeading: (count: number) => `*本月到期或已逾期、尚未核销的承诺事项 ${count} 项*`,
    commitmentLine: (code: string, title: string, unit: string, seq: number, description: string, due: string) =>
      `*${code}* ${title || '（无标题）'}（${unit}） · 第 ${seq} 项：${description} · 应于 ${due} 核销`,
    nearHeading: (count: number) => `*本月到期或已超期、尚未答复的建议 ${count} 件*`,
    nearLine: (code: string, title: string, unit: string, due: string) =>
      `*${code}* ${title || '（无标题）'}（主办 · ${unit}） · 法定答复 ${due}`,
    none: '无。',
  },

  config: {
    heading: (session: string) => `*本会次（${session}）的规则* · 督办室可用 \`/suggest config <设置名> <值>\` 修改`,
    line: (name: string, label: string, value: string) => `\`${name}\` ${label}：*${value}*`,
    noChannel: '未设置（督办室成员各自私信接收）',
    changed: (label: string, before: string, after: string) =>
      `已将「${label}」由 ${before} 改为 *${after}*。已排定的时间节点不变；此后排定的按新规则计算。`,
    channelNote: '请把督办助手邀请进这个频道（在频道里输入 `/invite @督办助手`），否则消息发不进去。',
    labels: {
      statutoryMonths: '法定答复期限（交办后月数）',
      maxExtensionMonths: '延期后最长期限（交办后月数）',
      internalLeadDays: '时间前移（内部办结比法定期限提前的天数）',
      acceptWorkingDays: '签收期限（交办后工作日）',
      transferWindowWorkingDays: '申请调整期限（交办后工作日）',
      preContactWorkingDays: '办前沟通期限（交办后工作日）',
      coOpinionMonths: '会办意见期限（交办后月数）',
      draftWorkingDaysBefore: '初稿（内部办结前工作日）',
      divisionReviewWorkingDaysBefore: '处室把关（内部办结前工作日）',
      leaderReviewWorkingDaysBefore: '分管领导审核（内部办结前工作日）',
      headSignoffWorkingDaysBefore: '主要领导签发（内部办结前工作日）',
      feedbackWorkingDaysAfter: '办后反馈（答复后工作日）',
      secondRoundMonths: '不满意重新办理的答复期限（月）',
      publishWithinWorkingDays: '答复公开期限（发出后工作日）',
      replyClasses: '答复类别',
      reminderWindowWorkingDays: '每日提醒提前量（工作日）',
      escalateToLeaderAfterWorkingDays: '逾期多少工作日提醒分管领导',
      escalateKeyToLeaderAfterWorkingDays: '重点建议逾期多少工作日提醒领办领导',
      escalateToChannelAfterWorkingDays: '逾期多少工作日报督办室',
      statutoryAlertDays: '距法定期限多少天未答复报督办室',
      supervisionChannel: '督办室频道',
      rankWeightAccepted: '排名权重：按期签收率',
      rankWeightPreContact: '排名权重：办前沟通率',
      rankWeightCoOpinion: '排名权重：会办意见按期率',
      rankWeightDraft: '排名权重：初稿按期率',
      rankWeightDivisionReview: '排名权重：处室把关按期率',
      rankWeightLeaderReview: '排名权重：分管领导审核按期率',
      rankWeightHeadSignoff: '排名权重：主要领导签发按期率',
      rankWeightReply: '排名权重：按期答复率',
      rankWeightFeedback: '排名权重：办后反馈按期率',
      rankWeightSatisfaction: '排名权重：满意率',
      rankWeightCommitment: '排名权重：承诺事项按期核销率',
      rankOverduePenalty: '排名：每个逾期节点扣分',
    } as Record<SettingKey, string>,
  },

  sessions: {
    title: '会次',
    line: (name: string, since: string, total: number, open: number) => `*${name}*：${since} 起，建议 ${total} 件，未办结 ${open} 件`,
    current: '（当前）',
    hint: '新交办和导入的建议属于当前会次；以前会次未办结的建议照常提醒，也照常出现在列表中、用编号查看和办理。督办室用 `/suggest session new <名称>` 开始下一会次。',
    started: (name: string, previous: string) =>
      `已开始新会次「${name}」：此后交办和导入的建议都属于它，设置沿用「${previous}」的（可用 \`/suggest config\` 查看）。「${previous}」未办结的建议照常办理和提醒。`,
  },
  supervisors: {
    title: '督办室成员',
    line: (who: string, since: string, by: string) => `${who}：${since} 起，由 ${by} 添加`,
    bySetting: '启动配置 SUPERVISORS',
    hint: '督办室可用 `/suggest supervisor add @某人` 添加成员、`/suggest supervisor remove @某人` 移除成员。',
    added: (who: string) => `已将 ${who} 加入督办室：此人现在可以登记单位、交办、批准申请和调整设置。`,
    removed: (who: string) => `已将 ${who} 移出督办室。`,
  },
  calendar: {
    gap: (year: number) =>
      `*工作日历缺少 ${year} 年的节假日安排* · 机器人所用的节假日数据里还没有 ${year} 年（国务院办公厅通常在前一年的 11—12 月公布次年的放假安排）。补上之前，${year} 年的元旦、春节、清明、劳动节、端午、中秋、国庆都会被当作工作日，跨过这些日子排定的时间节点和逾期的计算都会出错。` +
      `公布后，请督办室用 \`/suggest calendar add ${year}-01-01 holiday 元旦\` 逐日录入放假日（调休上班的周末用 \`workday\`），或请系统管理员升级节假日数据包（\`npm update chinese-days\` 后重启）。录入第一天后本提示即不再出现。`,
    gapHome: (years: string) =>
      `⚠️ 工作日历缺少 ${years} 年的节假日安排：在录入或升级数据包之前，这些年份的法定假日会被当作工作日。用 \`/suggest calendar add\` 录入。`,
    kindNames: { workday: '工作日', holiday: '休息日' } as Record<CalendarDayKind, string>,
    set: (day: string, kind: string, published: string) =>
      `已将 ${day} 设为${kind}（国家公布的日历为${published}）。已排定的时间节点不变；此后新排定的节点按此计算。`,
    removed: (day: string, published: string) => `已取消 ${day} 的调整，它重新按国家公布的日历计为${published}。`,
    heading: (count: number) => `*督办室设置的工作日历调整* · 共 ${count} 天`,
    line: (day: string, kind: string, published: string, note: string) =>
      `${day} · ${kind}（公布为${published}）${note ? ` · ${note}` : ''}`,
    empty: '督办室还没有设置任何调整；所有日子按国家公布的日历（含调休）计算。',
  },

  list: {
    heading: (filter: string, total: number) => `*${filter}* · 共 ${total} 件`,
    filterNames: {
      mine: '与我有关的建议',
      overdue: '有逾期节点的建议',
      open: '在办建议',
      replied: '已答复的建议',
      closed: '已办结的建议',
      followup: '跟踪中的承诺事项',
      requests: '有待决定申请（延期、调整）的建议',
      key: '重点督办的建议',
      all: '本会次全部建议',
    } as Record<string, string>,
    fieldFilter: (field: string) => `「${field}」领域的建议`,
    unitFilter: (unitName: string) => `「${unitName}」承办的建议`,
    empty: '没有符合条件的建议。',
    line: (code: string, title: string, lead: string, status: string, due: string) =>
      `*${code}* ${title || '（无标题）'}\n主办「${lead}」 · ${status} · 法定答复 ${due}`,
    next: (date: string) => `下一节点 ${date}`,
    // A date already past is never the next node: the earliest of the overdue ones is named instead.
    earliestOverdue: (date: string) => `最早一个逾期节点应于 ${date} 完成`,
    overdue: (count: number) => `🔴 逾期节点 ${count} 个`,
    more: (shown: number, total: number) => `只显示前 ${shown} 件（共 ${total} 件）。可用 \`unit:<单位>\`、\`overdue\` 等条件缩小范围。`,
  },

  show: {
    heading: (code: string, title: string) => `*${code}* ${title || '（无标题）'}`,
    facts: (status: string, deputy: string, assigned: string, internal: string, statutory: string) =>
      `${status} · 领衔代表 ${deputy || '未填写'} · 交办 ${assigned} · 内部办结 ${internal} · 法定答复 ${statutory}`,
    assignment: (role: string, unit: string, handler: string, accepted: string) => `*${role} · ${unit}* · 经办人 ${handler} · ${accepted}`,
    notAccepted: '未签收',
    acceptedOn: (date: string) => `${date} 签收`,
    ended: '已调整/撤回',
    node: (mark: string, name: string, date: string, state: string) => `${mark} ${name} · ${date}${state ? ` · ${state}` : ''}`,
    nodeDone: (date: string) => `${date} 完成`,
    nodeOverdue: '已逾期',
    historyHeading: '*办理经过*',
    contactLine: (date: string, stage: string, mode: string, by: string, note: string) =>
      `${date} · ${stage}（${mode}） · ${by}${note ? `：${note}` : ''}`,
    opinionLine: (date: string, unit: string, by: string, body: string) => `${date} · 会办意见 · 「${unit}」 ${by}：${body}`,
    replyLine: (round: number, cls: string, state: string, by: string, sentOn: string) =>
      `第 ${round} 轮答复 · ${cls} 类 · ${state} · 起草 ${by}${sentOn ? ` · ${sentOn} 发出` : ''}`,
    replySummary: (summary: string) => `摘要：${summary}`,
    reviewLine: (date: string, level: string, decision: string, by: string, comment: string) =>
      `${date} · ${level} · ${decision} · ${by}${comment ? `：${comment}` : ''}`,
    commitmentLine: (seq: number, due: string, text: string, state: string) => `承诺 ${seq}. ${due} 前 · ${text} · ${state}`,
    commitmentDone: (date: string) => `${date} 核销`,
    verdictLine: (date: string, round: number, verdict: string, by: string, note: string) =>
      `${date} · 第 ${round} 轮代表评价 · ${verdict} · 记录 ${by}${note ? `：${note}` : ''}`,
    approve: '审核通过',
    return: '退回',
    sign: '签发',
  },

  opinion: {
    title: '会办意见',
    submit: '送主办单位',
    about: (code: string, title: string, unit: string, lead: string) =>
      `*${code}* ${title || '（无标题）'} · 「${unit}」会办 → 主办「${lead}」`,
    body: '会办意见',
    bodyPlaceholder: '本单位职责范围内的办理意见和措施',
    bodyEmpty: '请写下会办意见。',
    doneTitle: '已送达',
    done: (code: string, lead: string, told: boolean) =>
      `已将对建议 *${code}* 的会办意见送主办单位「${lead}」${told ? '，已通知其经办人' : '（主办单位尚无经办人或联络员可通知，请直接联系）'}。「会办意见」节点已完成。`,
    noticeHeading: '收到会办意见',
    noticeBody: (code: string, title: string, unit: string, by: string) =>
      `*${code}* ${title || '（无标题）'} · 会办单位「${unit}」 · ${by}`,
  },

  reply: {
    title: '答复',
    submit: '提交审核',
    about: (code: string, title: string, unit: string, round: number) =>
      `*${code}* ${title || '（无标题）'} · 主办「${unit}」${round > 1 ? ` · 第 ${round} 轮` : ''}`,
    replyClass: '答复类别',
    classNames: {
      A: 'A 类 · 已解决或基本解决、采纳',
      B: 'B 类 · 正在解决或列入计划',
      C: 'C 类 · 因条件限制暂不能解决',
      D: 'D 类 · 留作参考',
    } as Record<'A' | 'B' | 'C' | 'D', string>,
    summary: '答复摘要',
    summaryPlaceholder: '答复的主要内容',
    summaryEmpty: '请写下答复摘要。',
    documentUrl: '答复文件链接',
    mayPublish: '公开',
    mayPublishOption: '答复可以公开',
    commitments: '承诺事项（B 类必填）',
    commitmentsHint: '每行一项：完成日期 内容，例如 2027-06-30 完成二期工程',
    reason: '不能解决的原因（C 类必填）',
    opinionsHeading: '*会办单位意见*',
    noOpinions: '本轮尚未收到会办意见。',
    opinionLine: (unit: string, by: string, body: string) => `「${unit}」 ${by}：${body}`,
    returned: (level: string, by: string, comment: string) => `*已被退回* · ${level} · ${by}\n修改意见：${comment}`,
    doneTitle: '已提交',
    done: (code: string, level: string, reviewers: string, again: boolean) =>
      `建议 *${code}* 的答复已${again ? '重新' : ''}提交，等待${level}：${reviewers}。`,
    levelNames: { division: '处室把关', leader: '分管领导审核', head: '主要领导签发' } as Record<'division' | 'leader' | 'head', string>,
    reviewHeading: (level: string) => `答复待审核 · ${level}`,
    reviewIntro: (round: number) => (round > 1 ? `代表不满意后的第 ${round} 轮答复，请审核。` : '请审核以下答复。'),
    reviewClass: (cls: string, publish: boolean) => `${cls} · ${publish ? '可以公开' : '不公开'}`,
    reviewSummary: (summary: string) => `摘要：${summary}`,
    reviewDocument: (url: string) => `答复文件：${url}`,
    reviewReason: (reason: string) => `不能解决的原因：${reason}`,
    reviewCommitments: '承诺事项：',
    reviewCommitment: (seq: number, due: string, text: string) => `${seq}. ${due} 前 · ${text}`,
    reviewApprovals: (list: string) => `已审核：${list}`,
    reviewDraftedBy: (by: string) => `起草 ${by}`,
    approve: '审核通过',
    sign: '签发',
    return: '退回修改',
    returnTitle: '退回修改',
    returnSubmit: '退回',
    returnComment: '修改意见',
    returnAbout: (code: string, level: string) => `退回建议 *${code}* 的答复（${level}）。修改意见会发给起草人。`,
    approvedAnswer: (code: string, level: string, next: string, told: string) =>
      `已完成建议 *${code}* 答复的${level}，已送${next}：${told}。`,
    signedAnswer: (code: string, told: string) => `已签发建议 *${code}* 的答复，已通知起草人 ${told} 发出。`,
    returnedAnswer: (code: string, told: string) => `已退回建议 *${code}* 的答复，修改意见已发给 ${told}。`,
    returnedHeading: '答复被退回',
    returnedBody: (code: string, title: string, level: string, by: string) =>
      `*${code}* ${title || '（无标题）'} 的答复在${level}环节被 ${by} 退回。`,
    returnedComment: (comment: string) => `修改意见：${comment}`,
    returnedHint: (code: string) => `修改后请用 \`/suggest reply ${code}\` 重新提交。`,
    signedHeading: '答复已签发',
    signedBody: (code: string, title: string, by: string) =>
      `*${code}* ${title || '（无标题）'} 的答复已由 ${by} 签发。请按程序送达代表，然后点「已发出」。`,
    markSent: '已发出',
    sentAnswer: (code: string, sentOn: string, feedbackBy: string) =>
      `已记录建议 *${code}* 的答复于 ${sentOn} 发出。${feedbackBy ? `请在 ${feedbackBy} 前征询代表意见（办后反馈）。` : ''}`,
    sentHeading: '答复已发出',
    sentBody: (code: string, title: string, unit: string, cls: string, sentOn: string) =>
      `*${code}* ${title || '（无标题）'} · 主办「${unit}」 · ${cls} 类 · ${sentOn} 发出`,
    sentFeedback: (date: string) => `办后反馈（征询代表评价）：${date} 前`,
    sentHint: (code: string) => `代表评价后请用 \`/suggest evaluate ${code} <满意|基本满意|不满意>\` 记录。`,
    sentAsk: (code: string) =>
      `收到代表评价后，请点击下方按钮记录（选「不满意」须写明理由），也可以用 \`/suggest evaluate ${code} <满意|基本满意|不满意>\` 记录。`,
    sentPublish: '这份答复可以公开，请按规定列入公开目录。',
    sentPublishBy: (date: string) => `这份答复可以公开，请于 ${date}前公开；公开后在 \`/suggest publish\` 中点「已公开」。`,
  },
  breakdown: {
    open: '得分明细',
    title: '得分明细',
    close: '关闭',
    heading: (unit: string, from: string, to: string) => `*「${unit}」得分明细*\n${from}—${to}`,
    line: (name: string, done: number, due: number, weight: number) => `${name}：按期 ${done} / 应办 ${due} · 权重 ${weight}`,
    notApplying: (names: string) => `本期无应办、不计分：${names}`,
    mean: (terms: string, weightTotal: number, base: string) => `加权平均：(${terms}) ÷ ${weightTotal} × 100 = ${base}`,
    noneApplies: '本期没有适用的项目，基础分按 100 计。',
    deduction: (nodes: number, per: number, total: number) => `逾期节点 ${nodes} 个 × 每个 ${per} 分 = 扣 ${total} 分`,
    score: (base: string, deduction: number, score: string, clamped: boolean) =>
      `得分：${base} − ${deduction} = *${score}*${clamped ? '（得分限定在 0–100 之间）' : '（保留一位小数）'}`,
    none: '您没有可查看得分明细的单位：得分明细只给本单位的人员和督办室看。',
    page: (page: number, pages: number, units: number) => `第 ${page} / ${pages} 页，共 ${units} 个单位。`,
    previous: '上一页',
    next: '下一页',
    settings: '按本会次当前的权重和扣分计算。',
  },

  reviewQueue: {
    open: (count: number) => `审核清单（${count} 件）`,
    title: '审核清单',
    close: '关闭',
    heading: (count: number) => `您有 ${count} 件答复等待审核，请逐件处理。`,
    none: '目前没有等待您审核的答复。',
    item: (about: string, level: string) => `${about}\n请您进行${level}。`,
    cut: (shown: number, total: number) => `以上列出前 ${shown} 件，共 ${total} 件。处理完以上答复后，请再次打开审核清单查看其余答复。`,
  },

  verdict: {
    names: { satisfied: '满意', basically_satisfied: '基本满意', dissatisfied: '不满意' } as Record<
      'satisfied' | 'basically_satisfied' | 'dissatisfied',
      string
    >,
    recorded: (code: string, verdict: string) => `已记录建议 *${code}* 的代表评价：${verdict}。`,
    closed: (code: string) => `建议 *${code}* 已销号。`,
    followup: (code: string, open: number) =>
      `建议 *${code}* 还有 ${open} 项承诺事项未核销，转入跟踪；全部核销（\`/suggest commitment done ${code} <序号>\`）后销号。`,
    reopened: (code: string, round: number, internal: string, statutory: string) =>
      `建议 *${code}* 重新办理（第 ${round} 轮）：内部办结 ${internal}，答复期限 ${statutory}，本轮的时间节点已按顺序排定。`,
    noticeHeading: (verdict: string) => `代表评价：${verdict}`,
    noticeBody: (code: string, title: string, unit: string, by: string) =>
      `*${code}* ${title || '（无标题）'} · 主办「${unit}」 · 记录 ${by}`,
    note: (note: string) => `代表意见：${note}`,
    buttonNames: { satisfied: '满意', basically_satisfied: '基本满意', dissatisfied: '不满意' } as Record<
      'satisfied' | 'basically_satisfied' | 'dissatisfied',
      string
    >,
    askInShow: (round: number) => `第 ${round} 轮答复已发给代表。收到代表评价后，请点击记录；选「不满意」须写明代表的理由。`,
    formTitle: '代表评价：不满意',
    formSubmit: '记录',
    formAbout: (code: string, title: string, unit: string, round: number) =>
      `记录代表对建议 *${code}* ${title || '（无标题）'} 第 ${round} 轮答复的评价：不满意。记录后这件建议交由主办单位「${unit}」重新办理，主办单位及其分管领导随即收到通知。`,
    reasons: '代表不满意的理由',
    reasonsHint: (limit: number) => `照代表所说写明，不超过 ${limit} 个字；主办单位重新办理时会看到。`,
    reasonsPlaceholder: '例如：希望明确开工时间',
    reasonsNeeded: '请写明代表不满意的理由。',
    reasonsTooLong: (length: number, limit: number) => `理由有 ${length} 个字，超过 ${limit} 个字：请改短。`,
  },

  commitment: {
    writtenOff: (code: string, seq: number, text: string, onTime: boolean) =>
      `已核销建议 *${code}* 的第 ${seq} 项承诺事项「${text}」（${onTime ? '按期' : '逾期'}完成）。`,
    left: (open: number) => `还有 ${open} 项未核销。`,
    closed: (code: string) => `全部承诺事项已核销，建议 *${code}* 已销号。`,
    states: { open: '未核销', followup: '跟踪中', written_off: '已核销' } as Record<'open' | 'followup' | 'written_off', string>,
  },

  notice: {
    assignedHeader: (role: string) => `新交办建议（${role}）`,
    assignedIntro: {
      handler: (unit: string) => `您被指定为「${unit}」的经办人。`,
      liaison: (unit: string) => `请作为「${unit}」联络员签收并安排办理。`,
      channel: (unit: string) => `以下建议交由「${unit}」办理。`,
    },
    assignedBody: (code: string, title: string, deputy: string) =>
      `*${code}* ${title || '（无标题）'}${deputy ? `\n领衔代表：${deputy}` : ''}`,
    assignedUnits: (lead: string, co: string) => `主办：${lead}${co ? ` · 会办：${co}` : ''}`,
    assignedDates: (acceptBy: string, internalDue: string, statutoryDue: string) =>
      `请于 *${acceptBy}* 前签收 · 内部办结 ${internalDue} · 法定答复 ${statutoryDue}`,
    coDates: (acceptBy: string, opinionBy: string, lead: string) =>
      `请于 *${acceptBy}* 前签收 · 会办意见请于 *${opinionBy}* 前送主办单位「${lead}」`,
    assignedBy: (user: string) => `交办人 ${user}`,
    acceptedText: (unit: string, code: string, title: string, role: string) => `「${unit}」已签收${role}建议 *${code}* ${title}`,
    acceptedTiming: (onTime: boolean, planned: string) => (onTime ? `按期签收（期限 ${planned}）` : `逾期签收（期限 ${planned}）`),
  },

  /** Notices carried in one message: a gathered message, the digest's part since yesterday, a channel's daily summary. */
  carried: {
    gatheredHeading: (count: number) => `*待办事项汇总* · ${count} 件`,
    gatheredIntro: '以下事项合为一条消息送达，请逐项处理。',
    groups: {
      extension_requested: (n: number) => `*延期申请 ${n} 件*，请批准或不予同意`,
      transfer_requested: (n: number) => `*调整申请 ${n} 件*，请改派或不予同意`,
      nudge: (n: number) => `*主办单位催办会办意见 ${n} 件*`,
      key_marked: (n: number) => `*由您领办的重点督办建议 ${n} 件*`,
      merged: (n: number) => `*并案办理的建议 ${n} 件*，只需答复主件`,
      reply_returned: (n: number) => `*被退回修改的答复 ${n} 件*`,
      verdict_recorded: (n: number) => `*代表不满意、需重新办理的建议 ${n} 件*`,
      extension_decided: (n: number) => `*未获同意的延期申请 ${n} 件*，请按原期限办理`,
      transfer_decided: (n: number) => `*未获同意的调整申请 ${n} 件*，请继续办理`,
      review_requested: (n: number) => `*待您审核的答复 ${n} 件*`,
      reply_signed: (n: number) => `*已签发、待发出的答复 ${n} 件*，发出后请点「已发出」`,
      assigned: (n: number) => `*新交办的建议 ${n} 件*，请按期签收`,
      routed: (n: number) => `*分办给您的建议 ${n} 件*`,
      request_cancelled: (n: number) => `*已自动撤销的申请 ${n} 件*`,
    } as Record<string, (n: number) => string>,
    assignedBy: (n: number, date: string) => `*新交办的建议 ${n} 件*，请于 ${date} 前签收`,
    listHint: '逐件处理可用 `/suggest list mine`，或打开本应用的主页。',
    acceptAll: (n: number) => `全部签收（${n} 件）`,
    sinceHeading: (count: number) => `*自上次提醒以来* · ${count} 项动态`,
    summaryHeading: (day: string) => `*每日动态汇总* · ${day}`,
    summaryIntro: (count: number) => `自上次汇总以来有 ${count} 项动态，均无需处理，供知悉：`,
    title: (code: string, title: string) => `*${code}* ${title || '（无标题）'}`,
    assignedShort: (about: string, role: string, unit: string) => `${about}（${unit}${role}）`,
    assigned: (about: string, role: string, unit: string, acceptBy: string) => `${about}（${unit}${role}）· 请于 ${acceptBy} 前签收`,
    reviewRequested: (about: string, unit: string, level: string) => `${about} · 主办单位${unit} · 请进行${level}`,
    replyReturned: (about: string, level: string, comment: string) => `${about} · ${level}退回，修改意见：${comment}`,
    replySigned: (about: string) => `${about} · 答复已签发，请发给代表`,
    nudge: (about: string, due: string) => `${about} · 会办意见原定 ${due} 前送达，请尽快提交`,
    merged: (about: string, mergedCode: string) => `${about} · 已将 *${mergedCode}* 并入本件办理，一份答复答复两件`,
    keyMarked: (about: string, note: string) => `${about} · 列为重点督办，由您领办${note ? `；批示：${note}` : ''}`,
    extensionRequested: (about: string, unit: string, due: string, reason: string) =>
      `${about} · ${unit}申请将答复期限延至 ${due}，理由：${reason}`,
    transferRequested: (about: string, unit: string, role: string, reason: string) =>
      `${about} · ${unit}（${role}）申请调整，理由：${reason}`,
    verdictRecorded: (about: string, unit: string, verdict: string) => `${about} · 主办单位${unit} · 代表评价为「${verdict}」`,
    verdictOutcome: {
      closed: '，已销号',
      followup: (open: number) => `，${open} 项承诺事项转入跟踪`,
      reopened: (round: number, internal: string) => `，转入第 ${round} 轮办理，请于 ${internal} 前重新答复`,
    },
    extensionApproved: (about: string, due: string) => `${about} · 延期申请已获同意，法定答复期限改为 ${due}`,
    extensionRefused: (about: string, due: string) => `${about} · 延期申请不予同意，仍须于 ${due} 前答复`,
    transferApproved: (about: string, to: string) => `${about} · 调整申请已获同意，改由「${to}」办理`,
    transferRefused: (about: string, from: string) => `${about} · 调整申请不予同意，仍由「${from}」办理`,
    accepted: (about: string, unit: string, role: string, onTime: boolean) =>
      `${about} · 「${unit}」已${onTime ? '按期' : '逾期'}签收（${role}）`,
    replySent: (about: string, unit: string, round: number, replyClass: string) =>
      `${about} · 「${unit}」${round > 1 ? `第 ${round} 轮` : ''}答复已发给代表（${replyClass} 类）`,
    opinionReceived: (about: string, unit: string) => `${about} · 会办单位「${unit}」已送来会办意见，请在答复时参考`,
    requestCancelled: (about: string, kind: string, because: string) => `${about} · ${kind}未及决定，${because}，已自动撤销`,
    routed: (about: string, unit: string, as: string) => `${about} · 「${unit}」分办给您，由您担任${as}`,
  },
  reminder: {
    heading: (day: string) => `*今日督办提醒* · ${day}`,
    summary: (total: number, overdue: number, soon: number, window: number) => {
      // A part that counts nothing is not said.
      const parts = [overdue > 0 ? `${overdue} 个已逾期` : '', soon > 0 ? `${soon} 个将在 ${window} 个工作日内到期` : ''].filter(Boolean);
      return `您有 ${total} 个时间节点${parts.length > 0 ? `：${parts.join('，')}` : ''}。`;
    },
    overdue: (days: number) => `🔴 逾期 ${days} 个工作日`,
    dueToday: '🟠 今天到期',
    dueIn: (days: number) => `${days <= 1 ? '🟠' : '🟡'} 还剩 ${days} 个工作日`,
    line: (urgency: string, code: string, title: string, role: string, unit: string) =>
      `${urgency} · *${code}* ${title || '（无标题）'}（${role} · ${unit}）`,
    step: (step: string, date: string) => `${step} · 应于 ${date} 完成`,
    more: (count: number, list: string) => `另有 ${count} 个节点未逐条列出：${list}`,
    notCarried: (count: number) => `另有 ${count} 个节点未在此列出。`,
    moreHint: '可用 `/suggest list overdue` 或 `/suggest list mine` 查看全部。',
    /** Lines sharing a step and a date, past ten lines (COPY 9). */
    group: (urgency: string, step: string, date: string, count: number) => `${urgency} · ${step} · ${date}前 · ${count} 件`,
    groupBrief: (step: string, date: string, count: number) => `${step} ${date}前 ${count} 件`,
    groupListTitle: '节点清单',
    groupListHeading: (step: string, date: string, count: number) => `*${step} · ${date}前* · 您有 ${count} 个未完成的节点：`,
    groupListNone: (step: string, date: string) => `您已没有${date}前须完成的「${step}」节点。`,
    groupListCut: (shown: number, total: number) => `以上列出前 ${shown} 个，共 ${total} 个。全部节点可用 \`/suggest list mine\` 查看。`,
    groupListClose: '关闭',
    /** The title of a private answer given over a list that was acted on (a refusal, the details). */
    leaderHeading: (day: string) => `*分管单位逾期提醒* · ${day}`,
    leaderSummary: (count: number, days: number) => `您分管的事项中有 ${count} 个时间节点逾期 ${days} 个工作日以上，请督促办理：`,
    keyLeaderSummary: (count: number, days: number) =>
      `重点督办建议有 ${count} 个时间节点逾期 ${days} 个工作日以上，列在最前（标【重点】），请督促办理：`,
    supervisionHeading: (day: string) => `*督办室提醒* · ${day}`,
    supervisionOverdue: (count: number, days: number) => `*逾期 ${days} 个工作日以上的节点 ${count} 个*`,
    nearStatutory: (count: number, days: number) => `*距法定答复期限 ${days} 天内仍未答复的建议 ${count} 件*`,
    nearLine: (code: string, title: string, unit: string, date: string, daysLeft: number) =>
      `*${code}* ${title || '（无标题）'}（主办 · ${unit}） · 法定答复 ${date} · ${daysLeft < 0 ? `已超期 ${-daysLeft} 天` : daysLeft === 0 ? '今天到期' : `还剩 ${daysLeft} 天`}`,
    promisesHeading: (count: number) => `*承诺事项跟踪* · ${count} 项（B 类答复中承诺的事项）`,
    promiseLine: (urgency: string, code: string, title: string, seq: number, text: string, due: string) =>
      `${urgency} · *${code}* ${title || '（无标题）'} · 承诺 ${seq}：${text} · 应于 ${due} 兑现`,
    promisesHint: '兑现后请联络员或督办室用 `/suggest commitment done <编号> <序号>` 核销。',
    unowned: (count: number) =>
      `*无人可提醒的节点 ${count} 个*（单位没有联络员，交办时也未指定经办人）：请用 \`/suggest unit member\` 补充。`,
    publicationDue: (count: number, window: number) => `*${window} 个工作日内到公开期限或已逾期、尚未公开的答复 ${count} 件*`,
    publicationLine: (urgency: string, code: string, title: string, unit: string, date: string) =>
      `${urgency} · *${code}* ${title || '（无标题）'}${unit ? `（主办 · ${unit}）` : ''} · 应于 ${date}前公开`,
    publicationHint: '公开后请在 `/suggest publish` 中点该答复旁的「已公开」。',
  },

  publication: {
    title: '答复公开目录',
    none: (days: number) => `没有待公开的答复。可以公开的答复发出后，应在 ${days} 个工作日内公开。`,
    summary: (pending: number, overdue: number, days: number) =>
      `可以公开的答复中，有 ${pending} 件尚未公开${overdue > 0 ? `，其中 ${overdue} 件已超过公开期限` : ''}。答复发出后应在 ${days} 个工作日内公开。`,
    line: (
      urgency: string,
      code: string,
      title: string,
      round: number,
      unit: string,
      replyClass: string,
      sentOn: string,
      publishBy: string,
    ) =>
      `${urgency} · *${code}* ${title || '（无标题）'}${round > 1 ? ` · 第 ${round} 轮答复` : ''}\n${unit ? `${unit}（主办） · ` : ''}${replyClass} 类答复 · ${sentOn}发出 · 应于 ${publishBy}前公开`,
    publishedTitle: (count: number) => `*已公开的答复 ${count} 件*`,
    publishedLine: (code: string, title: string, round: number, unit: string, publishedOn: string, publishBy: string, by: string) =>
      `*${code}* ${title || '（无标题）'}${round > 1 ? ` · 第 ${round} 轮答复` : ''}${unit ? ` · ${unit}` : ''} · ${publishedOn}公开 · 公开期限 ${publishBy} · ${by}`,
    nonePublished: '尚无已公开的答复。',
    more: (count: number) =>
      `另有 ${count} 件待公开的答复未在此列出。全部答复的公开期限和公开日期，可用 \`/suggest export\` 导出台账，在「答复」表中查看。`,
    hint: (listed: boolean, all: boolean) =>
      `${listed ? '答复公开后，请点该答复旁的「已公开」。' : ''}${all ? '全部答复的公开期限和公开日期，也可用 `/suggest export` 导出台账，在「答复」表中查看。' : '`/suggest publish all` 同时列出已公开的答复。'}`,
    markPublished: '已公开',
    marked: (code: string, round: number, publishedOn: string, publishBy: string, lateBy: number) =>
      `已记录建议 *${code}* ${round > 1 ? `第 ${round} 轮` : ''}的答复于 ${publishedOn}公开。${lateBy > 0 ? `公开期限为 ${publishBy}，逾期 ${lateBy} 个工作日。` : ''}`,
  },

  button: {
    doneStep: (step: string) => `完成「${step}」`,
    accept: '签收',
    route: '分办',
    details: '详情',
    done: '完成',
    snooze: '推迟提醒',
    nudge: '催办',
    transfer: '申请调整',
    contact: '沟通',
    extend: '申请延期',
    writeOpinion: '提交意见',
    writeReply: '写答复',
    openGroup: '查看清单',
  },

  modal: {
    /** The title of a form's answer once it was submitted (a request, a decision). */
    submittedTitle: '已提交',
    answerTitle: '督办助手',
    title: '交办建议',
    submit: '交办',
    close: '取消',
    code: '建议编号',
    codeHint: '例如 2026-0123',
    titleLabel: '建议标题',
    deputy: '领衔代表',
    lead: '主办单位',
    co: '会办单位',
    handler: '经办人（主办单位）',
    due: '法定答复期限',
    dueHint: (months: number) => `不填则为交办之日起 ${months} 个月`,
    pick: '请选择',
    doneTitle: '已交办',
    doneClose: '完成',
    codeInvalid: '编号由字母、数字和 - _ . / 组成，最长 32 个字符，例如 2026-0123。',
    dueInvalid: '请选择一个有效的日期。',
    tooManyUnits: (shown: number) => `单位较多，表单只列出前 ${shown} 个；其余单位请用命令交办。`,
  },

  import: {
    columnNames: {
      code: '编号',
      title: '标题',
      leadDeputy: '领衔代表',
      coSigners: '附议代表',
      field: '领域',
      lead: '主办单位',
      co: '会办单位',
      handler: '经办人',
      dueOn: '法定答复期限',
      round: '轮次',
      verdict: '评价',
      note: '意见',
      communication: '沟通情况',
      attitude: '办理态度',
      result: '办理结果',
    } as Record<ImportColumn | SurveyColumn, string>,
    missingColumns: (columns: string) =>
      `表格缺少这些列：${columns}。第一行须是表头，例如：编号、标题、领衔代表、主办单位、会办单位、经办人、法定答复期限。`,
    surveyMissingColumns: (columns: string) =>
      `征询意见表缺少这些列：${columns}。第一行须是表头，例如：编号、评价、意见、沟通情况、办理态度、办理结果。`,
    row: (line: number, code: string, reason: string) => `第 ${line} 行${code ? `（${code}）` : ''}：${reason}`,
    missing: (column: string) => `缺少${column}。`,
    badCode: (given: string) => `编号「${given}」无效：由字母、数字和 - _ . / 组成，最长 32 个字符。`,
    badDate: (given: string) => `「${given}」不是有效日期，请写 YYYY-MM-DD。`,
    badHandler: (given: string) => `经办人「${given}」既不是 Slack 成员 ID（如 U01AB2CD3），也不是邮箱。`,
    duplicateInFile: (firstLine: number) => `编号与第 ${firstLine} 行重复。`,
    titleTooLong: (length: number, limit: number) => `标题有 ${length} 个字，超过 ${limit} 个字：请改短。`,
    emailNeedsSlack: (given: string) =>
      `经办人邮箱「${given}」须在 Slack 中查找：设置 SLACK_BOT_TOKEN 后再运行，或在 Slack 里用 \`/suggest import\` 导入，或改填 Slack 成员 ID。`,
    unknownEmail: (given: string) => `Slack 中没有邮箱为「${given}」的成员：请核对邮箱，或改填 Slack 成员 ID。`,
    badVerdict: (column: string, given: string) => `${column}「${given}」不是评价结果：请写满意、基本满意或不满意。`,
    noteTooLong: (length: number, limit: number) => `意见有 ${length} 个字，超过 ${limit} 个字：请改短。`,
    badRound: (given: string) => `轮次「${given}」不是答复的轮次：请写 1、2 这样的数字，或留空表示当前一轮。`,
    title: '导入清单',
    previewTitle: '导入预览',
    about: '上传交办清单，或代表的征询意见表（CSV 或 Excel），先检查每一行、给出预览；确认后才写入：全部写入，或一件也不写入。',
    fileLabel: '交办清单或征询意见表',
    fileHint:
      '第一行为表头。交办清单：编号、标题、领衔代表、附议代表、领域、主办单位、会办单位（多个用顿号分隔）、经办人（Slack 成员 ID 或邮箱）、法定答复期限（YYYY-MM-DD）。征询意见表：编号、评价（满意、基本满意或不满意）、意见，还可以有沟通情况、办理态度、办理结果，以及轮次（答复的第几轮，留空为当前一轮）。有「评价」列、没有「主办单位」列的表格按征询意见表导入。',
    check: '检查',
    confirm: '确认导入',
    checking: (file: string) => `正在读取和检查「${file}」……`,
    importing: (file: string) => `正在导入「${file}」……`,
    confirmNote: '确认后全部写入（或一件也不写入），交办通知随即陆续发给相关单位和人员。',
    fixAndRetry: '没有写入任何内容。改正有问题的行后，再用 `/suggest import` 导入。',
    doneTitle: '导入完成',
    wrongFile: '请上传一个 CSV 或 Excel（.xlsx）文件。',
    tooLarge: '文件超过 5 MB：请拆分后分批导入。',
    outOfBounds: {
      rows: (file: string, limit: number) => `「${file}」超过 ${limit} 行，没有写入任何内容。请拆分后分批导入。`,
      columns: (file: string, line: number, limit: number) =>
        `「${file}」第 ${line} 行超过 ${limit} 列，没有写入任何内容。请只保留交办清单的各列后再导入。`,
      cell: (file: string, line: number, limit: number) =>
        `「${file}」第 ${line} 行有一个单元格超过 ${limit} 个字，没有写入任何内容。请删去过长的内容后再导入。`,
      line: (file: string, line: number, limit: number) =>
        `「${file}」第 ${line} 行超过 ${limit} 个字，没有写入任何内容。请检查这一行是否多了大量逗号或内容后再导入。`,
      unpacked: (file: string) => `「${file}」解压后过大，没有写入任何内容。请只保留交办清单这一张工作表，或另存为 CSV 后再导入。`,
    },
    downloadFailed: (file: string) => `没能从 Slack 取到「${file}」，没有写入任何内容。请稍后再试。`,
    unreadable: (file: string) => `「${file}」无法读取：请确认它是 CSV 或 Excel（.xlsx）文件，没有损坏。没有写入任何内容。`,
    noFile: (file: string) => `找不到文件「${file}」。`,
    lookupFailed: '暂时无法在 Slack 中查找经办人邮箱，没有写入任何内容。请稍后再试。',
    empty: '表格里除表头外没有数据行，没有可以导入的内容。',
    surveyPreview: (total: number, ok: number, bad: number) =>
      `征询意见表共 ${total} 行：${ok} 件可以记录代表评价${bad > 0 ? `，${bad} 行有问题` : ''}。`,
    surveyAlreadyRecorded: (count: number) => `另有 ${count} 行与已记录的评价相同（此前由按钮或命令记录），不再重复记录。`,
    surveyNothingNew: (count: number) => `征询意见表的 ${count} 行评价都已记录过，结果相同，没有需要导入的内容。`,
    surveyVerdicts: (counts: string) => `代表评价：${counts}`,
    surveyCount: (verdict: string, count: number) => `${verdict} ${count} 件`,
    surveyOutcome: {
      closed: (count: number) => `记录后销号 ${count} 件`,
      followup: (count: number) => `记录后转入跟踪 ${count} 件（承诺事项尚未全部核销）`,
      reopened: (count: number) => `记录后重新办理 ${count} 件（不满意，本轮时间节点按顺序排定）`,
    },
    surveyConfirmNote: '确认后全部记录（或一件也不记录），与逐件用 `/suggest evaluate` 记录相同；主办单位随即收到通知。',
    verdictsWritten: (count: number) => `已记录 ${count} 件建议的代表评价，主办单位的通知将陆续发出。`,
    preview: (total: number, ok: number, bad: number) => `共 ${total} 行：${ok} 件可以交办${bad > 0 ? `，${bad} 行有问题` : ''}。`,
    unitLine: (unit: string, lead: number, co: number) => `${unit}：主办 ${lead} 件，会办 ${co} 件`,
    likelyDuplicate: (code: string, similar: string) => `可能重复：${code} 与 ${similar} 标题相近`,
    likelyDuplicateMany: (code: string, shown: string, count: number) => `可能重复：${code} 与 ${shown} 等 ${count} 件标题相近`,
    likelyDuplicatesCut: (count: number) => `另有 ${count} 组未列出`,
    andMore: ' 等',
    sharedDays: (count: number, codes: string) =>
      `${count} 件建议办理时间较短，部分节点只能同日完成：${codes}。确认后照此排定；确有困难的，承办单位可申请延期。`,
    likelyDuplicatesNote:
      '以上只是提示：标题相近的建议照常交办，不会自动合并。确属同一事项的，导入后可用 `/suggest merge <编号> into <编号>` 并案办理。',
    ignoredColumns: (headers: string) => `表头中的「${headers}」不是可导入的列，其下的内容不会导入。`,
    nothingWritten: '没有写入任何内容：改正有问题的行后再导入。',
    confirmHint: '确认无误后加 --commit 导入（全部写入，或一件也不写入）。',
    written: (count: number) => `已交办 ${count} 件建议，相关单位和人员的通知将陆续发出。`,
    template: {
      requested: '正在生成交办清单模板（Excel），稍后以文件发给您。',
      alreadyRequested: '您一分钟内已要过一份交办清单模板，不再重复生成；它会以文件发到您与机器人的私信中。',
      filename: (day: string, ref: string) => `交办清单模板-${day}-${ref}`,
      title: '交办清单模板',
      comment: (units: number) =>
        `这是交办清单模板。主办单位一列可从下拉列表中选择已登记的 ${units} 个承办单位；第 2 行是示例，请改写或删除后再用 \`/suggest import\` 导入。`,
      sheet: '交办清单',
      unitSheet: '承办单位',
      unitColumns: { name: '单位名称', aliases: '简称' },
      example: {
        title: '关于加强农村饮水安全保障的建议（示例，请改写或删除本行）',
        leadDeputy: '张某某',
        coSigners: ['李某某', '王某某'],
        field: '农业农村',
      },
      prompts: {
        code: '必填。由字母、数字和 - _ . / 组成，例如 2026-0123。',
        lead: '必填。请从下拉列表中选择主办单位；单位名单见「承办单位」表。',
        leadNotListedTitle: '不在单位名单中',
        leadNotListed: '「承办单位」表中没有这个名称。填写单位简称也可以导入；确认无误可选择继续。',
        co: '可不填。多个会办单位用顿号分隔，例如：省民政厅、省财政厅。名称或简称须与「承办单位」表一致。',
        handler: '可不填。填经办人的 Slack 成员 ID（如 U01AB2CD3）或邮箱；不填则由单位联络员分办。',
        dueOn: (months: number) => `可不填，不填则为交办之日起 ${months} 个月。填日期，例如 2026-06-30。`,
      },
    },
  },

  ledger: {
    filename: (session: string, day: string) => `督办台账-${session}-${day}`,
    title: (session: string, unit: string | null) => `${session} 代表建议办理台账${unit ? `（${unit}）` : ''}`,
    comment: (count: number, unit: string | null) => `督办台账${unit ? ` · ${unit}` : ''} · 共 ${count} 件建议`,
    requested: (unit: string | null) => `正在生成${unit ? `「${unit}」的` : ''}督办台账（Excel），稍后以文件发给您。`,
    sheets: {
      suggestions: '建议',
      assignments: '交办与节点',
      contacts: '沟通',
      opinions: '会办意见',
      replies: '答复',
      reviews: '审核',
      verdicts: '代表评价',
      commitments: '承诺事项',
      statistics: '统计',
    },
    statistics: {
      scope: '范围',
      name: '名称',
      scopes: { total: '合计', unit: '单位', field: '领域' },
      noField: '未填领域',
      lead: '主办（件）',
      co: '会办（件次）',
      replied: '已答复',
      timed: '首次答复期限已知',
      onTime: '按期答复',
      closed: '办结（销号）',
      judged: '有评价',
      satisfied: '满意及基本满意',
      promises: 'B类承诺事项',
      kept: '已核销',
      classOf: (replyClass: string) => `${replyClass}类答复`,
    },
    columns: {
      nameOf: (header: string) => `${header}姓名`,
      code: '编号',
      title: '标题',
      leadDeputy: '领衔代表',
      coSigners: '附议代表',
      field: '领域',
      status: '状态',
      round: '轮次',
      assignedOn: '交办日期',
      internalDueOn: '内部办结期限',
      statutoryDueOn: '法定答复期限',
      key: '重点督办',
      keyLeader: '领办领导',
      keyNote: '批示',
      mergedInto: '并入（主件编号）',
      lead: '主办单位',
      co: '会办单位',
      unit: '单位',
      role: '主办/会办',
      handler: '经办人',
      division: '承办处室',
      responsibleLeader: '分管领导',
      startedOn: '承办起始日',
      acceptedAt: '签收时间',
      planned: (step: string) => `${step}·计划`,
      done: (step: string) => `${step}·完成`,
      stage: '阶段',
      mode: '方式',
      contactedOn: '沟通日期',
      note: '情况',
      loggedBy: '记录人',
      body: '意见',
      submittedBy: '提交人',
      submittedAt: '提交时间',
      replyClass: '类别',
      summary: '摘要',
      documentUrl: '答复文件',
      mayPublish: '可公开',
      reason: '不能解决的原因',
      draftedBy: '起草人',
      sentOn: '发出日期',
      dueWhenSent: '发出时的法定答复期限',
      publishBy: '公开期限',
      publishedOn: '公开日期',
      level: '审核层级',
      decision: '审核结果',
      comment: '意见',
      reviewer: '审核人',
      reviewedAt: '审核时间',
      verdict: '评价',
      communication: '沟通情况',
      attitude: '办理态度',
      result: '办理结果',
      recordedBy: '记录人',
      recordedAt: '记录时间',
      seq: '序号',
      description: '承诺内容',
      dueOn: '完成期限',
      writtenOffAt: '核销时间',
      writtenOffBy: '核销人',
      followup: '跟踪中',
    },
    yes: '是',
    no: '否',
    keyMark: '重点',
  },

  lifecycle: {
    records: { suggestion: '这件建议', assignment: '这项交办', reply: '这份答复', commitment: '这项承诺事项' } as Record<Lifecycle, string>,
    suggestion: {
      states: {
        assigned: '已交办',
        in_progress: '办理中',
        replied: '已答复',
        evaluated: '已评价、承诺事项跟踪中',
        closed: '已销号',
        reopened: '重新办理中',
      } as Record<SuggestionStatus, string>,
      events: {
        accept: '签收',
        send_reply: '发出答复',
        close: '销号',
        follow_up: '转入跟踪',
        reopen: '重新办理',
        write_off_last: '核销最后一项承诺',
      } as Record<SuggestionEvent, string>,
    },
    assignment: {
      states: { pending: '待签收', accepted: '已签收', transferred: '已改派', withdrawn: '已撤回', merged: '已并案' } as Record<
        AssignmentStatus,
        string
      >,
      events: { accept: '签收', transfer: '改派', withdraw: '撤回', merge: '并案' } as Record<AssignmentEvent, string>,
    },
    reply: {
      states: {
        draft: '草稿',
        division_review: '待处室把关',
        leader_review: '待分管领导审核',
        head_review: '待主要领导签发',
        returned: '已退回修改',
        approved: '已签发、待发出',
        sent: '已发出',
      } as Record<ReplyStatus, string>,
      events: { submit: '提交审核', approve: '审核通过', return: '退回', send: '标记已发出' } as Record<ReplyEvent, string>,
    },
    commitment: {
      states: { open: '未核销', followup: '跟踪中', written_off: '已核销' } as Record<CommitmentState, string>,
      events: { carry: '转入跟踪', write_off: '核销' } as Record<CommitmentEvent, string>,
    },
  },

  home: {
    heading: '督办助手',
    /** The Home tab's buttons, each what a /suggest subcommand does, by role. */
    commands: {
      assign: '交办',
      import: '导入',
      export: '导出台账',
      rank: '排名',
      stats: '统计',
      outbox: '发件箱',
      mine: '我的建议',
      requests: '延期和调整申请',
      help: '帮助',
    },
    tableInCommand: (command: string) => `完整的表格请输入 \`/suggest ${command}\` 查看。`,
    empty: '目前没有需要您办理的节点。',
    hint: '输入 `/suggest help` 查看全部用法。',
    answered: '*刚才的操作*',
    nodesHeading: (total: number, overdue: number) =>
      `*我的待办节点* · 共 ${total} 个${overdue > 0 ? `，其中逾期 ${overdue} 个` : ''}（最紧急的在前）`,
    page: (page: number, pages: number) => `第 ${page}/${pages} 页`,
    previous: '上一页',
    next: '下一页',
    unitsHeading: '*本单位本周情况*',
    unitLine: (unit: string, standing: string, overdue: number, due: number) =>
      `*${unit}* · ${standing} · 逾期节点 ${overdue} 个 · 本周到期 ${due} 个`,
    ranked: (place: string, count: number, score: string) => `本周排名${place}，共 ${count} 个单位，得分 ${score}`,
    unranked: '尚未排名',
    idleWeek: '本周无应办事项，不参加排名',
    boardHeading: (count: number) => `*各单位本周排名* · 共 ${count} 个单位（完整表格见 \`/suggest rank\`）`,
    standing: (place: string, unit: string, score: string, overdue: number) =>
      `${place} 名 · ${unit} · 得分 ${score} · 逾期节点 ${overdue} 个`,
    officeHeading: '*督办室待办*',
    requestsHeading: (count: number) => `待决定的申请 · 共 ${count} 件（最早提出的在前）`,
    extensionLine: (code: string, title: string, unit: string, date: string, by: string) =>
      `*${code}* ${title}\n「${unit}」申请将法定答复期限延至 ${date}（${by} 提出）`,
    transferLine: (code: string, title: string, unit: string, by: string) =>
      `*${code}* ${title}\n「${unit}」申请调整（退回改派，${by} 提出）`,
    moreRequests: (count: number) => `另有 ${count} 件待决定，见 \`/suggest list requests\`。`,
    undelivered: (count: number) => `⚠️ ${count} 条消息被 Slack 拒收或未能送达：请用 \`/suggest outbox\` 查看原因并重发。`,
    idleLine: (unit: string) => `— · ${unit} · 本周无应办事项，不排名`,
  },
};

export type Catalog = typeof zhCN;
