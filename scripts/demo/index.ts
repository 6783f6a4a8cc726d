// npm run demo: the bot's main job, offline. A fresh embedded database, the local Slack stand-in,
// the real bot over HTTP, driven by signed requests as Slack would send them; the transcript of
// everything the bot showed people is written to demo-output/transcript.md.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { LogLevel } from '@slack/bolt';
import { eq, sql } from 'drizzle-orm';
import { loadConfig } from '../../src/config.js';
import { outbox } from '../../src/db/schema.js';
import { startDuban } from '../../src/duban.js';
import { createLogger } from '../../src/log.js';
import { actionIds, assignModalBlocks, callbackIds, inputActionId } from '../../src/slack/ids.js';
import { renderBlocks } from '../slack-stand-in/render-blocks.js';
import { startSlackStandIn } from '../slack-stand-in/server.js';
import { buttonClickBody, send, signRequest, slashCommandBody, viewSubmissionBody } from '../slack-stand-in/slack-requests.js';
import { displayNames, formSuggestion, suggestions, supervisor, unitNamed, units } from './office.js';
import { playQuarter, type DemoDriver } from './quarter.js';
import { playTransfers } from './transfers.js';
import { Recorder } from './recorder.js';
import type { RecordedCall } from '../slack-stand-in/types.js';

