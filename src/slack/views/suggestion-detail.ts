import type { KnownBlock } from '@slack/types';
import { dateInZone } from '../../domain/calendar-date.js';
import { isLiveAssignment, windowKinds } from '../../domain/vocabulary.js';
import type { SuggestionDetail } from '../../services/show-suggestion.js';
import type { Catalog } from '../i18n/index.js';
import { actionIds, suffixedActionId } from '../ids.js';
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
    const actions = live ? buttonsOf(catalog, assignment, opinionLate) : [];
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
      ...(actions.length > 0 ? [{ type: 'actions', elements: actions } as KnownBlock] : []),
    );
  }
  return { text: heading, blocks: blocks.slice(0, 50) };
}

/**
 * What the person asking can do about one unit's part: accept it, mark each open step done, and
 * (anyone who sees it; the lead unit is who may) chase a late co-opinion with 催办.
 */
function buttonsOf(catalog: Catalog, assignment: SuggestionDetail['assignments'][number], opinionLate: boolean) {
  const accept = !assignment.acceptedAt && assignment.mayAccept ? [button(catalog.button.accept, actionIds.acceptAssignment, assignment.id, 'primary')] : [];
  const steps = assignment.mayComplete
    ? assignment.milestones
        .filter((node) => !node.doneAt && node.kind !== 'accept' && !windowKinds.has(node.kind))
        .map((node) => button(catalog.button.doneStep(catalog.milestoneNames[node.kind]), suffixedActionId(actionIds.completeMilestone, node.id), node.id))
    : [];
  const nudge = opinionLate ? [button(catalog.button.nudge, actionIds.nudgeCoUnit, assignment.id)] : [];
  return [...accept, ...steps, ...nudge];
}
