import type { KnownBlock, View } from '@slack/types';
import type { ScoredUnit } from '../../domain/scoring.js';
import type { Catalog } from '../../i18n/index.js';
import type { Home, HomeUnitSummary } from '../../services/reports/read-home.js';
import type { PendingRequest } from '../../services/requests/read-pending-requests.js';
import { actionIds, idListValue, suffixedActionId } from '../ids.js';
import { button, context, divider, escapeText, formatDate, header, mention, packedSections, type SlackMessage, section } from './format.js';
import { scoreText } from './ranking.js';
import { reminderLineBlocks } from './reminder-notice.js';

/** Lines a page of the Home tab shows, each a section and its buttons. */
export const homeLinesPerPage = 15;
/** Blocks of the answer to a click in the tab, drawn above the lines. */
const answerBlocks = 30;

export interface HomeOptions {
  /** 1-based; clamped to the pages there are. */
  page?: number;
  /** The answer to what the person just clicked in the tab (a click there has no response_url). */
  answer?: SlackMessage;
  /** The subcommand a Home button ran for that answer, to name where its table is read whole. */
  command?: string;
}

/**
 * The Home tab: the person's open steps, most urgent first, with their buttons, a page at a time;
 * for each unit they answer for, its week so far; for the supervision office, every unit's
 * standing. Within the 100 blocks a Home tab takes, whatever the counts.
 */
export function homeView(catalog: Catalog, home: Home, options: HomeOptions = {}): View {
  const words = catalog.home;
  const pages = Math.max(1, Math.ceil(home.nodes.length / homeLinesPerPage));
  const page = Math.min(Math.max(1, Math.floor(options.page ?? 1)), pages);
  const overdue = home.nodes.filter((item) => 'overdue' in item.urgency).length;
  const answer = options.answer ? [section(words.answered), ...answerOf(catalog, options.answer, options.command), divider] : [];
  const nodes: KnownBlock[] =
    home.nodes.length === 0
      ? [context(words.empty)]
      : [
          section(words.nodesHeading(home.nodes.length, overdue)),
          ...reminderLineBlocks(catalog, home.nodes.slice((page - 1) * homeLinesPerPage, page * homeLinesPerPage)),
          ...(pages > 1 ? paging(catalog, page, pages) : []),
        ];
  const unitLine = (unit: HomeUnitSummary) =>
    words.unitLine(
      escapeText(unit.unitName),
      !unit.standing
        ? words.unranked
        : unit.standing.rank === null
          ? words.idleWeek
          : words.ranked(
              catalog.rank.place(unit.standing.rank, unit.standing.tied ?? false),
              unit.unitCount,
              scoreText(catalog, unit.standing),
            ),
      unit.overdue,
      unit.dueThisWeek,
    );
  const boardLine = (unit: ScoredUnit) =>
    unit.rank === null
      ? words.idleLine(escapeText(unit.metrics.unitName))
      : words.standing(
          catalog.rank.place(unit.rank, unit.tied ?? false),
          escapeText(unit.metrics.unitName),
          scoreText(catalog, unit),
          unit.metrics.overdueNodes,
        );
  return {
    type: 'home',
    blocks: [
      header(words.heading),
      commandButtons(catalog, home),
      ...answer,
      ...nodes,
      ...(home.units.length > 0 ? [divider, section(words.unitsHeading), ...packedSections(catalog, home.units.map(unitLine), 5)] : []),
      ...(home.board.length > 0
        ? [divider, section(words.boardHeading(home.board.length)), ...packedSections(catalog, home.board.map(boardLine), 10)]
        : []),
      ...(home.office ? officeWork(catalog, home.office) : []),
      context(words.hint),
    ],
  };
}

