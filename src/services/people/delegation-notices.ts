import type { delegations } from '../../db/schema.js';
import type { OutgoingNotice } from '../shared/enqueue-notices.js';

type DelegationRow = typeof delegations.$inferSelect;

/** Both people are told when a delegation starts and when it ends, each in their own words. */
export function delegationNotices(row: DelegationRow, event: 'started' | 'ended'): OutgoingNotice[] {
  const parties = [
    ['principal', row.principalUserId],
    ['delegate', row.delegateUserId],
  ] as const;
  return parties.map(([to, channel]) => ({
    key: `delegation-${event}:${row.id}:${to}`,
    channel,
    notice: {
      type: 'people_changed',
      change:
        event === 'started'
          ? { kind: 'delegation_started', to, principal: row.principalUserId, delegate: row.delegateUserId, until: row.until }
          : {
              kind: 'delegation_ended',
              to,
              principal: row.principalUserId,
              delegate: row.delegateUserId,
              until: row.until,
              endedBy: row.endedBy,
            },
    },
  }));
}