const signingSecret = 'demo-signing-secret-0123456789';
const outputDir = resolve('demo-output');

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'duban-demo-'));
  const standIn = await startSlackStandIn();
  const names = displayNames();
  for (const [id, name] of Object.entries(names)) if (id.startsWith('U')) standIn.setUser(id, { realName: name, displayName: name });
  let now = new Date('2026-03-02T09:00:00+08:00');
  const duban = await startDuban({
    config: loadConfig({
      SLACK_BOT_TOKEN: 'xoxb-demo',
      SLACK_SIGNING_SECRET: signingSecret,
      SLACK_API_URL: standIn.url,
      PORT: '0',
      DATA_DIR: dataDir,
      SUPERVISORS: supervisor.id,
    }),
    logger: createLogger('demo', LogLevel.WARN),
    now: () => now,
    dispatch: false,
    schedule: false,
    // The demo's clock runs a quarter in about a minute; Slack's pace of one message a second
    // per channel would stretch it to many (the benchmark measures the real pace).
    channelIntervalMs: 20,
  });
  const recorder = new Recorder(names);
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
    await duban.dispatcher.drain(Date.now() + 120_000);
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
  };

  try {
    recorder.scene('一、督办室登记七个承办单位', '督办室用 `/suggest unit add` 登记单位，绑定频道，指定联络员和分管领导。');
    for (const unit of units) {
      await type(
        supervisor.id,
        `unit add ${unit.name} alias:${unit.aliases.join(',')} channel:<#${unit.channel.id}|${unit.name}> liaison:<@${unit.liaison.id}> leader:<@${unit.leader.id}>`,
      );
    }

    recorder.scene('二、联络员指定本单位经办人', '联络员可以为本单位设置经办人；设置分管领导等角色需要督办室。');
    for (const unit of units) await type(unit.liaison.id, `unit member ${unit.aliases[0]} <@${unit.handler.id}> 经办人`);
    await type(units[0]!.liaison.id, `unit member 高院 <@U0NOBODY> 分管领导`);
    recorder.scene('二之二、督办室设置答复的审核人', '答复须经处室把关、分管领导审核、主要领导签发：督办室为每个单位设置处室负责人和主要领导。');
    for (const unit of units) {
      await type(supervisor.id, `unit member ${unit.aliases[0]} <@${unit.division.id}> 处室负责人`, unit === units[0]);
      await type(supervisor.id, `unit member ${unit.aliases[0]} <@${unit.head.id}> 主要领导`, unit === units[0]);
    }

    recorder.scene('三、交办建议', '督办室逐件交办：主办、会办、经办人和期限。每件建议的时间节点当即排定，相关的人和频道立刻收到通知。');
    for (const s of suggestions) {
      const lead = unitNamed(s.lead);
      const options = [`lead:${s.lead}`, s.co.length ? `co:${s.co.join(',')}` : '', `handler:<@${lead.handler.id}>`, s.due ? `due:${s.due}` : '', `title:${s.title}`];
      await type(supervisor.id, `assign ${s.code} ${options.filter(Boolean).join(' ')}`);
    }
    await deliver();

    recorder.scene('四、用表单交办', '`/suggest assign` 不带参数时打开交办表单。');
    const formFrom = standIn.calls.length;
    await type(supervisor.id, 'assign');
    recorder.sent(standIn.calls.slice(formFrom));
    const opened = standIn.callsTo('views.open').at(-1);
    const unitOptions = (opened?.args.view as { blocks: Array<{ block_id: string; element?: { options?: Array<{ text: { text: string }; value: string }> } }> }).blocks
      .find((block) => block.block_id === assignModalBlocks.lead)?.element?.options ?? [];
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
    recorder.did(supervisor.id, `提交表单（${formSuggestion.code} ${formSuggestion.title}）`, confirmation ? renderBlocks(confirmation) : JSON.stringify(submitted));
    await deliver();

    recorder.scene('五、输错了怎么办', '每个错误都只回复给输入的人，说明怎么改，不做任何改动。');
    await type(supervisor.id, 'asign 2026-0013 lead:水利厅');
    await type(supervisor.id, 'assign 2026-0013 lead:省水力厅');
    await type(supervisor.id, 'assign 2026-0013 lead:水利厅 due:2026-02-30');
    await type(supervisor.id, 'assign 2026-0001 lead:民政厅');
    await type(units[3]!.liaison.id, 'assign 2026-0013 lead:水利厅');
    await type(supervisor.id, 'show 2026-0100');

    now = new Date('2026-03-04T10:00:00+08:00');
    recorder.scene('六、签收', '3月4日：经办人在私信里点「签收」，联络员用命令签收；交办人收到签收回执。');
    const water = unitNamed('水利厅');
    const dm = standIn
      .callsTo('chat.postMessage')
      .find((call) => call.args.channel === water.handler.id && JSON.stringify(call.args.blocks).includes('2026-0001'));
    const button = (dm?.args.blocks as Array<{ elements?: Array<{ action_id: string; value: string }> }>)
      .flatMap((block) => block.elements ?? [])
      .find((element) => element.action_id === actionIds.acceptAssignment);
    if (!dm || !button) throw new Error('the handler never got a notice with an accept button');
    const replaced = await click(water.handler.id, actionIds.acceptAssignment, button.value, dm);
    recorder.did(water.handler.id, '在私信中点击「签收」（2026-0001），原消息更新为：', renderBlocks(replaced?.args.blocks));
    for (const s of suggestions.slice(2, 8)) await type(unitNamed(s.lead).liaison.id, `签收 ${s.code}`);
    await deliver();

    now = new Date('2026-03-05T10:00:00+08:00');
    recorder.scene(
      '七、申请调整',
      '3月5日，申请调整的期限（3月9日）之内：商务厅申请退回会办的 2026-0004，督办室改派民政厅会办；民政厅申请退回 2026-0008，督办室不同意。',
    );
    await playTransfers(driver);

    now = new Date('2026-03-09T09:30:00+08:00');
    recorder.scene('八、查看与列表', '3月9日：签收期限（3月5日）已过，未签收的建议出现逾期节点。');
    await type(supervisor.id, 'list overdue');
    await type(water.liaison.id, 'list mine');
    await type(water.handler.id, 'show 2026-0001');

    await playQuarter(driver, '2026-03-10', '2026-06-05');

    recorder.scene('十一、导出台账', '季度末，督办室导出本会次的督办台账（Excel），与本记录保存在同一目录。');
    await type(supervisor.id, 'export');
    const exported = (await sendQueued()).filter((call) => call.method === 'files.completeUploadExternal');
    recorder.sent(exported);

    // Every weekly chart the supervision office got, and the exported ledger, beside the
    // transcript; the last chart shown in it.
    mkdirSync(outputDir, { recursive: true });
    const ledgerId = (exported[0]?.args.files as Array<{ id?: string }> | undefined)?.[0]?.id;
    const ledger = ledgerId === undefined ? undefined : standIn.uploadedFile(ledgerId);
    if (ledger) writeFileSync(join(outputDir, ledger.filename), ledger.data);
    const charts = standIn.callsTo('files.completeUploadExternal').filter((shared) => !exported.includes(shared)).flatMap((shared) => {
      const id = (shared.args.files as Array<{ id?: string }> | undefined)?.[0]?.id;
      const file = id === undefined ? undefined : standIn.uploadedFile(id);
      return file ? [{ ...file, comment: String(shared.args.initial_comment ?? file.filename) }] : [];
    });
    for (const chart of charts) writeFileSync(join(outputDir, chart.filename), chart.data);
    const chart = charts.at(-1);
    if (chart) {
      recorder.scene('十二、每周得分图', `每周通报附带各单位的得分图，共 ${charts.length} 张，与本记录保存在同一目录。这是季度最后一张（${chart.filename}）：`);
      recorder.image(chart.filename, chart.comment);
    }

    const [counts] = await duban.database.db
      .select({
        sent: sql<number>`count(*) filter (where ${outbox.status} = 'sent')::int`,
        dead: sql<number>`count(*) filter (where ${outbox.status} = 'dead')::int`,
      })
      .from(outbox);
    const pending = await duban.database.db.select().from(outbox).where(eq(outbox.status, 'pending'));
    const file = join(outputDir, 'transcript.md');
    writeFileSync(
      file,
      recorder.markdown(
        `# duban 演示记录\n\n本地 Slack 替身、全新的嵌入式数据库、真实的机器人（签名 HTTP 请求）。` +
          `共发出 ${counts?.sent ?? 0} 条消息（私信与频道），失败 ${counts?.dead ?? 0} 条，待发 ${pending.length} 条。`,
      ),
    );
    process.stdout.write(
      `demo finished: ${counts?.sent ?? 0} messages sent, ${counts?.dead ?? 0} dead\ntranscript: ${file}\n${chart ? `chart: ${join(outputDir, chart.filename)}\n` : ''}${ledger ? `ledger: ${join(outputDir, ledger.filename)}\n` : ''}`,
    );
  } finally {
    await duban.stop();
    await standIn.close();
    rmSync(dataDir, { recursive: true, force: true });
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
  process.stderr.write(`demo failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