/** The office's own work besides steps: undecided requests with their buttons, and what Slack would not take. */
function officeWork(catalog: Catalog, office: NonNullable<Home['office']>): KnownBlock[] {
  const words = catalog.home;
  if (office.requestsTotal === 0 && office.undelivered === 0 && office.calendarGaps.length === 0) return [];
  const requestBlocks = (request: PendingRequest): KnownBlock[] => {
    const about = {
      code: request.code,
      title: escapeText(request.title),
      unit: escapeText(request.unitName),
      by: mention(request.requestedBy),
    };
    const extension = request.kind === 'extension';
    return [
      section(
        extension
          ? words.extensionLine(about.code, about.title, about.unit, formatDate(catalog, request.requestedDueOn ?? ''), about.by)
          : words.transferLine(about.code, about.title, about.unit, about.by),
      ),
      {
        type: 'actions',
        elements: extension
          ? [
              button(catalog.extension.approve, actionIds.approveExtension, request.id, 'primary'),
              button(catalog.extension.refuse, actionIds.refuseExtension, request.id, 'danger'),
              button(catalog.button.details, actionIds.showDetails, request.suggestionId),
            ]
          : [
              button(catalog.transfer.reassign, actionIds.reassignTransfer, request.id, 'primary'),
              button(catalog.transfer.refuse, actionIds.refuseTransfer, request.id, 'danger'),
              button(catalog.button.details, actionIds.showDetails, request.suggestionId),
            ],
      },
    ];
  };
  return [
    divider,
    section(words.officeHeading),
    ...(office.requestsTotal > 0 ? [section(words.requestsHeading(office.requestsTotal)), ...office.requests.flatMap(requestBlocks)] : []),
    ...(office.requestsTotal > office.requests.length ? [context(words.moreRequests(office.requestsTotal - office.requests.length))] : []),
    ...(office.undelivered > 0 ? [section(words.undelivered(office.undelivered))] : []),
    ...(office.calendarGaps.length > 0 ? [section(catalog.calendar.gapHome(office.calendarGaps.join(catalog.listJoin)))] : []),
  ];
}

/**
 * What a person starts their work with, by role: the office assigns, imports, exports, reads the
 * ranking and the figures and sees to its outbox; a unit's people find their suggestions and the
 * requests to decide; everyone gets help. The steps themselves have their buttons on their lines.
 */
function commandButtons(catalog: Catalog, home: Home): KnownBlock {
  const words = catalog.home.commands;
  const office: Array<[string, string]> = home.office
    ? [
        [words.assign, 'assign'],
        [words.import, 'import'],
        [words.export, 'export'],
        [words.rank, 'rank'],
        [words.stats, 'stats'],
        [words.outbox, 'outbox'],
      ]
    : [];
  const unit: Array<[string, string]> = home.units.length > 0 || home.nodes.length > 0 ? [[words.mine, 'list mine']] : [];
  const requests: Array<[string, string]> = home.office ? [[words.requests, 'list requests']] : [];
  const all: Array<[string, string]> = [...office, ...unit, ...requests, [words.help, 'help']];
  // A unit's people start with their own steps: accept what waits for them at once, write the most urgent reply.
  const accepts = [...new Set(home.nodes.filter((node) => node.kind === 'accept').map((node) => node.assignmentId))];
  const draft = home.nodes.find((node) => node.kind === 'draft');
  const acceptAll = accepts.length > 0 ? idListValue(accepts) : undefined;
  const steps = [
    ...(acceptAll ? [button(catalog.carried.acceptAll(acceptAll.count), actionIds.acceptAllAssignments, acceptAll.text, 'primary')] : []),
    ...(draft ? [button(`${catalog.button.writeReply} ${draft.code}`, actionIds.writeReply, draft.suggestionId)] : []),
    ...(home.toRoute ? [button(`${catalog.button.route} ${home.toRoute.code}`, actionIds.routeAssignment, home.toRoute.assignmentId)] : []),
  ];
  return {
    type: 'actions',
    elements: [
      ...steps,
      ...all.map(([label, command], i) =>
        button(
          label,
          suffixedActionId(actionIds.homeCommand, i + 1),
          command,
          i === 0 && office.length > 0 && steps.length === 0 ? 'primary' : undefined,
        ),
      ),
    ],
  };
}

/** An answer shown in the Home tab: a table (Slack takes one in messages only) gives way to where to read it whole. */
const answerOf = (catalog: Catalog, answer: SlackMessage, command: string | undefined): KnownBlock[] =>
  answer.blocks.length > 0
    ? answer.blocks
        .slice(0, answerBlocks)
        .map((block) => (block.type === 'table' ? context(catalog.home.tableInCommand(command ?? 'help')) : block))
    : [section(answer.text)];

function paging(catalog: Catalog, page: number, pages: number): KnownBlock[] {
  const words = catalog.home;
  const turns = [
    ...(page > 1 ? [button(words.previous, suffixedActionId(actionIds.homePage, 1), page - 1)] : []),
    ...(page < pages ? [button(words.next, suffixedActionId(actionIds.homePage, 2), page + 1)] : []),
  ];
  return [context(words.page(page, pages)), { type: 'actions', elements: turns }];
}
