// npm run demo: the newcomer's tour, offline. A fresh embedded database, the local Slack
// stand-in, the real bot over HTTP, driven by signed requests as Slack would send them: the
// office imports its 交办清单 and plays a quarter. Everything lands in demo-output/: the
// transcript of what the bot showed people (transcript.md and the self-contained transcript.html),
// the list it imported, the ledger it exported and the quarter's last weekly chart.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LogLevel } from '@slack/bolt';
import { sql } from 'drizzle-orm';
import { loadConfig } from '../../src/config.js';
import { outbox } from '../../src/db/schema.js';
import { startDuban } from '../../src/duban.js';
import { catalogFor } from '../../src/i18n/index.js';
import { createLogger, errorDetail } from '../../src/log.js';
import { actionIds, assignModalBlocks, callbackIds, importModalBlocks, inputActionId } from '../../src/slack/ids.js';
import { startSlackStandIn } from '../../tools/slack-stand-in/server.js';
import { buttonClickBody, send, signRequest, slashCommandBody, viewSubmissionBody } from '../../tools/slack-stand-in/slack-requests.js';
import type { RecordedCall } from '../../tools/slack-stand-in/types.js';
import { assignmentList, handlerEmails, listWithMistakes, listWorkbook } from './assignment-list.js';
import { BulkOffice } from './bulk-office.js';
import { carriedCalls } from './carried-calls.js';
import type { DemoDriver } from './demo-driver.js';
import { accountForNotices, type BusiestReader, dailyBudget, dailyLoad, messagesCsv, readSentMessages, worstDays } from './message-log.js';
import {
  displayNames,
  featuredCodes,
  formSuggestion,
  leaderStandIn,
  successor,
  suggestions,
  supervisionChannel,
  supervisor,
  unitNamed,
  units,
} from './office.js';
import { playQuarter } from './quarter.js';
import { Recorder } from './recorder.js';
import { playTransfers } from './transfers.js';
import { quarterSurvey, surveyWorkbook } from './verdict-survey.js';

const signingSecret = 'demo-signing-secret-0123456789';
/** The same proposal as 2026-0001 from three more deputies (关于推进河湖长制落地见效的建议), all led by 水利厅. */
const riverChiefDuplicates = ['2026-0051', '2026-0090', '2026-0092'];
const outputDir = resolve('demo-output');

const started = performance.now();

