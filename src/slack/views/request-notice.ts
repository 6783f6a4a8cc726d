import type { Button } from '@slack/types';
import { context, header, type SlackMessage, section } from './format.js';

/** A unit's request as the supervision office gets it: what is asked, why, and its decision buttons. */
export const requestNoticeMessage = (parts: {
  heading: string;
  /** The suggestion, for the notification: mrkdwn, its title escaped. */
  about: string;
  body: string;
  reason: string;
  buttons: Button[];
}): SlackMessage => ({
  text: `${parts.heading} · ${parts.about}`,
  blocks: [header(parts.heading), section(parts.body), context(parts.reason), { type: 'actions', elements: parts.buttons }],
});
