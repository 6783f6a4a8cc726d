// The office's figures, counted from ledger rows: each a count out of another, by unit and 领域.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ledgerStatistics, type StatisticsFacts } from '../../../src/ledger/ledger-statistics.js';

const year = { from: '2026-01-01', to: '2026-12-31' };

const facts: StatisticsFacts = {
  suggestions: [
    { id: 1, field: '水利', status: 'closed', assignedOn: '2026-03-02', mergedIntoId: null },
    { id: 2, field: '水利', status: 'replied', assignedOn: '2026-03-02', mergedIntoId: null },
    { id: 3, field: '民政', status: 'in_progress', assignedOn: '2026-03-10', mergedIntoId: null },
    { id: 4, field: '', status: 'evaluated', assignedOn: '2026-04-01', mergedIntoId: null },
  ],
  assignments: [
    { suggestionId: 1, unitName: '省水利厅', role: 'lead', status: 'accepted' },
    { suggestionId: 1, unitName: '省民政厅', role: 'co', status: 'accepted' },
    { suggestionId: 2, unitName: '省水利厅', role: 'lead', status: 'accepted' },
    // Transferred away: the unit that took it over leads it now.
    { suggestionId: 3, unitName: '省水利厅', role: 'lead', status: 'transferred' },
    { suggestionId: 3, unitName: '省民政厅', role: 'lead', status: 'pending' },
    { suggestionId: 4, unitName: '省民政厅', role: 'lead', status: 'accepted' },
    { suggestionId: 4, unitName: '省水利厅', role: 'co', status: 'accepted' },
  ],
  replies: [
    { id: 10, suggestionId: 1, round: 1, replyClass: 'A', status: 'sent', sentOn: '2026-05-20', statutoryDueOn: '2026-06-02' },
    // Late, then a second round after 不满意: the latest reply's class counts, the first one's date.
    { id: 20, suggestionId: 2, round: 1, replyClass: 'C', status: 'sent', sentOn: '2026-06-05', statutoryDueOn: '2026-06-02' },
    { id: 21, suggestionId: 2, round: 2, replyClass: 'B', status: 'sent', sentOn: '2026-07-01', statutoryDueOn: '2026-07-05' },
    { id: 30, suggestionId: 3, round: 1, replyClass: 'A', status: 'draft', sentOn: null, statutoryDueOn: null },
    // Sent before its deadline was recorded: replied, but not counted for or against 按期.
    { id: 40, suggestionId: 4, round: 1, replyClass: 'B', status: 'sent', sentOn: '2026-06-20', statutoryDueOn: null },
  ],
  verdicts: [
    { suggestionId: 1, round: 1, verdict: 'satisfied' },
    { suggestionId: 2, round: 1, verdict: 'dissatisfied' },
    { suggestionId: 2, round: 2, verdict: 'basically_satisfied' },
    { suggestionId: 4, round: 1, verdict: 'basically_satisfied' },
  ],
  commitments: [
    { replyId: 21, writtenOffAt: new Date('2026-08-01T00:00:00Z') },
    { replyId: 40, writtenOffAt: null },
    { replyId: 40, writtenOffAt: new Date('2026-09-01T00:00:00Z') },
  ],
};

