import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../src/services/imports/read-import-table.js';
import { isSurveyHeader, readSurveyTable } from '../../../src/services/imports/read-survey-table.js';

const header = ['序号', '编号', '评价', '意见', '沟通情况', '办理态度', '办理结果'];
const read = (...rows: Cell[][]) => {
  const table = readSurveyTable([header, ...rows]);
  if (!table.ok) throw new Error('headers not read');
  return table;
};

describe('telling a 征询意见表 from a 交办清单', () => {
  it('by its headers: a verdict column and no lead unit column', () => {
    expect(isSurveyHeader(header)).toBe(true);
    expect(isSurveyHeader(['建议编号', '代表评价'])).toBe(true);
    expect(isSurveyHeader(['code', 'Verdict', 'Comments'])).toBe(true);
    expect(isSurveyHeader(['编号', '标题', '主办单位'])).toBe(false);
    // A 交办清单 with a column of its own notes headed 评价 stays a 交办清单.
    expect(isSurveyHeader(['编号', '标题', '主办单位', '评价'])).toBe(false);
    expect(isSurveyHeader([])).toBe(false);
  });
});

describe('reading a 征询意见表', () => {
  it('reads each row’s verdict, the deputy’s words and the aspects answered, and says which headers it ignores', () => {
    const table = read(
      ['1', '2026-0001', '满意', '  办理及时 ', '满意', '', '基本满意'],
      ['2', '2026-0002', ' 不满意', '', '', '', ''],
      [],
      ['', '', '', '', '', '', ''],
    );
    expect(table).toEqual({
      ok: true,
      rows: [
        {
          line: 2,
          code: '2026-0001',
          verdict: 'satisfied',
          note: '办理及时',
          aspects: { communication: 'satisfied', result: 'basically_satisfied' },
        },
        { line: 3, code: '2026-0002', verdict: 'dissatisfied', note: '', aspects: {} },
      ],
      problems: [],
      unknownHeaders: ['序号'],
    });
  });

  it('names each row it cannot read, with its line: a missing code or verdict, a bad code, a verdict not one of the three, a code twice, words too long', () => {
    const { rows, problems } = read(
      ['1', '', '满意'],
      ['2', '2026-0003', ''],
      ['3', '2026 0004', '满意'],
      ['4', '2026-0005', '很好'],
      ['5', '2026-0006', '满意', '', '', '一般'],
      ['6', '2026-0007', '满意'],
      ['7', '2026-0007', '不满意'],
      ['8', '2026-0008', '不满意', '很'.repeat(2001)],
    );
    expect(rows.map((row) => row.code)).toEqual(['2026-0007']);
    expect(problems).toEqual([
      { line: 2, code: '', problem: { kind: 'missing', column: 'code' } },
      { line: 3, code: '2026-0003', problem: { kind: 'missing', column: 'verdict' } },
      { line: 4, code: '2026 0004', problem: { kind: 'bad_code', given: '2026 0004' } },
      { line: 5, code: '2026-0005', problem: { kind: 'bad_verdict', column: 'verdict', given: '很好' } },
      { line: 6, code: '2026-0006', problem: { kind: 'bad_verdict', column: 'attitude', given: '一般' } },
      { line: 8, code: '2026-0007', problem: { kind: 'duplicate_in_file', firstLine: 7 } },
      { line: 9, code: '2026-0008', problem: { kind: 'note_too_long', length: 2001, limit: 2000 } },
    ]);
  });

  it('reads the round a row answers when the table keeps it, as a number or as 第 N 轮', () => {
    const table = readSurveyTable([
      ['编号', '轮次', '评价'],
      ['2026-0001', '2', '满意'],
      ['2026-0002', '第 1 轮', '满意'],
      ['2026-0003', '', '满意'],
      ['2026-0004', '二', '满意'],
    ]);
    if (!table.ok) throw new Error('headers not read');
    expect(table.rows.map((row) => [row.code, row.round])).toEqual([
      ['2026-0001', 2],
      ['2026-0002', 1],
      ['2026-0003', undefined],
    ]);
    expect(table.problems).toEqual([{ line: 5, code: '2026-0004', problem: { kind: 'bad_round', given: '二' } }]);
  });

  it('takes a code once for each round it names, and a row without a round as the current round, which no other row may name', () => {
    const table = readSurveyTable([
      ['编号', '轮次', '评价'],
      ['2026-0001', '1', '不满意'],
      ['2026-0001', '2', '满意'],
      ['2026-0001', '第 2 轮', '满意'],
      ['2026-0001', '', '满意'],
      ['2026-0002', '', '满意'],
      ['2026-0002', '3', '满意'],
    ]);
    if (!table.ok) throw new Error('headers not read');
    expect(table.rows.map((row) => [row.code, row.round])).toEqual([
      ['2026-0001', 1],
      ['2026-0001', 2],
      ['2026-0002', undefined],
    ]);
    expect(table.problems.map(({ line, problem }) => [line, problem])).toEqual([
      [4, { kind: 'duplicate_in_file', firstLine: 3 }],
      [5, { kind: 'duplicate_in_file', firstLine: 2 }],
      [7, { kind: 'duplicate_in_file', firstLine: 6 }],
    ]);
  });

  it('refuses a table without a code column', () => {
    expect(readSurveyTable([['评价', '意见']])).toEqual({ ok: false, missingColumns: ['code'], unknownHeaders: [] });
  });
});
