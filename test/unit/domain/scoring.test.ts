import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankUnits, rateComponents, scoreOf, type Tally, type UnitMetrics } from '../../../src/domain/scoring.js';
import { defaultSessionSettings } from '../../../src/domain/settings.js';
import { unitMetrics } from '../../support/fixtures.js';

const settings = defaultSessionSettings();
const unit = unitMetrics;

describe('scoreOf', () => {
  it('is the weighted mean of the rates that apply, out of 100, minus the penalty per overdue node', () => {
    // accepted 1/2 (weight 10), replies 3/4 (weight 35): (10·0.5 + 35·0.75) / 45 = 69.44…; 3 overdue nodes cost 6.
    const scored = scoreOf(unit({ acceptedOnTime: { done: 1, due: 2 }, repliesOnTime: { done: 3, due: 4 }, overdueNodes: 3 }), settings);
    expect(scored.score).toBe(63.4);
    expect(scored.rates).toEqual({
      acceptedOnTime: 0.5,
      preContact: null,
      coOpinionsOnTime: null,
      repliesOnTime: 0.75,
      satisfaction: null,
      commitmentsOnTime: null,
    });
  });

  it('gives a unit with nothing due full marks less its overdue nodes, and follows the session’s weights', () => {
    expect(scoreOf(unit({ overdueNodes: 2 }), settings).score).toBe(96);
    const onlyReplies = { ...settings, rankWeightAccepted: 0 };
    expect(scoreOf(unit({ acceptedOnTime: { done: 0, due: 5 }, repliesOnTime: { done: 1, due: 1 } }), onlyReplies).score).toBe(100);
  });
});

describe('rankUnits', () => {
  it('breaks ties on fewer overdue nodes, then on the name, and says how far each moved', () => {
    const ranked = rankUnits(
      [
        unit({ unitId: 1, unitName: '省民政厅', overdueNodes: 1, acceptedOnTime: { done: 1, due: 1 } }), // 98
        unit({ unitId: 2, unitName: '省公安厅', overdueNodes: 0, acceptedOnTime: { done: 49, due: 50 } }), // 98
        unit({ unitId: 3, unitName: '省高院' }), // 100
        unit({ unitId: 4, unitName: '省商务厅', overdueNodes: 1, acceptedOnTime: { done: 1, due: 1 } }), // 98
      ],
      settings,
      new Map([
        [1, 1],
        [3, 4],
      ]),
    );
    expect(ranked.map((u) => [u.metrics.unitName, u.score, u.rank, u.change])).toEqual([
      ['省高院', 100, 1, 3],
      ['省公安厅', 98, 2, null],
      ['省商务厅', 98, 3, null],
      ['省民政厅', 98, 4, -3],
    ]);
  });

  it('puts units with nothing to be measured on after those with work, whatever their full marks', () => {
    const ranked = rankUnits(
      [
        unit({ unitId: 1, unitName: '省国资委', leadAssignments: 0, coAssignments: 0 }),
        unit({ unitId: 2, unitName: '省高院', acceptedOnTime: { done: 0, due: 1 } }),
      ],
      settings,
    );
    expect(ranked.map((u) => [u.metrics.unitName, u.score, u.rank])).toEqual([
      ['省高院', 0, 1],
      ['省国资委', 100, 2],
    ]);
  });

  const tally = fc
    .record({ due: fc.integer({ min: 1, max: 40 }), done: fc.integer({ min: 0, max: 40 }) })
    .map((t) => ({ due: t.due, done: Math.min(t.done, t.due) }));
  const metrics = fc.record({
    acceptedOnTime: tally,
    preContact: tally,
    coOpinionsOnTime: tally,
    repliesOnTime: tally,
    satisfaction: tally,
    commitmentsOnTime: tally,
    overdueNodes: fc.integer({ min: 0, max: 30 }),
  });

  it('never ranks lower a unit that does better on every component', () => {
    fc.assert(
      fc.property(metrics, metrics, fc.array(metrics, { maxLength: 6 }), (a, b, others) => {
        // Make a at least as good as b everywhere, and strictly better in one rate at least.
        const better = { ...a };
        for (const c of rateComponents) {
          const [ra, rb] = [a[c].done / a[c].due, b[c].done / b[c].due];
          better[c] = ra >= rb ? a[c] : b[c];
        }
        better.overdueNodes = Math.min(a.overdueNodes, b.overdueNodes);
        const improved = rateComponents.find((c) => better[c].done < better[c].due);
        if (improved) better[improved] = { ...better[improved], done: better[improved].due };
        const rate = (t: Tally) => t.done / t.due;
        fc.pre(rateComponents.some((c) => rate(better[c]) > rate(b[c])) || better.overdueNodes < b.overdueNodes);
        const ranked = rankUnits(
          [
            unit({ ...b, unitId: 1, unitName: 'A 单位' }),
            unit({ ...better, unitId: 2, unitName: 'Z 单位' }),
            ...others.map((o, i) => unit({ ...o, unitId: 10 + i, unitName: `单位${i}` })),
          ],
          settings,
        );
        const rankOf = (id: number) => ranked.find((u) => u.metrics.unitId === id)!.rank;
        expect(rankOf(2)).toBeLessThan(rankOf(1));
      }),
    );
  });

  it('ranks the same units the same whatever order they come in', () => {
    fc.assert(
      fc.property(fc.array(metrics, { minLength: 1, maxLength: 8 }), fc.integer({ min: 0, max: 1000 }), (all, seed) => {
        const units = all.map((m, i) => unit({ ...m, unitId: i + 1, unitName: `单位${i}` }));
        const shuffled = [...units].sort((x, y) => ((x.unitId * 7919 + seed) % 101) - ((y.unitId * 7919 + seed) % 101));
        const order = (list: UnitMetrics[]) => rankUnits(list, settings).map((u) => u.metrics.unitId);
        expect(order(shuffled)).toEqual(order(units));
      }),
    );
  });
});

describe('rankingPeriodOf', () => {
  it('gives the week from Monday, the month from its first, and the session to date, each with the one before', async () => {
    const { rankingPeriodOf, lastWeekBefore } = await import('../../../src/domain/ranking-period.js');
    expect(rankingPeriodOf('week', '2026-03-05', '2026-01-01')).toEqual({
      kind: 'week',
      from: '2026-03-02',
      to: '2026-03-08',
      previous: { from: '2026-02-23', to: '2026-03-01' },
    });
    expect(rankingPeriodOf('week', '2026-03-08', '2026-01-01').from).toBe('2026-03-02'); // a Sunday closes its week
    expect(rankingPeriodOf('month', '2026-03-31', '2026-01-01')).toEqual({
      kind: 'month',
      from: '2026-03-01',
      to: '2026-03-31',
      previous: { from: '2026-02-01', to: '2026-02-28' },
    });
    expect(rankingPeriodOf('year', '2026-03-05', '2026-01-10')).toEqual({ kind: 'year', from: '2026-01-10', to: '2026-03-05' });
    expect(lastWeekBefore('2026-03-09')).toMatchObject({ from: '2026-03-02', to: '2026-03-08' });
  });
});