describe('ledgerStatistics', () => {
  it('counts a merged suggestion (并案) once for the workload, on its main one, and its deputy’s verdict on its own code', () => {
    const withMerged: StatisticsFacts = {
      ...facts,
      // 5 was merged into 1: its own assignments ended; the shared reply was recorded on it too.
      suggestions: [...facts.suggestions, { id: 5, field: '水利', status: 'closed', assignedOn: '2026-03-02', mergedIntoId: 1 }],
      assignments: [...facts.assignments, { suggestionId: 5, unitName: '省水利厅', role: 'lead', status: 'merged' }],
      replies: [
        ...facts.replies,
        { id: 50, suggestionId: 5, round: 1, replyClass: 'A', status: 'sent', sentOn: '2026-05-20', statutoryDueOn: '2026-06-02' },
      ],
      verdicts: [...facts.verdicts, { suggestionId: 5, round: 1, verdict: 'dissatisfied' }],
    };
    const before = ledgerStatistics(facts, year);
    const after = ledgerStatistics(withMerged, year);
    expect({ ...after.total, satisfied: before.total.satisfied }).toEqual(before.total);
    expect(after.total.satisfied).toEqual({ count: 3, of: 4 });
    const water = (stats: typeof after) => stats.byUnit.find((u) => u.unitName === '省水利厅')!.figures;
    expect(water(after).lead).toBe(water(before).lead);
    expect(water(after).satisfied.of).toBe(water(before).satisfied.of + 1);
    // Narrowed to the unit, it is the unit's through its main one.
    expect(ledgerStatistics(withMerged, { ...year, unitName: '省水利厅' }).total.satisfied.of).toBe(water(after).satisfied.of);
  });

  it('counts every figure out of what it is a share of, in all, by unit and by 领域', () => {
    const stats = ledgerStatistics(facts, year);
    expect(stats.total).toEqual({
      lead: 4,
      co: 2,
      replied: { count: 3, of: 4 },
      onTime: { count: 1, of: 2 },
      closed: { count: 1, of: 4 },
      classes: { A: { count: 1, of: 3 }, B: { count: 2, of: 3 }, C: { count: 0, of: 3 }, D: { count: 0, of: 3 } },
      satisfied: { count: 3, of: 3 },
      promisesKept: { count: 2, of: 3 },
    });
    expect(stats.byUnit.map((u) => [u.unitName, u.figures.lead, u.figures.co, u.figures.replied])).toEqual([
      ['省民政厅', 2, 1, { count: 1, of: 2 }],
      ['省水利厅', 2, 1, { count: 2, of: 2 }],
    ]);
    expect(stats.byField.map((f) => [f.field, f.figures.lead, f.figures.co])).toEqual([
      ['', 1, 1],
      ['民政', 1, 0],
      ['水利', 2, 1],
    ]);
  });

  it('narrows to a unit, a 领域 or a period of assignment', () => {
    const water = ledgerStatistics(facts, { ...year, unitName: '省水利厅' });
    expect(water.byUnit.map((u) => u.unitName)).toEqual(['省水利厅']);
    // Its suggestions led, and its co-handling of another's.
    expect([water.total.lead, water.total.co]).toEqual([2, 1]);
    const welfare = ledgerStatistics(facts, { ...year, field: '民政' });
    expect(welfare.total.lead).toBe(1);
    expect(welfare.byUnit.map((u) => [u.unitName, u.figures.lead])).toEqual([['省民政厅', 1]]);
    const march = ledgerStatistics(facts, { from: '2026-03-01', to: '2026-03-31' });
    expect(march.total.lead).toBe(3);
  });

  it('adds up: the units’ and the 领域’s figures make the total', () => {
    const verdict = fc.constantFrom('satisfied', 'basically_satisfied', 'dissatisfied') as fc.Arbitrary<'satisfied'>;
    const suggestion = fc.record({
      field: fc.constantFrom('', '水利', '民政', '交通'),
      lead: fc.constantFrom('甲', '乙', '丙'),
      co: fc.subarray(['甲', '乙', '丙']),
      sent: fc.option(
        fc.record({
          on: fc.integer({ min: 1, max: 28 }),
          due: fc.option(fc.integer({ min: 1, max: 28 })),
          cls: fc.constantFrom('A', 'B', 'C'),
        }),
      ),
      verdict: fc.option(verdict),
      promises: fc.array(fc.boolean(), { maxLength: 3 }),
      closed: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(suggestion, { maxLength: 30 }), (drawn) => {
        const built: StatisticsFacts = {
          suggestions: drawn.map((s, i) => ({
            id: i + 1,
            field: s.field,
            status: s.closed ? 'closed' : 'replied',
            assignedOn: '2026-03-02',
            mergedIntoId: null,
          })),
          assignments: drawn.flatMap((s, i) => [
            { suggestionId: i + 1, unitName: s.lead, role: 'lead' as const, status: 'accepted' as const },
            ...s.co
              .filter((u) => u !== s.lead)
              .map((unitName) => ({ suggestionId: i + 1, unitName, role: 'co' as const, status: 'accepted' as const })),
          ]),
          replies: drawn.flatMap((s, i) =>
            s.sent
              ? [
                  {
                    id: i + 1,
                    suggestionId: i + 1,
                    round: 1,
                    replyClass: s.sent.cls as 'A',
                    status: 'sent' as const,
                    sentOn: `2026-06-${String(s.sent.on).padStart(2, '0')}`,
                    statutoryDueOn: s.sent.due === null ? null : `2026-06-${String(s.sent.due).padStart(2, '0')}`,
                  },
                ]
              : [],
          ),
          verdicts: drawn.flatMap((s, i) => (s.verdict ? [{ suggestionId: i + 1, round: 1, verdict: s.verdict }] : [])),
          commitments: drawn.flatMap((s, i) =>
            s.sent?.cls === 'B' ? s.promises.map((kept) => ({ replyId: i + 1, writtenOffAt: kept ? new Date() : null })) : [],
          ),
        };
        const stats = ledgerStatistics(built, year);
        for (const parts of [stats.byUnit, stats.byField]) {
          const sum = (pick: (f: (typeof parts)[number]['figures']) => number) => parts.reduce((n, p) => n + pick(p.figures), 0);
          expect(sum((f) => f.lead)).toBe(stats.total.lead);
          expect(sum((f) => f.co)).toBe(stats.total.co);
          expect(sum((f) => f.replied.count)).toBe(stats.total.replied.count);
          expect(sum((f) => f.onTime.count)).toBe(stats.total.onTime.count);
          expect(sum((f) => f.onTime.of)).toBe(stats.total.onTime.of);
          expect(sum((f) => f.satisfied.of)).toBe(stats.total.satisfied.of);
          expect(sum((f) => f.promisesKept.of)).toBe(stats.total.promisesKept.of);
        }
        for (const share of Object.values(stats.total.classes)) expect(share.of).toBe(stats.total.replied.count);
      }),
      { numRuns: 100 },
    );
  });
});
