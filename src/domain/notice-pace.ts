// When a notice goes out (DESIGN §4, calm by design): a notice that asks its reader to act goes
// promptly but gathered with the others to the same reader; one that asks nothing waits for the
// reader's daily digest; reminders, alerts and reports are messages of their own.
import type { Notice } from './notices.js';

export type NoticePace = 'gathered' | 'digest' | 'alone';

export function paceOf(notice: Notice): NoticePace {
  switch (notice.type) {
    case 'assigned':
    case 'review_requested':
    case 'reply_returned':
    case 'reply_signed':
    case 'nudge':
    case 'key_marked':
    case 'merged':
    case 'routed':
    case 'request_cancelled':
    case 'extension_requested':
    case 'transfer_requested':
      return 'gathered';
    case 'accepted':
    case 'reply_sent':
    case 'opinion_received':
      return 'digest';
    // A new round (不满意) is work to start; a closed suggestion or one in follow-up is news.
    case 'verdict_recorded':
      return notice.outcome === 'reopened' ? 'gathered' : 'digest';
    // A refusal keeps the old deadline or the suggestion: the unit must act on it now.
    case 'extension_decided':
      return notice.approved ? 'digest' : 'gathered';
    case 'transfer_decided':
      return notice.toUnitName === null ? 'gathered' : 'digest';
    default:
      return 'alone';
  }
}
