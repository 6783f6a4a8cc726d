import type { CarriedNotice, MessageNotice } from '../../domain/notices.js';
import type { Catalog } from '../../i18n/index.js';
import { escapeText, formatDate, formatStatutoryDate, mention } from './format.js';

/** One notice as one line of a message that carries several (a gathered message, a digest, a daily summary). */
export function carriedLine(catalog: Catalog, notice: MessageNotice, options: { acceptByInTitle?: boolean } = {}): string {
  const line = lineOf(catalog, notice, options);
  // Sent to a stand-in (代理): each line says whom it was meant for.
  return notice.onBehalfOf && line ? `${line}${catalog.people.actingFor(mention(notice.onBehalfOf))}` : line;
}

function lineOf(catalog: Catalog, notice: MessageNotice, options: { acceptByInTitle?: boolean }): string {
  const words = catalog.carried;
  if (!('code' in notice)) return '';
  const about = words.title(notice.code, escapeText(notice.title));
  const date = (day: string) => formatDate(catalog, day);
  switch (notice.type) {
    case 'assigned':
      return options.acceptByInTitle
        ? words.assignedShort(about, catalog.assignmentRoleNames[notice.role], escapeText(notice.unitName))
        : words.assigned(about, catalog.assignmentRoleNames[notice.role], escapeText(notice.unitName), date(notice.acceptBy));
    case 'review_requested':
      return words.reviewRequested(about, escapeText(notice.unitName), catalog.reply.levelNames[notice.level]);
    case 'reply_returned':
      return words.replyReturned(about, catalog.reply.levelNames[notice.level], escapeText(notice.comment));
    case 'reply_signed':
      return words.replySigned(about);
    case 'nudge':
      return words.nudge(about, date(notice.dueOn));
    case 'merged':
      return words.merged(about, notice.mergedCode);
    case 'key_marked':
      return words.keyMarked(about, escapeText(notice.note));
    case 'extension_requested':
      return words.extensionRequested(about, escapeText(notice.unitName), date(notice.requestedDueOn), escapeText(notice.reason));
    case 'transfer_requested':
      return words.transferRequested(
        about,
        escapeText(notice.unitName),
        catalog.assignmentRoleNames[notice.role],
        escapeText(notice.reason),
      );
    case 'verdict_recorded': {
      const outcome =
        notice.outcome === 'reopened'
          ? words.verdictOutcome.reopened(notice.round, date(notice.internalDueOn))
          : notice.outcome === 'followup'
            ? words.verdictOutcome.followup(notice.openCommitments)
            : words.verdictOutcome.closed;
      return `${words.verdictRecorded(about, escapeText(notice.unitName), catalog.verdict.names[notice.verdict])}${outcome}`;
    }
    case 'extension_decided':
      return notice.approved
        ? words.extensionApproved(about, formatStatutoryDate(catalog, notice.statutoryDueOn))
        : words.extensionRefused(about, formatStatutoryDate(catalog, notice.statutoryDueOn));
    case 'transfer_decided':
      return notice.toUnitName === null
        ? words.transferRefused(about, escapeText(notice.fromUnitName))
        : words.transferApproved(about, escapeText(notice.toUnitName));
    case 'accepted':
      return words.accepted(
        about,
        escapeText(notice.unitName),
        catalog.assignmentRoleNames[notice.role],
        notice.acceptedOn <= notice.plannedOn,
      );
    case 'reply_sent':
      return words.replySent(about, escapeText(notice.unitName), notice.round, notice.replyClass);
    case 'opinion_received':
      return words.opinionReceived(about, escapeText(notice.unitName));
    case 'request_cancelled':
      return words.requestCancelled(about, catalog.requestCancelled.kinds[notice.kind], catalog.requestCancelled.because[notice.because]);
    case 'routed':
      return words.routed(about, escapeText(notice.unitName), catalog.people.routedAs[notice.as] ?? notice.as);
    default:
      return about;
  }
}

/** Notices that asked nothing, as the lines of a daily message: a channel's summary, a digest's part since yesterday. */
export const carriedLines = (catalog: Catalog, items: readonly CarriedNotice[]): string[] =>
  items.map((item) => carriedLine(catalog, item.notice));
