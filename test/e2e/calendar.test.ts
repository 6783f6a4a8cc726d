// The office's own working calendar, through /suggest calendar.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, calendarOverrides } from '../../src/db/schema.js';
import { queueDailyReminders } from '../../src/services/reports/queue-daily-reminders.js';
import { rowCount } from '../support/fixtures.js';
import { type Harness, startHarness } from '../support/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ supervisors: ['USUP'] });
});
afterAll(async () => {
  await h?.close();
});

describe('/suggest calendar', () => {
  it('lets a supervisor set, list and remove a day, each audited, and the jobs follow it', async () => {
    const set = await h.command('USUP', 'calendar add 2026-03-05 holiday 本单位停电检修');
    expect(set.body.text).toBe('已将 2026-03-05 设为休息日（国家公布的日历为工作日）。已排定的时间节点不变；此后新排定的节点按此计算。');
    expect(await queueDailyReminders(h.db, new Date('2026-03-05T01:00:00Z'), 'Asia/Shanghai')).toEqual({
      day: '2026-03-05',
      restDay: true,
    });

    await h.command('USUP', '工作日历 添加 2026-03-07 工作日');
    const listed = await h.command('USTRANGER', 'calendar list');
    expect(listed.body.text).toBe('督办室设置的工作日历调整 · 共 2 天');
    expect(JSON.stringify(listed.body.blocks)).toContain(
      '2026-03-05 · 休息日（公布为工作日） · 本单位停电检修\\n2026-03-07 · 工作日（公布为休息日）',
    );

    const removed = await h.command('USUP', 'calendar remove 2026-03-05');
    expect(removed.body.text).toBe('已取消 2026-03-05 的调整，它重新按国家公布的日历计为工作日。');
    expect(await rowCount(h.db, calendarOverrides)).toBe(1);
    const audited = (await h.db.select().from(auditEvents)).filter((event) => event.entity === 'calendar_day').map((event) => event.action);
    expect(audited).toEqual(['calendar.set', 'calendar.set', 'calendar.remove']);
  });

  it('refuses anyone but a supervisor, and bad input, privately and changing nothing', async () => {
    const before = await rowCount(h.db, calendarOverrides);
    const cases: Array<[string, string, RegExp]> = [
      ['UWLIA', 'calendar add 2026-04-01 holiday', /需要以下角色之一：督办室/],
      ['USUP', 'calendar add 2026-02-30 holiday', /`2026-02-30` 不是有效日期/],
      ['USUP', 'calendar add 2026-04-01 weekend', /`weekend` 不是日子的类型/],
      ['USUP', 'calendar remove 2026-04-02', /2026-04-02 没有督办室设置的调整/],
      ['USUP', 'calendar drop 2026-04-01', /用法：`\/suggest calendar add/],
    ];
    for (const [user, text, says] of cases) {
      const answer = await h.command(user, text);
      expect(answer.body.response_type).toBe('ephemeral');
      expect(answer.body.text).toMatch(says);
    }
    expect(await rowCount(h.db, calendarOverrides)).toBe(before);
  });
});