async function main(): Promise<void> {
  const standIn = await startSlackStandIn();
  const names = displayNames();
  for (const [id, name] of Object.entries(names)) if (id.startsWith('U')) standIn.setUser(id, { realName: name, displayName: name });
  for (const [unit, email] of Object.entries(handlerEmails))
    standIn.setUser(unitNamed(unit).handler.id, { realName: unitNamed(unit).handler.name, email });
  let now = new Date('2026-03-02T09:00:00+08:00');
  const duban = await startDuban({
    config: loadConfig({
      SLACK_BOT_TOKEN: 'xoxb-demo',
      SLACK_SIGNING_SECRET: signingSecret,
      SLACK_API_URL: standIn.url,
      PORT: '0',
      // A fresh embedded database that lives as long as the demo.
      DATA_DIR: 'memory://',
      SUPERVISORS: supervisor.id,
    }),
    logger: createLogger('demo', LogLevel.WARN),
    now: () => now,
    dispatch: false,
    schedule: false,
    // The demo's clock runs a quarter in about a minute; Slack's pace of one message a second
    // per channel would stretch it to many (the benchmark measures the real pace).
    channelIntervalMs: 0,
  });
  const recorder = new Recorder(names, (id) => standIn.uploadedFile(id));
  const eventsUrl = `http://127.0.0.1:${duban.port}/slack/events`;
  let answers = 0;
  const post = async (body: string) => {
    const response = await send(eventsUrl, signRequest(body, { secret: signingSecret }));
    if (response.status !== 200) throw new Error(`the bot answered HTTP ${response.status}`);
    return (response.text ? response.json() : {}) as { text?: string; blocks?: unknown[]; response_action?: string; view?: unknown };
  };
  const type = async (user: string, text: string, record = true) => {
    const responseUrl = standIn.responseUrl(`demo-${(answers += 1)}`);
    const answer = await post(slashCommandBody({ user, text, responseUrl, triggerId: standIn.triggerId() }));
    if (record) recorder.typed(user, `/suggest ${text}`, answer);
    return answer;
  };
  /** Sends what is queued; resolves to what went out. */
  const sendQueued = async () => {
    const from = standIn.calls.length;
    // Each scene is a burst: what it queued is gathered as if the notice window had passed.
    await duban.dispatcher.drain(Date.now() + 120_000, { windowElapsed: true });
    return standIn.calls.slice(from).filter((call) => call.method !== 'response_url');
  };
  /** Sends what the scene queued and records it. */
  const deliver = async () => recorder.sent(await sendQueued());
  let clicks = 0;
  const click = async (user: string, actionId: string, value: string, message?: RecordedCall) => {
    const responseUrl = standIn.responseUrl(`demo-click-${(clicks += 1)}`);
    const before = standIn.calls.length;
    await post(
      buttonClickBody({
        user,
        actionId,
        value,
        responseUrl,
        triggerId: standIn.triggerId(),
        ...(message ? { message: { text: String(message.args.text), blocks: message.args.blocks as unknown[] } } : {}),
      }),
    );
    // A button answers through its response_url, or opens a form.
    await waitFor(() => standIn.calls.slice(before).some((call) => call.method === 'response_url' || call.method === 'views.open'));
    return standIn.calls.slice(before).find((call) => call.method === 'response_url');
  };

  const driver: DemoDriver = {
    db: duban.database.db,
    timezone: 'Asia/Shanghai',
    recorder,
    setNow: (at) => (now = at),
    type,
    click,
    submitView: (user, callbackId, values, privateMetadata) =>
      post(viewSubmissionBody({ user, callbackId, values, privateMetadata, triggerId: standIn.triggerId() })),
    openedView: () => standIn.callsTo('views.open').at(-1)?.args.view as { private_metadata?: string } | undefined,
    deliver: async () => sendQueued(),
    carried: (calls) => carriedCalls(duban.database.db, catalogFor('zh-CN'), calls),
  };

  /** The form became a wait; resolves to what it became after (views.update). */
  const awaitUpdate = async (submit: () => Promise<unknown>) => {
    const from = standIn.calls.length;
    await submit();
    const update = () => standIn.calls.slice(from).find((call) => call.method === 'views.update');
    await waitFor(() => update() !== undefined, 30_000);
    return { view: update()!.args.view as { blocks: unknown[]; private_metadata?: string } };
  };
  const importFile = (name: string, data: Buffer) => {
    const file = standIn.shareFile(supervisor.id, name, data);
    return awaitUpdate(() =>
      driver.submitView(supervisor.id, callbackIds.importModal, {
        [importModalBlocks.file]: { [inputActionId]: { type: 'file_input', files: [file] } },
      }),
    );
  };
  const bulk = new BulkOffice(driver, featuredCodes);
  const list = assignmentList();
  const listFile = '交办清单.xlsx';
  const listBytes = await listWorkbook(list);
  rmSync(outputDir, { recursive: true, force: true });
  mkdirSync(outputDir, { recursive: true });
  writeFileSync(join(outputDir, listFile), listBytes);

  try {
    recorder.scene(
      '一、督办室登记七个承办单位',
      '督办室先设好自己的频道（督办提醒、每周通报、每月督办和每日动态汇总都发到这里，不占私信），再用 `/suggest unit add` 登记单位，绑定频道，指定联络员和分管领导。',
    );
    await type(supervisor.id, `config supervision-channel <#${supervisionChannel.id}|督办室>`);
    for (const unit of units) {
      await type(
        supervisor.id,
        `unit add ${unit.name} alias:${unit.aliases.join(',')} channel:<#${unit.channel.id}|${unit.name}> liaison:<@${unit.liaison.id}> leader:<@${unit.leader.id}>`,
      );
    }

    recorder.scene('二、联络员指定本单位经办人', '联络员可以为本单位设置经办人；设置分管领导等角色需要督办室。');
    for (const unit of units) await type(unit.liaison.id, `unit member ${unit.aliases[0]} <@${unit.handler.id}> 经办人`);
    await type(units[0]!.liaison.id, `unit member 高院 <@U0NOBODY> 分管领导`);
    recorder.scene(
      '二之二、督办室设置答复的审核人',
      '答复须经处室把关、分管领导审核、主要领导签发：督办室为每个单位设置处室负责人和主要领导。',
    );
    for (const unit of units) {
      await type(supervisor.id, `unit member ${unit.aliases[0]} <@${unit.division.id}> 处室负责人`, unit === units[0]);
      await type(supervisor.id, `unit member ${unit.aliases[0]} <@${unit.head.id}> 主要领导`, unit === units[0]);
    }

    recorder.scene(
      '三、导入交办清单',
      `督办室收到本次会议的交办清单（Excel，${list.length} 件），用 \`/suggest import\` 上传：先检查、预览，确认后一次交办。` +
        '清单按 2020 年七个单位的实际件数生成（省高院主办 24、会办 23；省公安厅 28、30；省民政厅 22、30；省水利厅 79、23；' +
        '省商务厅 30、32；省国资委 11、9；省医保局 29、37），其中一件会后补交、用表单交办。水利厅和医保局的经办人按邮箱填写，由 Slack 查找。清单保存在本记录同一目录。',
    );
    await type(supervisor.id, 'import');
    const importForm = standIn.callsTo('views.open').at(-1);
    recorder.sent(importForm ? [importForm] : []);
    const draftList = await importFile('交办清单（初稿）.xlsx', await listWorkbook(listWithMistakes(list)));
    recorder.did(supervisor.id, '上传「交办清单（初稿）.xlsx」，点击「检查」。表单先显示「正在读取和检查」，随后变为预览：', {
      blocks: draftList.view.blocks,
    });
    recorder.note('初稿有三处错误，一件也没有写入。督办室改正后重新上传。');
    await type(supervisor.id, 'import', false);
    const preview = await importFile(listFile, listBytes);
    recorder.did(supervisor.id, `上传改正后的「${listFile}」，点击「检查」：`, { blocks: preview.view.blocks });
    const imported = await awaitUpdate(() =>
      driver.submitView(supervisor.id, callbackIds.importConfirm, {}, preview.view.private_metadata),
    );
    recorder.did(supervisor.id, '点击「确认导入」：', { blocks: imported.view.blocks });
    const notices = (await sendQueued()).filter((call) => call.method === 'chat.postMessage');
    const water = unitNamed('水利厅');
    recorder.note(
      `交办通知随即通过发件箱发出：同一时间交给同一人或同一频道的建议合为一条，共 ${notices.length} 条（每位经办人、联络员和每个单位频道各一条，` +
        '列出交给他们的全部建议，附「全部签收」）。水利厅的三条：',
    );
    recorder.sent(notices.filter((call) => [water.handler.id, water.liaison.id, water.channel.id].includes(String(call.args.channel))));

    recorder.scene('四、用表单交办', '`/suggest assign` 不带参数时打开交办表单。');
    const formFrom = standIn.calls.length;
    await type(supervisor.id, 'assign');
    recorder.sent(standIn.calls.slice(formFrom));
    const opened = standIn.callsTo('views.open').at(-1);
    const unitOptions =
      (
        opened!.args.view as {
          blocks: Array<{ block_id: string; element?: { options?: Array<{ text: { text: string }; value: string }> } }>;
        }
      ).blocks.find((block) => block.block_id === assignModalBlocks.lead)?.element?.options ?? [];
    const idOf = (name: string) => unitOptions.find((option) => option.text.text === name)?.value ?? '';
    const field = (value: unknown) => ({ [inputActionId]: value });
    const submitted = await post(
      viewSubmissionBody({
        user: supervisor.id,
        callbackId: callbackIds.assignModal,
        triggerId: standIn.triggerId(),
        values: {
          [assignModalBlocks.code]: field({ value: formSuggestion.code }),
          [assignModalBlocks.title]: field({ value: formSuggestion.title }),
          [assignModalBlocks.deputy]: field({ value: formSuggestion.deputy }),
          [assignModalBlocks.lead]: field({ selected_option: { value: idOf(formSuggestion.lead) } }),
          [assignModalBlocks.co]: field({ selected_options: formSuggestion.co.map((name) => ({ value: idOf(name) })) }),
          [assignModalBlocks.handler]: field({ selected_user: unitNamed(formSuggestion.lead).handler.id }),
          [assignModalBlocks.due]: field({ selected_date: null }),
        },
      }),
    );
    const confirmation = (submitted.view as { blocks?: unknown[] } | undefined)?.blocks;
    recorder.did(
      supervisor.id,
      `提交表单（${formSuggestion.code} ${formSuggestion.title}）`,
      confirmation ? { blocks: confirmation } : JSON.stringify(submitted),
    );
    await deliver();

    recorder.scene(
      '四之二、并案与重点督办',
      '导入预览已提示标题相近的建议。其中「关于推进河湖长制落地见效的建议」有四位代表分别提出（2026-0001、2026-0051、2026-0090、2026-0092），都由水利厅主办：督办室把后三件并入 2026-0001，水利厅只写一份答复，四位代表的评价各自记录。' +
        '水利厅把巩固农村饮水安全的建议作为重点，厅长亲自领办：督办室把 2026-0002 列为重点督办，厅长从时间节点逾期 1 个工作日起就收到提醒。',
    );
    for (const code of riverChiefDuplicates) await type(supervisor.id, `merge ${code} into 2026-0001`, code === riverChiefDuplicates[0]);
    await type(supervisor.id, 'merge 2026-0001 into 2026-0004');
    await type(supervisor.id, `key 2026-0002 leader:<@${water.head.id}> note:厅长领办，与代表面对面沟通，年内解决两个乡镇的饮水问题`);
    await type(water.handler.id, 'show 2026-0051');
    const merging = (await sendQueued()).filter((call) => call.method === 'chat.postMessage');
    recorder.note(`并案和重点督办的通知随即发出（${merging.length} 条）：水利厅的联络员和经办人各一条，厅长一条。厅长收到的：`);
    recorder.sent(merging.filter((call) => call.args.channel === water.head.id));

    recorder.scene('五、输错了怎么办', '每个错误都只回复给输入的人，说明怎么改，不做任何改动。');
    await type(supervisor.id, 'asign 2026-0300 lead:水利厅');
    await type(supervisor.id, 'assign 2026-0300 lead:省水力厅');
    await type(supervisor.id, 'assign 2026-0300 lead:水利厅 due:2026-02-30');
    await type(supervisor.id, 'assign 2026-0001 lead:民政厅');
    await type(units[3]!.liaison.id, 'assign 2026-0300 lead:水利厅');
    await type(supervisor.id, 'show 2026-0999');

    await bulk.days('2026-03-03', '2026-03-04');
    now = new Date('2026-03-04T10:00:00+08:00');
    recorder.scene(
      '六、签收',
      '3月4日：水利厅经办人在导入时收到的那条私信里点「全部签收」，一次签收交给他的全部建议；几个单位的联络员用命令逐件签收。' +
        '签收回执不逐条发给督办室，而是次日早上并入督办室的每日提醒（「自上次提醒以来」）。',
    );
    const dm = notices.find((call) => call.args.channel === water.handler.id);
    const acceptAll = (dm?.args.blocks as Array<{ elements?: Array<{ action_id: string; value: string }> }> | undefined)
      ?.flatMap((block) => block.elements ?? [])
      .find((element) => element.action_id === actionIds.acceptAllAssignments);
    if (!dm || !acceptAll) throw new Error('the handler never got the gathered notice with 全部签收');
    const replaced = await click(water.handler.id, actionIds.acceptAllAssignments, acceptAll.value, dm);
    recorder.did(water.handler.id, '在私信中点击「全部签收」，原消息更新为：', { blocks: replaced?.args.blocks });
    for (const s of suggestions.slice(2, 8)) await type(unitNamed(s.lead).liaison.id, `签收 ${s.code}`);
    await deliver();

    const accepting = await bulk.days('2026-03-05', '2026-03-05');
    recorder.note(`3月5日（签收期限）：其余建议的承办单位完成 ${accepting.done} 个节点（签收）。`);
    now = new Date('2026-03-05T10:00:00+08:00');
    recorder.scene(
      '七、申请调整',
      '3月5日，申请调整的期限（3月9日）之内：商务厅申请退回会办的 2026-0004，督办室改派民政厅会办；民政厅申请退回 2026-0008，督办室不予同意。',
    );
    await playTransfers(driver);

    await bulk.days('2026-03-06', '2026-03-09');
    now = new Date('2026-03-09T09:30:00+08:00');
    recorder.scene(
      '八、查看与列表',
      '3月9日：签收期限（3月5日）已过，未签收的建议出现逾期节点。省国资委分管副主任出差，委托办公室副主任代理至 3月13日：' +
        '期间给分管领导的提醒和督办升级改发代理人，注明「代…收」。',
    );
    await type(supervisor.id, 'list overdue');
    await type(water.liaison.id, 'list mine');
    await type(water.handler.id, 'show 2026-0001');
    await type(unitNamed('国资委').leader.id, `delegate <@${leaderStandIn.id}> until:2026-03-13`);
    recorder.sent(await sendQueued());

    await playQuarter(driver, '2026-03-10', '2026-06-05', bulk);

    recorder.scene(
      '十一、人员变动',
      '水利厅联络员调离：督办室先设新联络员，再移除原联络员，原联络员收到私信；此后原联络员查看本单位的建议被拒绝，新联络员可以查看。',
    );
    await type(supervisor.id, `unit member 水利厅 <@${successor.id}> 联络员`);
    await type(supervisor.id, `unit member remove 水利厅 <@${water.liaison.id}>`);
    recorder.sent(await sendQueued());
    await type(water.liaison.id, 'show 2026-0001');
    await type(successor.id, 'list mine');

    const surveyLines = await quarterSurvey(driver.db, '2026-06-05', featuredCodes);
    const surveyFile = '征询意见表.xlsx';
    const surveyBytes = await surveyWorkbook(surveyLines);
    writeFileSync(join(outputDir, surveyFile), surveyBytes);
    recorder.scene(
      '十二、导入征询意见表',
      `季度末，督办室收回代表填写的征询意见表（Excel，${surveyLines.length} 行：一周前已答复的每件建议的每轮答复一行，写明轮次、评价和对沟通情况、办理态度、办理结果的评价），` +
        '用 `/suggest import` 上传：预览列出各类评价和记录后的结果，确认后一次记录。其中几件的评价代表已先当面或来电告诉联络员、已经记录，导入时不再重复记录。意见表保存在本记录同一目录。',
    );
    await type(supervisor.id, 'import', false);
    const checkedSurvey = await importFile(surveyFile, surveyBytes);
    recorder.did(supervisor.id, `上传「${surveyFile}」，点击「检查」：`, { blocks: checkedSurvey.view.blocks });
    const recordedSurvey = await awaitUpdate(() =>
      driver.submitView(supervisor.id, callbackIds.importConfirm, {}, checkedSurvey.view.private_metadata),
    );
    recorder.did(supervisor.id, '点击「确认导入」：', { blocks: recordedSurvey.view.blocks });
    const reopened = (await sendQueued()).filter((call) => call.method === 'chat.postMessage');
    recorder.note(
      `不满意的建议重新办理，主办单位的通知随即发出（${reopened.length} 条）；其余评价的回执并入各单位下一个工作日的提醒。其中一条：`,
    );
    recorder.sent(reopened.slice(0, 1));

    recorder.scene(
      '十三、办理情况统计与导出台账',
      '季度末，督办室查看本会次的办理情况统计（各单位、各领域的答复率、按期答复率、办结率、答复类别、满意率和承诺兑现率，每个比例写明分子和分母），再单看水利领域；生成可提交常委会会议的办理情况报告（Word）；然后导出督办台账（Excel）。报告和台账与本记录保存在同一目录，台账的「统计」表与统计结果相同，可逐项核对。',
    );
    await type(supervisor.id, 'stats');
    await type(supervisor.id, 'stats field:水利');
    recorder.sent(await sendQueued());
    await type(supervisor.id, 'report year');
    const reported = (await sendQueued()).filter((call) => call.method === 'files.completeUploadExternal');
    recorder.sent(reported);
    const reportId = (reported[0]?.args.files as Array<{ id?: string }> | undefined)?.[0]?.id;
    const report = reportId === undefined ? undefined : standIn.uploadedFile(reportId);
    if (report) writeFileSync(join(outputDir, report.filename), report.data);
    await type(supervisor.id, 'export');
    const exported = (await sendQueued()).filter((call) => call.method === 'files.completeUploadExternal');
    recorder.sent(exported);

    // The exported ledger and the last weekly chart beside the transcript, which shows the chart.
    const ledgerId = (exported[0]?.args.files as Array<{ id?: string }> | undefined)?.[0]?.id;
    const ledger = ledgerId === undefined ? undefined : standIn.uploadedFile(ledgerId);
    if (ledger) writeFileSync(join(outputDir, ledger.filename), ledger.data);
    const charts = standIn
      .callsTo('files.completeUploadExternal')
      .filter((shared) => !exported.includes(shared))
      .flatMap((shared) => {
        const id = (shared.args.files as Array<{ id?: string }> | undefined)?.[0]?.id;
        const file = id === undefined ? undefined : standIn.uploadedFile(id);
        return file ? [{ ...file, comment: String(shared.args.initial_comment ?? file.filename) }] : [];
      })
      // The weekly ranking's charts, not the figures' the office asked for at the end.
      .filter((file) => file.filename === catalogFor('zh-CN').chart.fileName(file.filename.slice(-14, -4)));
    const chart = charts.at(-1);
    if (chart) {
      writeFileSync(join(outputDir, chart.filename), chart.data);
      recorder.scene(
        '十四、每周得分图',
        `每周通报附带各单位的得分图，本季度共 ${charts.length} 张。这是最后一张（${chart.filename}，与本记录保存在同一目录）：`,
      );
      recorder.image(chart.filename, chart.comment, chart.data);
    }

    // Every message of the quarter, one row each, and each day's busiest readers (DESIGN §4's budgets).
    const messages = await readSentMessages(duban.database.db, driver.timezone);
    const messagesFile = join(outputDir, 'messages.csv');
    writeFileSync(messagesFile, messagesCsv(messages));
    const load = dailyLoad(messages);
    const worst = worstDays(load);
    const reader = (busiest: BusiestReader | undefined) =>
      busiest ? `${names[busiest.recipient] ?? busiest.recipient} ${busiest.count} 条` : '无';
    recorder.scene(
      '十五、每天的消息量',
      `每条发出的消息记在 messages.csv（与本记录同一目录）。督办的约定：每人每天的私信不超过 ${dailyBudget} 条，每个频道每天的顶层消息除周报、月报外不超过 ${dailyBudget} 条。下面是每天收到最多的人和频道：`,
    );
    for (const day of load)
      recorder.note(`${day.day}：共 ${day.total} 条；私信最多：${reader(day.person)}；频道顶层消息最多：${reader(day.channel)}。`);
    const account = await accountForNotices(duban.database.db);
    recorder.note(
      `机器人本季度产生 ${account.notices} 条通知，合并后发出 ${messages.length} 条消息：每条通知恰好在一条消息、话题回复、每日提醒或每日汇总里送达` +
        `（${account.delivered} 条），${account.waiting} 条等下一个工作日的提醒，丢失 ${account.lost.length} 条。`,
    );

    // What was sent is the message log; what was not is counted.
    const [unsent] = await duban.database.db
      .select({
        dead: sql<number>`count(*) filter (where ${outbox.status} = 'dead')::int`,
        pending: sql<number>`count(*) filter (where ${outbox.status} = 'pending')::int`,
      })
      .from(outbox);
    const file = join(outputDir, 'transcript.md');
    const page = join(outputDir, 'transcript.html');
    const header =
      `本地 Slack 替身、全新的嵌入式数据库、真实的机器人（签名 HTTP 请求）；演示的 ${featuredCodes.size} 件建议在 Slack 里逐步办理，其余 ${list.length + 1 - featuredCodes.size} 件由各单位按各自习惯办理（同样经过机器人的服务）。` +
      `共发出 ${messages.length} 条消息（私信与频道），失败 ${unsent?.dead ?? 0} 条，待发 ${unsent?.pending ?? 0} 条。`;
    writeFileSync(file, recorder.markdown(`# duban 演示记录\n\n${header}`));
    writeFileSync(page, recorder.page('duban 演示记录', header));
    process.stdout.write(
      `demo finished: ${messages.length} messages sent, ${unsent?.dead ?? 0} dead in ${Math.round((performance.now() - started) / 1000)} s\n` +
        `busiest days: ${worst.person?.person?.count ?? 0} DMs to one person on ${worst.person?.day ?? '-'}, ` +
        `${worst.channel?.channel?.count ?? 0} top-level posts in one channel on ${worst.channel?.day ?? '-'} (budget ${dailyBudget} each)\n` +
        `notices: ${account.notices} queued, ${account.delivered} delivered once, ${account.waiting} waiting for a digest, ${account.lost.length} lost\n` +
        `transcript: ${file}\npage: ${page}\nlist: ${join(outputDir, listFile)}\nmessages: ${messagesFile}\n` +
        `${chart ? `chart: ${join(outputDir, chart.filename)}\n` : ''}${ledger ? `ledger: ${join(outputDir, ledger.filename)}\n` : ''}` +
        `${report ? `report: ${join(outputDir, report.filename)}\n` : ''}survey: ${join(outputDir, surveyFile)}\n` +
        `everything is in ${outputDir}\n`,
    );
  } finally {
    await duban.stop();
    await standIn.close();
  }
}

async function waitFor(condition: () => boolean, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting for the bot');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`demo failed: ${errorDetail(error)}\n`);
  process.exit(1);
});
