import type { KnownBlock } from '@slack/types';
import { dateInZone } from '../../domain/calendar-date.js';
import { byCodePoint } from '../../domain/text-order.js';
import { chainKinds, isAnswering, isLiveAssignment, windowKinds } from '../../domain/vocabulary.js';
import type { Catalog } from '../../i18n/index.js';
import type { SuggestionDetail } from '../../services/suggestions/show-suggestion.js';
import { actionIds, suffixedActionId, versionedValue } from '../ids.js';
import {
  button,
  context,
  divider,
  escapeText,
  formatDate,
  formatStatutoryDate,
  mention,
  messageLinesChars,
  packedSections,
  type SlackMessage,
  section,
} from './format.js';
import { formButtons } from './reminder-notice.js';
import { verdictButtons } from './verdict-notices.js';

/** One suggestion with each unit's nodes: ✅ done, 🔴 overdue, ⚪ open. */
export function suggestionDetailMessage(catalog: Catalog, detail: SuggestionDetail, today: string, timezone: string): SlackMessage {
  const { suggestion } = detail;
  const words = catalog.show;
  const heading = words.heading(suggestion.code, `${suggestion.isKey ? catalog.key.mark : ''}${escapeText(suggestion.title)}`);
  const key = suggestion.isKey
    ? [section(catalog.key.detail(suggestion.keyLeaderUserId ? mention(suggestion.keyLeaderUserId) : '', escapeText(suggestion.keyNote)))]
    : [];
  const merge = suggestion.mergedInto
    ? [section(catalog.merge.mergedInto(suggestion.mergedInto))]
    : suggestion.mergedHere.length > 0
      ? [section(catalog.merge.mergedHere(suggestion.mergedHere.map((code) => `*${code}*`).join(catalog.listJoin)))]
      : [];
  const blocks: KnownBlock[] = [
    section(heading),
    ...key,
    ...merge,
    context(
      words.facts(
        catalog.statusNames[suggestion.status],
        escapeText(suggestion.leadDeputy),
        formatDate(catalog, suggestion.assignedOn),
        formatDate(catalog, suggestion.internalDueOn),
        formatStatutoryDate(catalog, suggestion.statutoryDueOn),
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
    // Once the lead unit has answered, a missing opinion is no longer chased.
    const answering = isAnswering(suggestion.status);
    const opinionLate =
      live &&
      answering &&
      assignment.role === 'co' &&
      assignment.milestones.some((n) => n.kind === 'co_opinion' && !n.doneAt && n.plannedOn < today);
    // A co-handling unit's part ends with the lead unit's answer: nothing left to do there.
    const actions =
      live && (assignment.role === 'lead' || answering) ? buttonsOf(catalog, assignment, suggestion.id, today, opinionLate) : [];
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
    // The lead unit's reply: its review or 已发出, for whom it is, under the lead unit's part.
    const replyButtons = live && assignment.role === 'lead' ? replyButtonsOf(catalog, detail.replyActions) : undefined;
    if (replyButtons) blocks.push(replyButtons);
    // The deputy's verdict on the sent reply, for whom may record it, under the lead unit's part too.
    if (live && assignment.role === 'lead' && detail.verdictActions)
      blocks.push(context(catalog.verdict.askInShow(detail.verdictActions.round)), verdictButtons(catalog, detail.verdictActions));
  }
  const history = historyLines(catalog, detail.history, timezone);
  // The history takes the room the units left, within a message's 50 blocks.
  const room = 50 - blocks.length;
  if (history.length > 0 && room >= 3)
    blocks.push(
      divider,
      section(words.historyHeading),
      // And the characters they left: Slack counts a message's text as a whole.
      ...packedSections(
        catalog,
        history,
        Math.min(historyBlocks, room - 2),
        history.length,
        messageLinesChars - JSON.stringify(blocks).length,
      ),
    );
  return { text: heading, blocks: blocks.slice(0, 50) };
}

/** Room for the history: after a heading, the facts and a dozen units, within a message's 50 blocks. */
const historyBlocks = 8;

/** What happened to the suggestion, in order: contacts, opinions, each reply with its promises and reviews, verdicts. */
function historyLines(catalog: Catalog, history: SuggestionDetail['history'], timezone: string): string[] {
  const words = catalog.show;
  const day = (instant: Date) => formatDate(catalog, dateInZone(instant, timezone));
  const events: Array<{ key: string; lines: string[] }> = [
    ...history.contacts.map((c) => ({
      key: c.on,
      lines: [
        words.contactLine(
          formatDate(catalog, c.on),
          catalog.contact.stageNames[c.stage],
          catalog.contact.modeNames[c.mode],
          mention(c.by),
          escapeText(c.note),
        ),
      ],
    })),
    ...history.opinions.map((o) => ({
      key: o.at.toISOString(),
      lines: [words.opinionLine(day(o.at), escapeText(o.unitName), mention(o.by), escapeText(o.body))],
    })),
    ...history.replies.flatMap((reply) => [
      {
        key: reply.at.toISOString(),
        lines: [
          words.replyLine(
            reply.round,
            reply.replyClass,
            catalog.lifecycle.reply.states[reply.status],
            mention(reply.draftedBy),
            reply.sentOn ? formatDate(catalog, reply.sentOn) : '',
          ),
          words.replySummary(escapeText(reply.summary)),
          ...reply.commitments.map((c) =>
            words.commitmentLine(
              c.seq,
              formatDate(catalog, c.dueOn),
              escapeText(c.description),
              c.writtenOffAt ? words.commitmentDone(day(c.writtenOffAt)) : catalog.commitment.states[c.carried ? 'followup' : 'open'],
            ),
          ),
        ],
      },
      ...reply.reviews.map((r) => ({
        key: r.at.toISOString(),
        lines: [
          words.reviewLine(
            day(r.at),
            catalog.reply.levelNames[r.level],
            r.decision === 'return' ? words.return : r.level === 'head' ? words.sign : words.approve,
            mention(r.by),
            escapeText(r.comment),
          ),
        ],
      })),
    ]),
    ...history.evaluations.map((e) => ({
      key: e.at.toISOString(),
      lines: [words.verdictLine(day(e.at), e.round, catalog.verdict.names[e.verdict], mention(e.by), escapeText(e.note))],
    })),
  ];
  return events.sort((a, b) => byCodePoint(a.key, b.key)).flatMap((event) => event.lines);
}

/**
 * What the person asking can do about one unit's part: accept it, mark its steps at hand done, and
 * (anyone who sees it; the lead unit is who may) chase a late co-opinion with 催办.
 */
function buttonsOf(
  catalog: Catalog,
  assignment: SuggestionDetail['assignments'][number],
  suggestionId: number,
  today: string,
  opinionLate: boolean,
) {
  const accept =
    !assignment.acceptedAt && assignment.mayAccept
      ? [button(catalog.button.accept, actionIds.acceptAssignment, assignment.id, 'primary')]
      : [];
  // The steps at hand: every late one, and the next one due. Steps months away get their button
  // when they come near (a line of buttons for the whole plan would bury the one that matters).
  const open = assignment.milestones.filter((node) => !node.doneAt && node.kind !== 'accept' && !windowKinds.has(node.kind));
  const late = open.filter((node) => node.plannedOn < today);
  const next = open.find((node) => node.plannedOn >= today);
  const steps = assignment.mayComplete
    ? [...late, ...(next ? [next] : [])].flatMap((node) =>
        chainKinds.has(node.kind)
          ? formButtons(catalog, node.kind, suggestionId)
          : [
              button(
                catalog.button.doneStep(catalog.milestoneNames[node.kind]),
                suffixedActionId(actionIds.completeMilestone, node.id),
                node.id,
              ),
            ],
      )
    : [];
  const nudge = opinionLate ? [button(catalog.button.nudge, actionIds.nudgeCoUnit, assignment.id)] : [];
  return [...accept, ...steps, ...nudge];
}

/** The current reply's buttons for the person asking: its review at their level, or 已发出. */
function replyButtonsOf(catalog: Catalog, actions: SuggestionDetail['replyActions']): KnownBlock | undefined {
  if (!actions) return undefined;
  const words = catalog.reply;
  const row = versionedValue({ id: actions.replyId, version: actions.version });
  const elements = actions.review
    ? [
        button(actions.review === 'head' ? words.sign : words.approve, actionIds.approveReply, row, 'primary'),
        button(words.return, actionIds.returnReply, row, 'danger'),
      ]
    : [button(words.markSent, actionIds.markReplySent, row, 'primary')];
  return { type: 'actions', elements };
}
