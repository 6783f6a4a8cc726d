import { describe, expect, it } from 'vitest';
import { type Cell, readImportTable } from '../../../src/services/imports/read-import-table.js';

const header = ['编号', '标题', '领衔代表', '附议代表', '领域', '主办单位', '会办单位', '经办人', '法定答复期限'];
const row = (over: Partial<Record<(typeof header)[number], Cell>> = {}): Cell[] => {
  const base: Record<string, Cell> = {
    编号: '2026-0001',
    标题: '关于河湖长制的建议',
    领衔代表: '张三',
    附议代表: '李四、王五',
    领域: '水利',
    主办单位: '水利厅',
    会办单位: '民政厅，国资委',
    经办人: 'U01HAN',
    法定答复期限: '2026-06-30',
  };
  return header.map((h) => (h in over ? over[h] : base[h]));
};
const read = (...rows: Cell[][]) => {
  const table = readImportTable([header, ...rows]);
  if (!table.ok) throw new Error('headers not read');
  return table;
};

describe('reading a 交办清单', () => {
  it('reads each row with its line, lists split on the separators offices use', () => {
    const { rows, problems } = read(row());
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      {
        line: 2,
        code: '2026-0001',
        title: '关于河湖长制的建议',
        leadDeputy: '张三',
        coSigners: ['李四', '王五'],
        field: '水利',
        lead: '水利厅',
        co: ['民政厅', '国资委'],
        handler: { userId: 'U01HAN' },
        dueOn: '2026-06-30',
      },
    ]);
  });

  it('takes English headers, headers in any order with extra spaces, and leaves optional columns out', () => {
    const table = readImportTable([
      ['Lead unit', ' Code ', 'title', 'Due date'],
      ['水利厅', 'A-1', 'x', '2026/7/1'],
    ]);
    expect(table).toMatchObject({
      ok: true,
      rows: [{ code: 'A-1', lead: '水利厅', co: [], handler: null, dueOn: '2026-07-01', coSigners: [] }],
    });
  });

  it('takes every header the form and the English catalog name, and keeps the headers it does not know for the preview', () => {
    const table = readImportTable([
      ['code', 'title', 'lead deputy', 'co-signers', 'field', 'lead unit', 'co-handling units', 'handler', 'statutory due date', '备注'],
      ['A-1', 'x', '张三', '李四', '水利', '水利厅', '民政厅', 'U01HAN', '2026-07-01', '加急'],
    ]);
    expect(table).toMatchObject({
      ok: true,
      rows: [
        {
          code: 'A-1',
          leadDeputy: '张三',
          coSigners: ['李四'],
          field: '水利',
          lead: '水利厅',
          co: ['民政厅'],
          handler: { userId: 'U01HAN' },
          dueOn: '2026-07-01',
        },
      ],
      unknownHeaders: ['备注'],
    });
  });

  it('reads a workbook’s date cells, 2026年6月30日, a mention, an e-mail, and no date at all', () => {
    const { rows } = read(
      row({ 法定答复期限: new Date(Date.UTC(2026, 5, 30)) }),
      row({ 编号: 'B', 法定答复期限: '2026年6月30日', 经办人: '<@U02ABC|zhang>' }),
      row({ 编号: 'C', 法定答复期限: '', 经办人: 'Zhang.San@Gov.CN' }),
    );
    expect(rows.map((r) => [r.dueOn, r.handler])).toEqual([
      ['2026-06-30', { userId: 'U01HAN' }],
      ['2026-06-30', { userId: 'U02ABC' }],
      [null, { email: 'zhang.san@gov.cn' }],
    ]);
  });

  it('gives every bad row its line and why, and skips blank lines', () => {
    const { rows, problems } = read(
      row({ 标题: '' }),
      row({ 编号: '' }),
      header.map(() => ''),
      row({ 编号: '2026 0002' }),
      row({ 编号: 'D-1', 法定答复期限: '2026-02-30' }),
      row({ 编号: 'D-2', 经办人: '张三' }),
      row({ 编号: 'D-3', 主办单位: ' ' }),
      row({ 编号: 'D-4' }),
      row({ 编号: 'D-4', 标题: '重复' }),
    );
    expect(problems).toEqual([
      { line: 2, code: '2026-0001', problem: { kind: 'missing', column: 'title' } },
      { line: 3, code: '', problem: { kind: 'missing', column: 'code' } },
      { line: 5, code: '2026 0002', problem: { kind: 'bad_code', given: '2026 0002' } },
      { line: 6, code: 'D-1', problem: { kind: 'bad_date', given: '2026-02-30' } },
      { line: 7, code: 'D-2', problem: { kind: 'bad_handler', given: '张三' } },
      { line: 8, code: 'D-3', problem: { kind: 'missing', column: 'lead' } },
      { line: 10, code: 'D-4', problem: { kind: 'duplicate_in_file', firstLine: 9 } },
    ]);
    expect(rows.map((r) => r.line)).toEqual([9]);
  });

  it('refuses a table without the columns it needs, naming them', () => {
    expect(
      readImportTable([
        ['编号', '备注'],
        ['A-1', 'x'],
      ]),
    ).toEqual({ ok: false, missingColumns: ['title', 'lead'], unknownHeaders: ['备注'] });
    expect(readImportTable([])).toMatchObject({ ok: false, missingColumns: ['code', 'title', 'lead'] });
  });
});
