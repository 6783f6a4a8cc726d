// README's first command: the demo runs the real bot offline and writes its transcript.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import ExcelJS from 'exceljs';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { demoCommand } from '../../scripts/bench/demo/index.js';
import { documentXmlOf } from '../support/docx-text.js';
import { figuresFromLedger } from '../support/ledger-figures.js';

describe('npm run demo', () => {
  // Alone it takes about half a minute (scripts/bench/demo); beside another test file, half again.
  it('imports the seed office’s 交办清单, plays a quarter offline, and writes a transcript (Markdown and HTML), the list, the ledger and the last chart into one folder', async () => {
    let output = '';
    const child = spawn(process.execPath, demoCommand(), { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk) => (output += String(chunk)));
    child.stderr.on('data', (chunk) => (output += String(chunk)));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code, output).toBe(0);
    const [, file] = output.match(/transcript: (.+)\n/) ?? [];
    expect(output).toMatch(/demo finished: \d+ messages sent, 0 dead/);
    const transcript = readFileSync(file!, 'utf8');
    for (const unit of ['省高院', '省公安厅', '省民政厅', '省水利厅', '省商务厅', '省国资委', '省医保局'])
      expect(transcript).toContain(unit);
    expect(transcript).toContain('已交办建议 *2026-0012*');
    expect(transcript).toContain('没有名为 `省水力厅` 的承办单位');
    expect(transcript).toContain('[签收]');
    // Two transfer requests decided; then the quarter: daily reminders, the ladder, a contact, a
    // chase, two extension requests decided, and the replies.
    for (const seen of [
      '已将建议 *2026-0004* 由「省商务厅」改派「省民政厅」',
      '对 *2026-0008* 的调整申请不予同意，仍由「省民政厅」办理。',
      '新交办建议（会办）',
      '*今日督办提醒*',
      '*分管单位逾期提醒*',
      '*督办室提醒*',
      '「办前沟通」节点已完成',
      '*催办*',
      '已批准 *2026-0006* 延期',
      '对 *2026-0009* 的延期申请不予同意',
      '每周通报 · 单位办理情况排名',
      '每周通报*',
      '*本月到期或已超期、尚未答复的建议',
      '每周得分图',
      // The replies: a co-unit's opinion, the chain with one draft sent back, verdicts, a second
      // round, and B-class promises followed up and written off.
      '已送来会办意见',
      '答复待审核 · 处室把关',
      '在审核请求上点击「退回修改」',
      '答复被退回',
      '答复已签发',
      '答复已发给代表',
      // Calm by design: one message per reader per burst, news in the next day's digest or summary.
      '「全部签收」',
      '*待办事项汇总*',
      '*自上次提醒以来*',
      '*每日动态汇总*',
      '代表评价：不满意',
      '重新办理（第 2 轮）',
      '转入跟踪',
      '*承诺事项跟踪*',
      '已核销建议 *2026-0002* 的第 1 项承诺事项',
    ]) {
      expect(transcript).toContain(seen);
    }
    // 2026-0002's second round, a one-month window, reads in plan order: each step on a working day
    // after the one before it, 办前沟通 first, none after the internal deadline.
    const [, secondRound] = transcript.match(/查看第 2 轮的时间节点（2026-0002）：\n\n((?:> .*\n)+)/) ?? [];
    const steps = (secondRound ?? '')
      .trim()
      .split('\n')
      .map((line) => /^> \S+ (\S+) · (\d+)月(\d+)日/u.exec(line)!);
    expect(steps.map((step) => step[1])).toEqual(['办前沟通', '初稿', '处室把关', '分管领导审核', '主要领导签发', '答复', '办后反馈']);
    const days = steps.map((step) => Number(step[2]) * 100 + Number(step[3]));
    expect([...days].sort((a, b) => a - b)).toEqual(days);
    expect(new Set(days.slice(0, -1)).size).toBe(days.length - 1);
    expect(transcript).toContain('内部办结 5月29日（周五），答复期限 6月14日（周日，法定期限为休息日）');
    // The last weekly chart is saved beside the transcript, which shows it.
    const [, chartFile] = output.match(/chart: (.+)\n/) ?? [];
    expect(dirname(chartFile!)).toBe(dirname(file!));
    expect(transcript).toContain(`](${encodeURI(basename(chartFile!))})`);
    const chart = PNG.sync.read(readFileSync(chartFile!));
    expect(chart.width).toBeGreaterThan(600);
    // The quarter's ledger, exported by the supervision office, beside them: every suggestion.
    const [, ledgerFile] = output.match(/ledger: (.+)\n/) ?? [];
    expect(dirname(ledgerFile!)).toBe(dirname(file!));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(ledgerFile!);
    expect(workbook.getWorksheet('建议')!.rowCount).toBe(1 + 223);
    expect(transcript).toContain('督办台账 · 共 223 件建议');
    // 交办与节点 lists the lead unit's rounds of 2026-0002 with the current one first.
    const rounds: number[] = [];
    const nodeSheet = workbook.getWorksheet('交办与节点')!;
    const headers = (nodeSheet.getRow(1).values as unknown[]).map(String);
    const [codeColumn, roleColumn, roundColumn] = ['编号', '主办/会办', '轮次'].map((name) => headers.indexOf(name));
    nodeSheet.eachRow((row) => {
      if (row.getCell(codeColumn!).value === '2026-0002' && row.getCell(roleColumn!).value === '主办')
        rounds.push(Number(row.getCell(roundColumn!).value));
    });
    expect(rounds).toEqual([2, 1]);

    // The quarter's 征询意见表, beside them, imported in one go: every verdict it holds is the
    // ledger's, on the round it names.
    const [, surveyFile] = output.match(/survey: (.+)\n/) ?? [];
    expect(dirname(surveyFile!)).toBe(dirname(file!));
    const survey = new ExcelJS.Workbook();
    await survey.xlsx.readFile(surveyFile!);
    const surveyRows: string[] = [];
    survey.worksheets[0]!.eachRow((row, n) => {
      if (n > 1) surveyRows.push(((row.values as unknown[]).slice(1, 4) as string[]).join(' '));
    });
    expect(surveyRows.length).toBeGreaterThan(150);
    expect(transcript).toContain(`征询意见表共 ${surveyRows.length} 行：`);
    expect(transcript).toMatch(/另有 \d+ 行与已记录的评价相同/);
    const evaluated = new Set<string>();
    workbook.getWorksheet('代表评价')!.eachRow((row, n) => {
      if (n > 1) evaluated.add(((row.values as unknown[]).slice(1, 4) as string[]).join(' '));
    });
    expect(surveyRows.filter((row) => !evaluated.has(row))).toEqual([]);

    // 并案 and 重点督办: the three repeats of 2026-0001 answered with its one reply, each deputy's
    // verdict on its own code; 2026-0002 listed first, its leader named.
    expect(transcript).toContain('已将建议 *2026-0051* 并入 *2026-0001* 办理');
    expect(transcript).toContain('已将建议 *2026-0002* 列为重点督办。领办领导 @水利厅·主要负责人，已通知');
    const suggestionRows = new Map<string, Record<string, unknown>>();
    const suggestionSheet = workbook.getWorksheet('建议')!;
    const suggestionHeaders = (suggestionSheet.getRow(1).values as unknown[]).slice(1).map(String);
    suggestionSheet.eachRow((row, n) => {
      if (n === 1) return;
      const values = (row.values as unknown[]).slice(1);
      suggestionRows.set(String(values[0]), Object.fromEntries(suggestionHeaders.map((header, i) => [header, values[i] ?? ''])));
    });
    expect(String(suggestionSheet.getRow(2).getCell(1).value)).toBe('2026-0002');
    for (const code of ['2026-0051', '2026-0090', '2026-0092']) {
      const row = suggestionRows.get(code)!;
      expect([row['并入（主件编号）'], row.主办单位], code).toEqual(['2026-0001', '省水利厅']);
      expect(
        surveyRows.some((line) => line.startsWith(`${code} 1 `)),
        code,
      ).toBe(true);
    }
    expect(suggestionRows.get('2026-0002')?.重点督办).toBe('重点');

    // 统计: every figure, counted again from the ledger's own sheets, is the one its 统计 sheet and
    // `/suggest stats` in the transcript show.
    const counted = figuresFromLedger(workbook);
    const statisticsRows: Array<[string, string, number[]]> = [];
    workbook.getWorksheet('统计')!.eachRow((row, n) => {
      if (n === 1) return;
      const [scope, name, ...numbers] = (row.values as unknown[]).slice(1);
      statisticsRows.push([String(scope), String(name ?? ''), numbers.map(Number)]);
    });
    expect(statisticsRows.length).toBe(1 + counted.units.size + counted.fields.size);
    for (const [scope, name, numbers] of statisticsRows) {
      const expected = scope === '合计' ? counted.total : scope === '单位' ? counted.units.get(name) : counted.fields.get(name);
      expect(numbers, `${scope} ${name}`).toEqual(expected);
    }
    expect(counted.total[2]).toBeGreaterThan(0); // replies were sent in the quarter
    const statsTable = transcript
      .split('| 单位 | 主办 | 会办 | 已答复 | 按期答复 | 办结 | A/B/C | 满意率 | 承诺兑现 |')[1]!
      .split('\n\n')[0]!;
    const shown = statsTable
      .split('\n')
      .map((line) => line.replace(/^> /, ''))
      .slice(2)
      .filter((line) => line.startsWith('| '))
      .map((line) =>
        line
          .split('|')
          .map((cell) => cell.trim())
          .slice(1, -1),
      );
    expect(shown.map(([unit]) => unit).sort()).toEqual([...counted.units.keys()].sort());
    const shareOf = (cell: string) => (cell === '—' ? [0, 0] : (/（(\d+)\/(\d+)）/.exec(cell)?.slice(1).map(Number) ?? []));
    for (const [unit, lead, co, replied, onTime, closed, , satisfied, kept] of shown) {
      const [l, c, r, timed, timely, done, , , , , judged, happy, promised, writtenOff] = counted.units.get(unit!)!;
      expect([Number(lead), Number(co)], unit).toEqual([l, c]);
      expect(shareOf(replied!), unit).toEqual(l === 0 ? [0, 0] : [r, l]);
      expect(shareOf(onTime!), unit).toEqual(timed === 0 ? [0, 0] : [timely, timed]);
      expect(shareOf(closed!), unit).toEqual(l === 0 ? [0, 0] : [done, l]);
      expect(shareOf(satisfied!), unit).toEqual(judged === 0 ? [0, 0] : [happy, judged]);
      expect(shareOf(kept!), unit).toEqual(promised === 0 ? [0, 0] : [writtenOff, promised]);
    }
    expect(transcript).toContain('只统计「水利」领域的建议。');
    // The 办理情况报告 of the quarter, beside them: a Word document whose figures are the same.
    const [, reportFile] = output.match(/report: (.+)\n/) ?? [];
    expect(dirname(reportFile!)).toBe(dirname(file!));
    expect(reportFile).toMatch(/\.docx$/);
    const reportXml = await documentXmlOf(readFileSync(reportFile!));
    expect(reportXml).toContain(`本期共交办建议 ${counted.total[0]} 件（另有会办 ${counted.total[1]} 件次）`);

    // The 交办清单 it imported, beside them: the seed's seven units with their 2020 numbers, once
    // the one suggestion assigned through the form (省高院 leads, 省民政厅 co-handles) is added.
    const [, listFile] = output.match(/list: (.+)\n/) ?? [];
    expect(dirname(listFile!)).toBe(dirname(file!));
    const list = new ExcelJS.Workbook();
    await list.xlsx.readFile(listFile!);
    const counts: Record<string, [number, number]> = { 省高院: [1, 0], 省民政厅: [0, 1] };
    list.worksheets[0]!.eachRow((row, n) => {
      if (n === 1) return;
      const [lead, co] = [String(row.getCell(6).value), String(row.getCell(7).value ?? '')];
      (counts[lead] ??= [0, 0])[0] += 1;
      for (const unit of co.split('、').filter(Boolean)) (counts[unit] ??= [0, 0])[1] += 1;
    });
    expect(counts).toEqual({
      省高院: [24, 23],
      省公安厅: [28, 30],
      省民政厅: [22, 30],
      省水利厅: [79, 23],
      省商务厅: [30, 32],
      省国资委: [11, 9],
      省医保局: [29, 37],
    });
    // Every ranking the transcript shows reads as DESIGN §5 says: scores within 0–100, no rank
    // without a score, equal scores one rank (marked 并列), ranks in order.
    const tables = transcript.split('| 名次 | 单位 |').slice(1);
    expect(tables.length).toBeGreaterThanOrEqual(2);
    for (const table of tables) {
      const ranked = table
        .split('\n')
        .slice(2)
        .filter((line) => line.startsWith('| '))
        .map((line) => line.split('|').map((cell) => cell.trim()))
        .map((cells) => ({ place: cells[1]!, score: cells[8]! }));
      expect(ranked.length).toBe(7);
      for (const { place, score } of ranked) {
        expect(place === '—').toBe(score === '—');
        if (score !== '—') expect(Number(score)).toBeGreaterThanOrEqual(0);
        if (score !== '—') expect(Number(score)).toBeLessThanOrEqual(100);
      }
      const scored = ranked.filter((unit) => unit.score !== '—');
      for (const a of scored)
        for (const b of scored) if (a !== b && a.score === b.score) expect([a.place, a.place.startsWith('并列')]).toEqual([b.place, true]);
    }
    // Imported through the form: a draft with mistakes refused as a whole, then the list.
    for (const seen of [
      '共 222 行：219 件可以交办，3 行有问题。',
      '没有名为 `省水力厅` 的承办单位',
      '共 222 行：222 件可以交办。',
      // The preview's numbers a unit at a time, the 2020 ones but for the suggestion still to come.
      '省水利厅：主办 79 件，会办 23 件',
      '省高院：主办 23 件，会办 23 件',
      '已交办 222 件建议',
    ]) {
      expect(transcript).toContain(seen);
    }
    // Every message sent, one row each, beside the transcript, which names each day's busiest
    // readers: the calm budgets are measured on it.
    const [, messagesFile] = output.match(/messages: (.+)\n/) ?? [];
    expect(dirname(messagesFile!)).toBe(dirname(file!));
    const [header, ...rows] = readFileSync(messagesFile!, 'utf8').trimEnd().split('\n');
    expect(header).toBe('day,recipient,recipient_type,top_level,kind');
    const [, sent] = output.match(/demo finished: (\d+) messages sent/) ?? [];
    expect(rows).toHaveLength(Number(sent));
    for (const row of rows) expect(row).toMatch(/^2026-\d\d-\d\d,[UWCG][A-Z0-9]+,(person|channel),(yes|no),[a-z+-]+$/);
    // DESIGN §4's budgets, on the whole quarter: no person more than 3 DMs a day besides the files
    // they asked for themselves, no channel more than 3 top-level posts a day besides the weekly and
    // monthly reports, far fewer messages than the 3,468 sent one notice each, and every notice
    // delivered once.
    const reports = new Set(['weekly-ranking', 'weekly-chart', 'weekly-unit', 'monthly']);
    const asked = new Set(['export', 'statistics-chart', 'handling-report', 'import-template']);
    const perDay = new Map<string, number>();
    for (const [day, recipient, type, topLevel, kind] of rows.map((row) => row.split(','))) {
      if (type === 'channel' && (topLevel === 'no' || reports.has(kind!))) continue;
      if (type === 'person' && asked.has(kind!)) continue;
      const key = `${day} ${recipient}`;
      perDay.set(key, (perDay.get(key) ?? 0) + 1);
    }
    expect([...perDay].filter(([, count]) => count > 3)).toEqual([]);
    expect(rows.length).toBeLessThan(1500);
    expect(rows.some((row) => row.endsWith(',channel,no,verdict'))).toBe(true);
    expect(output).toMatch(/notices: \d+ queued, \d+ delivered once, \d+ waiting for a digest, 0 lost/);
    expect(rows.filter((row) => row.startsWith('2026-03-02,')).length).toBeGreaterThan(0);
    expect(transcript).toContain('十五、每天的消息量');
    // People change (DESIGN §3): the leader's escalations reach the stand-in, marked for whom, until
    // the delegation's date; a liaison removed is refused at once.
    expect(transcript).toMatch(/chat\.postMessage → 国资委·办公室副主任 \(U0GZDEP\)\n\n_代 @国资委·分管副主任 收_/);
    expect(transcript).toContain('对您工作的代理已结束（已到期）');
    expect(transcript).toMatch(/\*\*水利厅·王联络员\*\* `\/suggest show 2026-0001`\n\n> 这项操作需要以下角色之一/);
    expect(transcript).toMatch(/2026-03-02：共 \d+ 条；私信最多：\S+ \d+ 条；频道顶层消息最多：\S+ \d+ 条。/);
    expect(output).toMatch(
      /busiest days: \d+ DMs to one person on 2026-\d\d-\d\d, \d+ top-level posts in one channel on 2026-\d\d-\d\d \(budget 3 each\)/,
    );

    // The same transcript as one page that needs nothing beside it: the chart inside it.
    const [, pageFile] = output.match(/page: (.+)\n/) ?? [];
    const page = readFileSync(pageFile!, 'utf8');
    expect(page).toMatch(/^<!DOCTYPE html>/);
    expect(page).toContain('data:image/png;base64,');
    expect(page).toContain('已交办 222 件建议');
    expect(page).not.toMatch(/<script|unsupported block/);
    expect(page).not.toMatch(/\*<b>/);
    expect(output).toMatch(/everything is in .+demo-output/);
  }, 180_000);
});
