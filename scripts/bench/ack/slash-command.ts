// Slash-command requests as Slack sends them. The bot refuses a signature it has seen before, so
// every request gets a body of its own (a fresh response_url and trigger_id) and is signed with
// the current time just before it is sent.

import { type SignedRequest, signRequest, slashCommandBody } from '../../../tools/slack-stand-in/slack-requests.js';
import { makeTriggerId } from '../../../tools/slack-stand-in/trigger-id.js';

export interface SlashCommandSource {
  secret: string;
  /** The Slack stand-in's API base; its /response/ paths take response_url posts. */
  standInUrl: string;
  userId: string;
}

let sequence = 0;

export function signedSlashCommand(source: SlashCommandSource, text: string): SignedRequest {
  sequence += 1;
  const responseUrl = new URL(`../response/bench-${sequence}`, source.standInUrl).toString();
  return signRequest(slashCommandBody({ user: source.userId, text, responseUrl, triggerId: makeTriggerId(Date.now()) }), {
    secret: source.secret,
  });
}
