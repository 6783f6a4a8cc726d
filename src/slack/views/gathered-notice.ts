import type { KnownBlock } from '@slack/types';
import type { CarriedNotice, GatheredNotice, MessageNotice } from '../../domain/notices.js';
import type { Catalog } from '../../i18n/index.js';
import { actionIds, carriedBlockId, idListValue } from '../ids.js';
import { carriedLine } from './carried-line.js';
import { button, context, fit, formatDate, packedSections, type SlackMessage, section } from './format.js';

/** Most urgent first: a decision others wait on, then work already late, then new work. */
const kindOrder: readonly MessageNotice['type'][] = [
  'extension_requested',
  'transfer_requested',
  'nudge',
  'key_marked',
  'merged',
  'request_cancelled',
  'reply_returned',
  'verdict_recorded',
  'extension_decided',
  'transfer_decided',
  'review_requested',
  'reply_signed',
  'routed',
  'assigned',
];

/** Within Slack's 50 blocks a message, with room for the heading and the closing hint. */
const maxBlocks = 46;
/** Slack refuses a message whose blocks total about 13,000 characters: this leaves room to spare. */
const maxChars = 11_000;

/**
 * Notices to one reader that arrived within the notice window, as one message, grouped by kind,
 * most urgent first. A few go in full, each with its own buttons; more go a line each with the
 * one button that matters; past what a message holds, the lines are packed and counted, and the
 * reader is pointed to the full list. A burst of assignments gets 全部签收.
 */
export function gatheredNoticeMessage(catalog: Catalog, notice: GatheredNotice, render: (n: MessageNotice) => SlackMessage): SlackMessage {
  const words = catalog.carried;
  const groups = kindOrder.map((kind) => notice.items.filter((item) => item.notice.type === kind)).filter((items) => items.length > 0);
  const known = new Set<string>(kindOrder);
  const others = notice.items.filter((item) => !known.has(item.notice.type));
  if (others.length > 0) groups.push(others);
  const opening = section(`${words.gatheredHeading(notice.items.length)}\n${words.gatheredIntro}`);
  const text = words.gatheredHeading(notice.items.length).replace(/\*/g, '');
  for (const layout of [inFull, lineByLine, packed]) {
    const blocks = layout(catalog, groups, render);
    if (blocks.length < maxBlocks && JSON.stringify(blocks).length <= maxChars) return { text, blocks: [opening, ...blocks] };
  }
  return { text, blocks: [opening, context(words.listHint)] };
}

type Layout = (catalog: Catalog, groups: CarriedNotice[][], render: (n: MessageNotice) => SlackMessage) => KnownBlock[];

/** The 签收 deadline every assignment of a group shares (倒排工期 gives a burst the same dates), said once in its title. */
function sharedAcceptBy(items: readonly CarriedNotice[]): string | undefined {
  const dates = new Set(items.map((item) => (item.notice.type === 'assigned' ? item.notice.acceptBy : '')));
  const [date] = dates;
  return dates.size === 1 && date ? date : undefined;
}

/** A line of a group: the shared deadline left to the title. */
const lineOf = (catalog: Catalog, items: readonly CarriedNotice[], item: CarriedNotice) =>
  carriedLine(catalog, item.notice, { acceptByInTitle: sharedAcceptBy(items) !== undefined });

function groupTitle(catalog: Catalog, items: CarriedNotice[]): KnownBlock[] {
  const acceptBy = sharedAcceptBy(items);
  const title = acceptBy
    ? catalog.carried.assignedBy(items.length, formatDate(catalog, acceptBy))
    : catalog.carried.groups[items[0]!.notice.type]?.(items.length);
  const blocks: KnownBlock[] = title ? [section(title)] : [];
  const accepts = items.flatMap((item) => (item.notice.type === 'assigned' ? [item.notice.assignmentId] : []));
  if (accepts.length > 1) {
    const value = idListValue(accepts);
    blocks.push({
      type: 'actions',
      elements: [button(catalog.carried.acceptAll(value.count), actionIds.acceptAllAssignments, value.text, 'primary')],
    });
  }
  // A reviewer's batch opens their queue, read when clicked, rather than a button per reply.
  const reviews = items.filter((item) => item.notice.type === 'review_requested').length;
  if (reviews > 1) {
    blocks.push({
      type: 'actions',
      elements: [button(catalog.reviewQueue.open(reviews), actionIds.openReviewQueue, String(reviews), 'primary')],
    });
  }
  return blocks;
}

/** Each notice as it would have gone alone, its heading left to the group's title. */
const inFull: Layout = (catalog, groups, render) =>
  groups.flatMap((items) => [
    ...groupTitle(catalog, items),
    ...items.flatMap((item, index) => {
      const blocks = render(item.notice).blocks.filter((block) => block.type !== 'header');
      return [{ type: 'divider' as const, block_id: carriedBlockId(item.key, index) }, ...blocks];
    }),
  ]);

/** A line each, with the button that matters most (签收 for an assignment, 详情 otherwise). */
const lineByLine: Layout = (catalog, groups) =>
  groups.flatMap((items) => [
    ...groupTitle(catalog, items),
    ...items.map((item, index): KnownBlock => {
      const line = section(lineOf(catalog, items, item)) as KnownBlock & { accessory?: unknown; block_id?: string };
      line.block_id = carriedBlockId(item.key, index);
      const { notice } = item;
      if (notice.type === 'assigned') line.accessory = button(catalog.button.accept, actionIds.acceptAssignment, notice.assignmentId);
      else if ('suggestionId' in notice && notice.suggestionId !== undefined)
        line.accessory = button(catalog.button.details, actionIds.showDetails, notice.suggestionId);
      return line;
    }),
  ]);

/** Lines packed into few sections, most urgent first, until the message is full; the rest counted. */
const packed: Layout = (catalog, groups) => {
  // The lines get what the titles and their buttons (a 全部签收 value holds up to 2,000 characters) leave.
  let room = maxChars - JSON.stringify(groups.flatMap((items) => groupTitle(catalog, items))).length - 1_500;
  const blocks: KnownBlock[] = [];
  for (const items of groups) {
    blocks.push(...groupTitle(catalog, items));
    const lines: string[] = [];
    for (const item of items) {
      const line = fit(lineOf(catalog, items, item), 300);
      if (room - line.length < 0) break;
      room -= line.length + 1;
      lines.push(line);
    }
    blocks.push(...packedSections(catalog, lines, 4, items.length));
  }
  blocks.push(context(catalog.carried.listHint));
  return blocks;
};
