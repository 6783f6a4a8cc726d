import type { KnownBlock } from '@slack/types';
import { dateInZone } from '../../domain/calendar-date.js';
import { isLiveAssignment, windowKinds } from '../../domain/vocabulary.js';
import type { SuggestionDetail } from '../../services/show-suggestion.js';
import type { Catalog } from '../i18n/index.js';
import { actionIds } from '../ids.js';
import { button, context, divider, escapeText, formatDate, mention, section, type SlackMessage } from './format.js';

/** One suggestion with each unit's nodes: ✅ done, 🔴 overdue, ⚪ open. */
export function suggestionDetailMessage(catalog: Catalog, detail: SuggestionDetail, today: string, timezone: string): SlackMessage {
  const { suggestion } = detail;
  const words = catalog.show;
  const heading = words.heading(suggestion.code, escapeText(suggestion.title));
  const blocks: KnownBlock[] = [
    section(heading),
    context(
      words.facts(
        catalog.statusNames[suggestion.status],
        escapeText(suggestion.leadDeputy),
        formatDate(catalog, suggestion.assignedOn),
        formatDate(catalog, suggestion.internalDueOn),
        formatDate(catalog, suggestion.statutoryDueOn),
      ),
    ),
  ];
  for (const assignment of detail.assignments) {
    const live = isLiveAssignment(assignment.status);
    const acceptance = !live
      ? words.ended
      : assignment.acceptedAt
        ? words.acceptedOn(formatDate(catalog, dateInZone(assignment.acceptedAt, timezone)))
        : words.notAccepted;
    const nodes = assignment.milestones.map((node) => {
      const done = node.doneAt ? dateInZone(node.doneAt, timezone) : undefined;
      const window = windowKinds.has(node.kind);
      const overdue = !done && !window && node.plannedOn < today;
      const mark = window ? '⏳' : done ? '✅' : overdue ? '🔴' : '⚪';
      const state = done ? words.nodeDone(formatDate(catalog, done)) : overdue ? words.nodeOverdue : '';
      return words.node(mark, catalog.milestoneNames[node.kind], formatDate(catalog, node.plannedOn), state);
    });
    const opinionLate = live && assignment.role === 'co' && assignment.milestones.some((n) => n.kind === 'co_opinion' && !n.doneAt && n.plannedOn < today);
    blocks.push(
      divider,
      section(
        [
          words.assignment(
            catalog.assignmentRoleNames[assignment.role],
            escapeText(assignment.unitName),
            assignment.handlerUserId ? mention(assignment.handlerUserId) : catalog.none,
            acceptance,
          ),
          ...(live ? nodes : []),
        ].join('\n'),
      ),
      // 催办: the lead unit chases a co-handling unit whose opinion is late.
      ...(opinionLate ? [nudgeButton(catalog, assignment.id)] : []),
    );
  }
  return { text: heading, blocks: blocks.slice(0, 50) };
}

const nudgeButton = (catalog: Catalog, assignmentId: number): KnownBlock => ({
  type: 'actions',
  elements: [button(catalog.button.nudge, actionIds.nudgeCoUnit, assignmentId)],
});
