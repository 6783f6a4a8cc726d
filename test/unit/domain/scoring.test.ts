import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type RateComponent, rankUnits, rateComponents, scoreBreakdown, scoreOf, type Tally } from '../../../src/domain/scoring.js';
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
      draftsOnTime: null,
      divisionReviewsOnTime: null,
      leaderReviewsOnTime: null,
      headSignoffsOnTime: null,
      repliesOnTime: 0.75,
      feedbackOnTime: null,
      satisfaction: null,
      commitmentsOnTime: null,
    });
  });

  it('gives a unit with nothing due full marks less its overdue nodes, and follows the session’s weights', () => {
    expect(scoreOf(unit({ overdueNodes: 2 }), settings).score).toBe(96);
    const onlyReplies = { ...settings, rankWeightAccepted: 0 };
    expect(scoreOf(unit({ acceptedOnTime: { done: 0, due: 5 }, repliesOnTime: { done: 1, due: 1 } }), onlyReplies).score).toBe(100);
  });

  it('never goes below 0 however many nodes are late (the quarter once printed 省国资委 at −40.0)', () => {
    expect(scoreOf(unit({ acceptedOnTime: { done: 0, due: 11 }, overdueNodes: 70 }), settings).score).toBe(0);
  });
});

describe('rankUnits', () => {
  it('reads sensibly for the demo’s week of 4/20–4/26, once every step counts (it had ranked 商务厅 with one late node first and three idle units 5th–7th)', () => {
    // The week's drafts (初稿, weight 5) were the only steps due; the units' figures as the demo left them.
    const week = [
      unit({ unitId: 1, unitName: '省医保局', draftsOnTime: { done: 28, due: 29 } }),
      unit({ unitId: 2, unitName: '省商务厅', draftsOnTime: { done: 28, due: 30 }, overdueNodes: 1 }),
      unit({ unitId: 3, unitName: '省水利厅', draftsOnTime: { done: 64, due: 79 }, overdueNodes: 6 }),
      unit({ unitId: 4, unitName: '省国资委', draftsOnTime: { done: 7, due: 11 }, overdueNodes: 4 }),
      unit({ unitId: 5, unitName: '省公安厅' }),
    ];
    // 100 × 28/29 = 96.6; 100 × 28/30 − 2 = 91.3; 100 × 64/79 − 12 = 69.0; 100 × 7/11 − 8 = 55.6; nothing due: no rank.
    expect(rankUnits(week, settings).map((u) => [u.metrics.unitName, u.score, u.rank])).toEqual([
      ['省医保局', 96.6, 1],
      ['省商务厅', 91.3, 2],
      ['省水利厅', 69, 3],
      ['省国资委', 55.6, 4],
      ['省公安厅', 100, null],
    ]);
  });

  it('ranks nobody in a week when nothing was due and nothing was late (4/13–4/19 had ranked all seven by name)', () => {
    const idle = ['省高院', '省公安厅', '省民政厅'].map((unitName, i) => unit({ unitId: i + 1, unitName }));
    expect(rankUnits(idle, settings).map((u) => [u.rank, u.change])).toEqual([
      [null, null],
      [null, null],
      [null, null],
    ]);
  });

  it('gives equal scores one rank (1, 1, 3), listed by name, and says how far each moved', () => {
    const ranked = rankUnits(
      [
        unit({ unitId: 1, unitName: '省民政厅', overdueNodes: 1, acceptedOnTime: { done: 1, due: 1 } }), // 98
        unit({ unitId: 2, unitName: '省公安厅', overdueNodes: 0, acceptedOnTime: { done: 49, due: 50 } }), // 98
        unit({ unitId: 3, unitName: '省高院', acceptedOnTime: { done: 2, due: 2 } }), // 100
        unit({ unitId: 4, unitName: '省商务厅', overdueNodes: 2, acceptedOnTime: { done: 1, due: 1 } }), // 96
      ],
      settings,
      new Map([
        [1, 1],
        [3, 4],
      ]),
    );
    expect(ranked.map((u) => [u.metrics.unitName, u.score, u.rank, u.tied, u.change])).toEqual([
      ['省高院', 100, 1, false, 3],
      ['省公安厅', 98, 2, true, null],
      ['省民政厅', 98, 2, true, -1],
      ['省商务厅', 96, 4, false, null],
    ]);
  });

  it('ranks no unit with nothing measured: listed last, by name, without a change', () => {
    const ranked = rankUnits(
      [
        unit({ unitId: 1, unitName: '省国资委', leadAssignments: 11, coAssignments: 9 }),
        unit({ unitId: 2, unitName: '省高院', acceptedOnTime: { done: 0, due: 1 } }),
        unit({ unitId: 3, unitName: '省公安厅' }),
      ],
      settings,
      new Map([[1, 1]]),
    );
    expect(ranked.map((u) => [u.metrics.unitName, u.score, u.rank, u.change])).toEqual([
      ['省高院', 0, 1, null],
      ['省公安厅', 100, null, null],
      ['省国资委', 100, null, null],
    ]);
  });

  it('reads sensibly for the weeks the old ranking got wrong', () => {
    // 4/13–4/19: nothing due anywhere and nothing late: nobody is ranked, nobody moves.
    const quiet = rankUnits(
      ['省高院', '省公安厅', '省民政厅'].map((unitName, i) => unit({ unitId: i + 1, unitName, leadAssignments: 20 })),
      settings,
      new Map([[3, 1]]),
    );
    expect(quiet.map((u) => [u.rank, u.change])).toEqual([
      [null, null],
      [null, null],
      [null, null],
    ]);
    // 4/20–4/26: only late nodes were measured: fewer late nodes rank higher, units with none are not ranked.
    const late = rankUnits(
      [
        unit({ unitId: 1, unitName: '省商务厅', overdueNodes: 1 }),
        unit({ unitId: 2, unitName: '省水利厅', overdueNodes: 6 }),
        unit({ unitId: 3, unitName: '省高院' }),
      ],
      settings,
    );
    expect(late.map((u) => [u.metrics.unitName, u.score, u.rank])).toEqual([
      ['省商务厅', 98, 1],
      ['省水利厅', 88, 2],
      ['省高院', 100, null],
    ]);
    // Five units at 100.0 share the first place.
    const full = rankUnits(
      Array.from({ length: 5 }, (_, i) => unit({ unitId: i + 1, unitName: `单位${i}`, repliesOnTime: { done: 3, due: 3 } })),
      settings,
    );
    expect(full.map((u) => [u.rank, u.tied])).toEqual(Array.from({ length: 5 }, () => [1, true]));
  });

  const tally = fc
    .record({ due: fc.integer({ min: 0, max: 40 }), done: fc.integer({ min: 0, max: 40 }) })
    .map((t) => ({ due: t.due, done: Math.min(t.done, t.due) }));
  const metrics = fc.record({
    ...(Object.fromEntries(rateComponents.map((c) => [c, tally])) as Record<RateComponent, typeof tally>),
    overdueNodes: fc.integer({ min: 0, max: 80 }),
  });
  const rate = (t: Tally) => (t.due === 0 ? 1 : t.done / t.due);

  it('gives 得分明细 figures from which the score is recomputed by hand, the same score the ranking publishes', () => {
    fc.assert(
      fc.property(metrics, (m) => {
        const shown = scoreBreakdown(unit(m), settings);
        // What a liaison does with the modal: Σ weight × done ÷ due over the components that count, ÷ Σ weights, less the deduction.
        const counted = shown.components.filter((c) => c.due > 0 && c.weight > 0);
        expect(shown.components.filter((c) => c.applies)).toEqual(counted);
        const weights = counted.reduce((sum, c) => sum + c.weight, 0);
        const base = weights === 0 ? 100 : (100 * counted.reduce((sum, c) => sum + (c.weight * c.done) / c.due, 0)) / weights;
        // The base as shown, to the hundredth; the score from it to the tenth, a half rounded up.
        const cents = Math.round(Number((base * 100).toFixed(6)));
        expect(shown.base).toBe(cents / 100);
        const kept = Math.min(10000, Math.max(0, cents - 100 * shown.penaltyPerNode * shown.overdueNodes));
        expect(shown.score).toBe(Math.round(kept / 10) / 10);
        // Never further than a rounding from the exact figure.
        expect(Math.abs(shown.score - Math.min(100, Math.max(0, base - shown.penaltyPerNode * shown.overdueNodes)))).toBeLessThan(0.06);
        expect(scoreOf(unit(m), settings).score).toBe(shown.score);
      }),
    );
  });

  it('keeps every score within 0–100', () => {
    fc.assert(
      fc.property(metrics, (m) => {
        const { score } = scoreOf(unit(m), settings);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(100);
      }),
    );
  });

  it('never scores or ranks below another a unit at least as good on every component with no more overdue nodes', () => {
    fc.assert(
      fc.property(metrics, metrics, fc.array(metrics, { maxLength: 6 }), (a, b, others) => {
        // The same steps due, at least as many done on time, no more nodes late.
        const better = { ...b };
        for (const c of rateComponents) better[c] = { due: b[c].due, done: Math.max(b[c].done, Math.min(a[c].done, b[c].due)) };
        better.overdueNodes = Math.min(a.overdueNodes, b.overdueNodes);
        fc.pre(rateComponents.every((c) => rate(better[c]) >= rate(b[c])));
        const ranked = rankUnits(
          [
            unit({ ...b, unitId: 1, unitName: 'A 单位' }),
            unit({ ...better, unitId: 2, unitName: 'Z 单位' }),
            ...others.map((o, i) => unit({ ...o, unitId: 10 + i, unitName: `单位${i}` })),
          ],
          settings,
        );
        const of = (id: number) => ranked.find((u) => u.metrics.unitId === id)!;
        expect(of(2).score).toBeGreaterThanOrEqual(of(1).score);
        if (of(1).rank !== null && of(2).rank !== null) expect(of(2).rank!).toBeLessThanOrEqual(of(1).rank!);
      }),
    );
  });

  it('never lowers a score for one more node done on time', () => {
    fc.assert(
      fc.property(metrics, fc.constantFrom(...rateComponents), (m, component) => {
        fc.pre(m[component].done < m[component].due);
        const more = { ...m, [component]: { ...m[component], done: m[component].done + 1 } };
        expect(scoreOf(unit(more), settings).score).toBeGreaterThanOrEqual(scoreOf(unit(m), settings).score);
      }),
    );
  });

  it('gives the same units the same scores and ranks whatever their order or names', () => {
    fc.assert(
      fc.property(fc.array(metrics, { minLength: 1, maxLength: 8 }), fc.integer({ min: 0, max: 1000 }), (all, seed) => {
        const units = all.map((m, i) => unit({ ...m, unitId: i + 1, unitName: `单位${i}` }));
        const renamed = units.map((u) => ({ ...u, unitName: `改名${(u.unitId * 7919 + seed) % 101}-${u.unitId}` }));
        const shuffled = [...renamed].sort((x, y) => ((x.unitId * 7919 + seed) % 101) - ((y.unitId * 7919 + seed) % 101));
        const standing = (list: typeof units) =>
          Object.fromEntries(rankUnits(list, settings).map((u) => [u.metrics.unitId, [u.score, u.rank, u.tied]]));
        expect(standing(shuffled)).toEqual(standing(units));
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
    });
    expect(rankingPeriodOf('week', '2026-03-08', '2026-01-01').from).toBe('2026-03-02'); // a Sunday closes its week
    expect(rankingPeriodOf('month', '2026-03-31', '2026-01-01')).toEqual({
      kind: 'month',
      from: '2026-03-01',
      to: '2026-03-31',
    });
    expect(rankingPeriodOf('year', '2026-03-05', '2026-01-10')).toEqual({ kind: 'year', from: '2026-01-10', to: '2026-03-05' });
    expect(lastWeekBefore('2026-03-09')).toMatchObject({ from: '2026-03-02', to: '2026-03-08' });
  });
});
