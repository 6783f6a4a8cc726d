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
    const actions = live ? buttonsOf(catalog, assignment, today, opinionLate) : [];
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
 * What the person asking can do about one unit's part: accept it, mark its steps at hand done, and
 * (anyone who sees it; the lead unit is who may) chase a late co-opinion with 催办.
 */
function buttonsOf(catalog: Catalog, assignment: SuggestionDetail['assignments'][number], today: string, opinionLate: boolean) {
  const accept = !assignment.acceptedAt && assignment.mayAccept ? [button(catalog.button.accept, actionIds.acceptAssignment, assignment.id, 'primary')] : [];
  // The steps at hand: every late one, and the next one due. Steps months away get their button
  // when they come near (a line of buttons for the whole plan would bury the one that matters).
  const open = assignment.milestones.filter((node) => !node.doneAt && node.kind !== 'accept' && !windowKinds.has(node.kind));
  const late = open.filter((node) => node.plannedOn < today);
  const next = open.find((node) => node.plannedOn >= today);
  const steps = assignment.mayComplete
    ? [...late, ...(next ? [next] : [])].map((node) =>
        button(catalog.button.doneStep(catalog.milestoneNames[node.kind]), suffixedActionId(actionIds.completeMilestone, node.id), node.id),
      )
    : [];
  const nudge = opinionLate ? [button(catalog.button.nudge, actionIds.nudgeCoUnit, assignment.id)] : [];
  return [...accept, ...steps, ...nudge];
}
