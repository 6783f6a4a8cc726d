import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en.js';
import { zhCN } from '../../../src/i18n/zh-CN.js';
import type { ImportOutcome } from '../../../src/services/imports/import-suggestions.js';
import { importPreviewModal } from '../../../src/slack/views/import-modal.js';
import { importDuplicateLines, importUnitLines } from '../../../src/slack/views/import-report.js';
import { expectValidView } from './fixtures.js';

const outcome = (over: Partial<ImportOutcome> = {}): ImportOutcome => ({
  assigned: 8,
  refused: [],
  written: false,
  units: [{ name: '省水利厅', lead: 8, co: 0 }],
  likelyDuplicates: [],
  sharedDays: [],
  ...over,
});

type Block = { type: string; text?: { text: string }; elements?: Array<{ text: string }> };
const textsOf = (blocks: readonly Block[]) => blocks.map((block) => block.text?.text ?? block.elements?.map((e) => e.text).join(''));

describe('importDuplicateLines', () => {
  it('says nothing when no title is like another', () => {
    expect(importDuplicateLines(zhCN, outcome())).toEqual([]);
  });

  it('lists a group a line, with the codes like its first row, and says that nothing is merged', () => {
    const lines = importDuplicateLines(
      zhCN,
      outcome({
        likelyDuplicates: [
          { code: '2026-0031', similar: ['2026-0007', '2026-0102'] },
          { code: '2026-0032', similar: ['2026-0104'] },
        ],
      }),
    );
    expect(lines).toEqual([
      '可能重复：2026-0031 与 2026-0007、2026-0102 标题相近',
      '可能重复：2026-0032 与 2026-0104 标题相近',
      '以上只是提示：标题相近的建议照常交办，不会自动合并。确属同一事项的，导入后可用 `/suggest merge <编号> into <编号>` 并案办理。',
    ]);
  });

  it('lists a few groups and a few codes of each, counting the rest', () => {
    const codes = (from: number, count: number) => Array.from({ length: count }, (_, i) => `2026-${String(from + i).padStart(4, '0')}`);
    const groups = codes(100, 8).map((code, i) => ({ code, similar: codes(200 + i * 20, i === 0 ? 12 : 1) }));
    const lines = importDuplicateLines(zhCN, outcome({ likelyDuplicates: groups }));
    expect(lines).toHaveLength(7);
    expect(lines[0]).toBe('可能重复：2026-0100 与 2026-0200、2026-0201、2026-0202、2026-0203、2026-0204 等 12 件标题相近');
    expect(lines[1]).toBe('可能重复：2026-0101 与 2026-0220 标题相近');
    expect(lines[5]).toBe('另有 3 组未列出');
    expect(importDuplicateLines(en, outcome({ likelyDuplicates: groups }))[5]).toBe('3 more groups not listed');
  });
});

describe('importPreviewModal', () => {
  it('puts the likely duplicates after what each unit is given, before the note', () => {
    const shown = outcome({ likelyDuplicates: [{ code: '2026-0031', similar: ['2026-0007'] }] });
    const view = importPreviewModal(zhCN, '共 8 行：8 件可以交办。', importUnitLines(zhCN, shown), '{}', {
      asideLines: importDuplicateLines(zhCN, shown),
    });
    expect(textsOf(view.blocks as Block[])).toEqual([
      '共 8 行：8 件可以交办。',
      '省水利厅：主办 8 件，会办 0 件',
      `可能重复：2026-0031 与 2026-0007 标题相近\n${zhCN.import.likelyDuplicatesNote}`,
      zhCN.import.confirmNote,
    ]);
  });

  it('stays within a modal’s limits with a province’s units and many groups of the longest codes', () => {
    const code = (n: number) => `${'X'.repeat(28)}${String(n).padStart(4, '0')}`;
    const shown = outcome({
      units: Array.from({ length: 200 }, (_, i) => ({ name: `省直单位${'名'.repeat(40)}${i}`, lead: 25, co: 3 })),
      likelyDuplicates: Array.from({ length: 400 }, (_, i) => ({ code: code(i), similar: Array.from({ length: 50 }, (_, j) => code(j)) })),
    });
    for (const catalog of [zhCN, en]) {
      const aside = importDuplicateLines(catalog, shown);
      const view = importPreviewModal(catalog, 'summary', importUnitLines(catalog, shown), '{}', { asideLines: aside });
      expectValidView('modal', view);
      // None of the aside is cut, however many units come before it.
      expect(textsOf(view.blocks as Block[])).toContain(aside.join('\n'));
    }
  });
});
