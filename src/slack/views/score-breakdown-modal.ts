import type { KnownBlock, View } from '@slack/types';
import type { Catalog } from '../../i18n/index.js';
import type { UnitScoreBreakdown } from '../../services/reports/read-score-breakdowns.js';
import { actionIds, callbackIds, scoreBreakdownValue } from '../ids.js';
import { button, context, divider, escapeText, formatDate, plainLabel, section } from './format.js';

/** A modal holds 100 blocks: this many units a page, of at most five blocks each, and the page's buttons. */
export const breakdownUnitsShown = 19;

/** The base as the score was computed from it, to the hundredth. */
const figure = (value: number) => value.toFixed(2);

/**
 * 得分明细: for each unit, the components that counted with their figures and weights, those that
 * did not, the weighted mean written out, the deduction for overdue nodes and the score: enough to
 * recompute it by hand (DESIGN §5).
 */
export function scoreBreakdownModal(catalog: Catalog, units: readonly UnitScoreBreakdown[], page = 1): View {
  const words = catalog.breakdown;
  const pages = Math.max(1, Math.ceil(units.length / breakdownUnitsShown));
  const at = Math.min(page, pages);
  const shown = units.slice((at - 1) * breakdownUnitsShown, at * breakdownUnitsShown);
  const turn = (to: number, text: string) => {
    const { from, to: until } = units[0]!;
    return button(text, actionIds.openScoreBreakdown, scoreBreakdownValue(undefined, from, until, to));
  };
  const blocks: KnownBlock[] =
    units.length === 0
      ? [section(words.none)]
      : [
          ...shown.flatMap((unit, i) => [...(i > 0 ? [divider] : []), ...unitBlocks(catalog, unit)]),
          ...(pages > 1
            ? [
                context(words.page(at, pages, units.length)),
                {
                  type: 'actions' as const,
                  elements: [...(at > 1 ? [turn(at - 1, words.previous)] : []), ...(at < pages ? [turn(at + 1, words.next)] : [])],
                },
              ]
            : []),
          context(words.settings),
        ];
  return {
    type: 'modal',
    callback_id: callbackIds.scoreBreakdown,
    title: plainLabel(words.title, 24),
    close: plainLabel(words.close, 24),
    blocks,
  };
}

function unitBlocks(catalog: Catalog, unit: UnitScoreBreakdown): KnownBlock[] {
  const words = catalog.breakdown;
  const { breakdown } = unit;
  const name = (c: (typeof breakdown.components)[number]) => catalog.rank.rateNames[c.component];
  const applying = breakdown.components.filter((c) => c.applies);
  const idle = breakdown.components.filter((c) => !c.applies);
  const terms = applying.map((c) => `${c.weight}×${c.done}/${c.due}`).join(' + ');
  const deduction = breakdown.penaltyPerNode * breakdown.overdueNodes;
  const unclamped = breakdown.base - deduction;
  return [
    section(words.heading(escapeText(unit.unitName), formatDate(catalog, unit.from), formatDate(catalog, unit.to))),
    ...(applying.length > 0 ? [section(applying.map((c) => words.line(name(c), c.done, c.due, c.weight)).join('\n'))] : []),
    ...(idle.length > 0 ? [context(words.notApplying(idle.map(name).join(catalog.listJoin)))] : []),
    section(
      [
        applying.length > 0 ? words.mean(terms, breakdown.weightTotal, figure(breakdown.base)) : words.noneApplies,
        words.deduction(breakdown.overdueNodes, breakdown.penaltyPerNode, deduction),
        words.score(figure(breakdown.base), deduction, breakdown.score.toFixed(1), unclamped < 0 || unclamped > 100),
      ].join('\n'),
    ),
  ];
}
