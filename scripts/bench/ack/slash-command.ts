// Slash-command requests as Slack sends them. The bot refuses a signature it has seen before, so
// every request gets a body of its own (a fresh response_url and trigger_id) and is signed with
// the current time just before it is sent.
import { makeTriggerId } from '../../slack-stand-in/trigger-id.js';
import { form, signRequest, type SignedRequest } from '../../slack-stand-in/slack-requests.js';

export interface SlashCommandSource {
  secret: string;
  /** The Slack stand-in's API base; its /response/ paths take response_url posts. */
  standInUrl: string;
  userId: string;
}

let sequence = 0;

export function signedSlashCommand(source: SlashCommandSource, text: string): SignedRequest {
  sequence += 1;
  return signRequest(
    form({
      token: 'legacy',
      team_id: 'T0BENCH',
      team_domain: 'bench',
      channel_id: 'CBENCH',
      channel_name: 'duban',
      user_id: source.userId,
      user_name: source.userId.toLowerCase(),
      command: '/suggest',
      text,
      api_app_id: 'A0DUBAN',
      response_url: new URL(`../response/bench-${sequence}`, source.standInUrl).toString(),
      trigger_id: makeTriggerId(Date.now()),
    }),
    { secret: source.secret },
  );
}
