import type { CalendarDate } from '../../domain/calendar-date.js';
import { dateInZone } from '../../domain/calendar-date.js';
import { canKeepPublicationCatalogue } from '../../domain/permissions.js';
import { type PublicationItem, publicationItems } from '../../domain/publication.js';
import { byCodePoint } from '../../domain/text-order.js';
import { currentSession } from '../sessions/current-session.js';
import { loadWorkingCalendar } from '../sessions/load-working-calendar.js';
import { loadActorRoles } from '../shared/load-actor-roles.js';
import type { ServiceContext } from '../shared/service-context.js';
import { refuse } from '../shared/service-error.js';
import { readPublishableReplies } from './read-publishable-replies.js';

/** Replies still to publish listed one by one, each with its 已公开 button; the rest are counted. */
export const pendingListed = 20;
/** Replies already published listed (a line each, no button); the rest are counted. */
export const publishedListed = 200;

export interface PublicationCatalogue {
  sessionName: string;
  today: CalendarDate;
  withinWorkingDays: number;
  /** Not yet published, soonest publish-by date first: the first pendingListed. */
  pending: PublicationItem[];
  pendingTotal: number;
  /** Of all not yet published, those past their publish-by date. */
  overdue: number;
  /** With `all`: those already published, most recently first (the first publishedListed), and how many. */
  published?: { items: PublicationItem[]; total: number };
}

/**
 * 公开目录: the current session's sent replies marked may-publish that the office has not yet
 * published, soonest publish-by date first; with `all`, those it has published too. The office's.
 */
export async function readPublicationCatalogue(ctx: ServiceContext, input: { all: boolean }): Promise<PublicationCatalogue> {
  const permission = canKeepPublicationCatalogue(await loadActorRoles(ctx.db, ctx));
  if (!permission.allowed) refuse({ code: 'forbidden', needs: permission.needs });
  const session = await currentSession(ctx.db, ctx.now, ctx.timezone);
  const today = dateInZone(ctx.now, ctx.timezone);
  const [calendar, replies] = await Promise.all([
    loadWorkingCalendar(ctx.db),
    readPublishableReplies(ctx.db, session.id, input.all ? 'all' : 'unpublished'),
  ]);
  const items = publicationItems(replies, today, session.settings, calendar);
  const pending = items.filter((item) => item.publishedOn === null);
  const catalogue: PublicationCatalogue = {
    sessionName: session.name,
    today,
    withinWorkingDays: session.settings.publishWithinWorkingDays,
    pending: pending.slice(0, pendingListed),
    pendingTotal: pending.length,
    overdue: pending.filter((item) => 'overdue' in item.urgency).length,
  };
  if (input.all) {
    const published = items
      .filter((item) => item.publishedOn !== null)
      .sort((a, b) => byCodePoint(b.publishedOn!, a.publishedOn!) || byCodePoint(a.code, b.code) || a.round - b.round);
    catalogue.published = { items: published.slice(0, publishedListed), total: published.length };
  }
  return catalogue;
}
