// The bot as an operator runs it: a real process, started and stopped by signals.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client.js';
import { suggestions, units } from '../../src/db/schema.js';
import { type SlackStandIn, startSlackStandIn } from '../../tools/slack-stand-in/server.js';
import { form, send, signRequest } from '../../tools/slack-stand-in/slack-requests.js';
import { signingSecret } from '../support/harness.js';
import { run, waitFor } from '../support/processes.js';

let standIn: SlackStandIn;
let dataDir: string;
beforeAll(async () => {
  standIn = await startSlackStandIn();
  dataDir = mkdtempSync(join(tmpdir(), 'duban-process-'));
});
afterAll(async () => {
  await standIn?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const botEnv = () => ({
  SLACK_BOT_TOKEN: 'xoxb-process-test',
  SLACK_SIGNING_SECRET: signingSecret,
  SLACK_API_URL: standIn.url,
  PORT: '0',
  DATA_DIR: dataDir,
  SUPERVISORS: 'USUP',
});

// Each test starts real processes (tsx, then an embedded database: seconds each, more while another
// test file shares the cores), one after another.
describe('the bot process', { timeout: 120_000 }, () => {
  it('refuses to start on a missing or malformed variable, naming it and where to find it, without a stack trace', async () => {
    const { SLACK_BOT_TOKEN: _token, ...withoutToken } = botEnv();
    const missing = run('src/main.ts', { ...withoutToken, SUPERVISORS: 'alice', SLACK_SIGNING_SECRET: 'zq9' });
    expect(await missing.exited).toBe(1);
    expect(missing.output()).toContain('SLACK_BOT_TOKEN is missing');
    expect(missing.output()).toContain('OAuth & Permissions');
    expect(missing.output()).toContain('SUPERVISORS is malformed');
    expect(missing.output()).not.toMatch(/\n\s+at /);
    expect(missing.output()).toContain('SLACK_SIGNING_SECRET is malformed');
    // A secret is never echoed, even a wrong one.
    expect(missing.output()).not.toContain('zq9');
  });

  it('holds its embedded database alone, serves, and stops cleanly on SIGTERM', async () => {
    const bot = run('src/main.ts', botEnv());
    const [, port] = await waitFor(bot, /serving Slack over HTTP on port (\d+)/);
    expect(existsSync(join(dataDir, 'duban.lock'))).toBe(true);

    // A second bot, or a job runner, on the same data directory is refused with a clear message.
    for (const [script, args] of [
      ['src/main.ts', []],
      ['scripts/job.ts', ['outbox']],
    ] as const) {
      const second = run(script, botEnv(), [...args]);
      expect(await second.exited).toBe(1);
      expect(second.output()).toMatch(/in use by another duban process \(pid \d+ on \S+, since \d{4}-/);
      expect(second.output()).not.toMatch(/\n\s+at /);
    }

    const body = form({
      command: '/suggest',
      text: 'unit add 省商务厅',
      user_id: 'USUP',
      channel_id: 'C1',
      team_id: 'T0DEMO',
      trigger_id: 't',
    });
    const answer = await send(`http://127.0.0.1:${port}/slack/events`, signRequest(body, { secret: signingSecret }));
    expect(answer.text).toContain('省商务厅');

    // Its health endpoint answers without a signature.
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);

    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
    expect(existsSync(join(dataDir, 'duban.lock'))).toBe(false);
    // Not at a terminal, its log is JSON lines with a level, a time and the process's name.
    const lines = bot
      .output()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { level: string; name: string; msg: string; time: string });
    expect(lines.find((line) => line.msg.startsWith('serving Slack over HTTP'))).toMatchObject({ level: 'info', name: 'duban' });
    expect(lines.find((line) => line.msg.startsWith('SIGTERM received'))).toMatchObject({ level: 'info' });

    // What was acknowledged is stored.
    const database = await openDatabase({ dataDir });
    try {
      expect((await database.db.select().from(units)).map((u) => u.name)).toEqual(['省商务厅']);
    } finally {
      await database.close();
    }
  });

  it('takes over the lock of a process that died without releasing it', async () => {
    writeFileSync(join(dataDir, 'duban.lock'), '999999');
    const job = run('scripts/job.ts', botEnv(), ['outbox']);
    expect(await job.exited).toBe(0);
    expect(existsSync(join(dataDir, 'duban.lock'))).toBe(false);
  });

  it('imports a 交办清单 from a CSV file: a preview first, every row or none on --commit', async () => {
    const csv = join(dataDir, '交办清单.csv');
    const lines = (second: string) => `\ufeff编号,标题,主办单位,法定答复期限\nC-1,关于外贸稳订单的建议,省商务厅,2026-12-31\n${second}\n`;
    writeFileSync(csv, lines('C-2,关于跨境电商的建议,省商物厅,'));
    const refused = run('scripts/import.ts', { DATA_DIR: dataDir }, [csv, '--as', 'USUP', '--commit']);
    expect(await refused.exited).toBe(1);
    expect(refused.output()).toContain('共 2 行：1 件可以交办，1 行有问题。');
    expect(refused.output()).toContain('第 3 行（C-2）：没有名为 省商物厅 的承办单位。是不是「省商务厅」？');
    expect(refused.output()).toContain('没有写入任何内容');

    writeFileSync(csv, lines('C-2,关于跨境电商的建议,省商务厅,'));
    const preview = run('scripts/import.ts', { DATA_DIR: dataDir }, [csv, '--as', 'USUP']);
    expect(await preview.exited).toBe(0);
    expect(preview.output()).toContain('共 2 行：2 件可以交办。');
    expect(preview.output()).toContain('加 --commit 导入');
    const imported = run('scripts/import.ts', { DATA_DIR: dataDir }, [csv, '--as', 'USUP', '--commit']);
    expect(await imported.exited).toBe(0);
    expect(imported.output()).toContain('已交办 2 件建议');
    // The preview points out a row like an open suggestion, as the form's does, and refuses nothing for it.
    writeFileSync(csv, '\ufeff编号,标题,主办单位\nC-3,关于推动外贸稳订单的建议,省商务厅\n');
    const alike = run('scripts/import.ts', { DATA_DIR: dataDir }, [csv, '--as', 'USUP']);
    expect(await alike.exited).toBe(0);
    expect(alike.output()).toContain('共 1 行：1 件可以交办。\n  省商务厅：主办 1 件，会办 0 件\n可能重复：C-3 与 C-1 标题相近\n');
    expect(alike.output()).toContain('导入后可用 /suggest merge <编号> into <编号> 并案办理。');
    writeFileSync(csv, '\ufeff编号,标题,主办单位\n');
    const empty = run('scripts/import.ts', { DATA_DIR: dataDir }, [csv, '--as', 'USUP', '--commit']);
    expect(await empty.exited).toBe(1);
    expect(empty.output()).toContain('没有数据行');
    // A 征询意见表 goes the same way, told apart by its headers: no reply has been sent, so no verdict is recorded.
    const survey = join(dataDir, '征询意见表.csv');
    writeFileSync(survey, '\ufeff编号,评价,意见\nC-1,满意,办理及时\n');
    const early = run('scripts/import.ts', { DATA_DIR: dataDir }, [survey, '--as', 'USUP', '--commit']);
    expect(await early.exited).toBe(1);
    expect(early.output()).toContain('征询意见表共 1 行：0 件可以记录代表评价，1 行有问题。');
    expect(early.output()).toContain('第 2 行（C-1）：这件建议目前是「已交办」，不能销号。');
    const missing = run('scripts/import.ts', { DATA_DIR: dataDir }, [join(dataDir, '没有这个文件.csv'), '--as', 'USUP']);
    expect(await missing.exited).toBe(1);
    expect(missing.output()).toContain('找不到文件');
    expect(missing.output()).not.toMatch(/\n\s+at /);
    const database = await openDatabase({ dataDir });
    try {
      expect((await database.db.select().from(suggestions)).map((row) => row.code)).toEqual(['C-1', 'C-2']);
    } finally {
      await database.close();
    }
  });

  it('writes the ledger to a file without Slack, and refuses an unknown unit clearly', async () => {
    const file = join(dataDir, '台账.xlsx');
    // The export needs no Slack settings: only where the database is.
    const exported = run('scripts/export.ts', { DATA_DIR: dataDir }, [file]);
    expect(await exported.exited).toBe(0);
    expect(exported.output()).toContain(`督办台账 · 共 2 件建议 → ${file}`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      '建议',
      '交办与节点',
      '沟通',
      '会办意见',
      '答复',
      '审核',
      '代表评价',
      '承诺事项',
      '统计',
    ]);

    const unknown = run('scripts/export.ts', { DATA_DIR: dataDir }, [file, '--unit', '商物厅']);
    expect(await unknown.exited).toBe(1);
    expect(unknown.output()).toContain('没有名为 商物厅 的承办单位。是不是「省商务厅」？');
    expect(unknown.output()).not.toMatch(/\n\s+at /);
    const usage = run('scripts/export.ts', { DATA_DIR: dataDir }, []);
    expect(await usage.exited).toBe(2);
    expect(usage.output()).toContain('usage: npm run export --');
  });

  it('explains the job runner’s usage', async () => {
    const job = run('scripts/job.ts', botEnv(), ['nonsense']);
    expect(await job.exited).toBe(2);
    expect(job.output()).toContain('unknown job "nonsense"');
    expect(job.output()).toContain('usage: npm run job --');
  });
});
