import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en.js';
import { zhCN } from '../../../src/i18n/zh-CN.js';
import { transferDecisionAnswer } from '../../../src/slack/views/transfer-notices.js';
import { evaluatedAnswer } from '../../../src/slack/views/verdict-notices.js';

const sharedDays = [
  { on: '2026-05-09', kinds: ['division_review' as const, 'leader_review' as const] },
  { on: '2026-05-12', kinds: ['head_signoff' as const, 'reply' as const] },
];
const said =
  '办理时间较短，节点已按顺序压缩，部分节点只能同日完成：处室把关、分管领导审核同在 5月9日（周六，调休上班）；主要领导签发、答复同在 5月12日（周二）。';

describe('steps that share a day, told to the office that made the plan', () => {
  it('follow the answer to a transfer the office decided', () => {
    const result = { code: '2026-0101', fromUnitName: '省民政厅', toUnitName: '省水利厅', notified: 3 };
    expect(transferDecisionAnswer(zhCN, { ...result, sharedDays })).toContain(said);
    expect(transferDecisionAnswer(zhCN, { ...result, sharedDays: [] })).not.toContain('同日');
    expect(transferDecisionAnswer(en, { ...result, sharedDays })).toContain('some share a day');
  });

  it('follow the answer to a 不满意 that opened a short round', () => {
    const result = {
      code: '2026-0002',
      unitName: '省水利厅',
      verdict: 'dissatisfied' as const,
      outcome: 'reopened' as const,
      round: 2,
      statutoryDueOn: '2026-05-31',
      internalDueOn: '2026-05-12',
      openCommitments: 0,
    };
    expect(evaluatedAnswer(zhCN, { ...result, sharedDays }).text).toContain(said);
    expect(evaluatedAnswer(zhCN, { ...result, sharedDays }).text).toContain('答复期限 5月31日（周日，法定期限为休息日）');
    expect(evaluatedAnswer(zhCN, { ...result, sharedDays: [] }).text).not.toContain('同日');
  });
});
