// Requests as Slack sends them to an app: form-encoded, signed with the signing secret
// (v0 HMAC-SHA256 of `v0:<timestamp>:<body>`), in the shapes of a slash command, a button click
// and a form submission. The tests, the demo and the benchmarks drive the bot with these.
import { createHmac } from 'node:crypto';

export interface SignOptions {
  secret: string;
  /** Seconds since the epoch; default now. */
  timestamp?: number;
  /** Sign with this secret instead (a forged request). */
  signWith?: string;
}

export interface SignedRequest {
  body: string;
  headers: Record<string, string>;
}

function signatureOf(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export function signRequest(body: string, options: SignOptions): SignedRequest {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  return {
    body,
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': signatureOf(options.signWith ?? options.secret, timestamp, body),
    },
  };
}

export interface SentRequest {
  status: number;
  text: string;
  json: () => unknown;
}

export async function send(url: string, request: SignedRequest): Promise<SentRequest> {
  const response = await fetch(url, { method: 'POST', headers: request.headers, body: request.body });
  const text = await response.text();
  return { status: response.status, text, json: () => JSON.parse(text) };
}

export const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
export const payloadForm = (payload: unknown) => form({ payload: JSON.stringify(payload) });

const team = { id: 'T0DEMO', domain: 'demo' };

export function slashCommandBody(fields: { user: string; text: string; responseUrl: string; triggerId: string; channel?: string }): string {
  return form({
    token: 'legacy',
    team_id: team.id,
    team_domain: team.domain,
    channel_id: fields.channel ?? 'CCMD',
    channel_name: 'duban',
    user_id: fields.user,
    user_name: fields.user.toLowerCase(),
    command: '/suggest',
    text: fields.text,
    api_app_id: 'A0DUBAN',
    response_url: fields.responseUrl,
    trigger_id: fields.triggerId,
  });
}

/** What every block_actions payload carries: its type, who clicked, the app, and the button. */
const blockActions = (fields: { user: string; actionId: string; value: string; triggerId: string }) => ({
  type: 'block_actions',
  user: { id: fields.user, username: fields.user.toLowerCase(), team_id: team.id },
  api_app_id: 'A0DUBAN',
  token: 'legacy',
  team,
  trigger_id: fields.triggerId,
  actions: [{ type: 'button', action_id: fields.actionId, block_id: 'b', value: fields.value, action_ts: '1700000001.000200' }],
});

export function buttonClickBody(fields: {
  user: string;
  actionId: string;
  value: string;
  responseUrl: string;
  triggerId: string;
  message?: { text: string; blocks: unknown[] };
}): string {
  return payloadForm({
    ...blockActions(fields),
    container: { type: 'message', message_ts: '1700000000.000100', channel_id: 'D0USER' },
    channel: { id: 'D0USER', name: 'directmessage' },
    message: { type: 'message', ts: '1700000000.000100', text: fields.message?.text ?? '', blocks: fields.message?.blocks ?? [] },
    response_url: fields.responseUrl,
  });
}

/** A click on a button in the app's Home tab: Slack sends the view it was in, and no response_url. */
export function homeButtonBody(fields: { user: string; actionId: string; value: string; triggerId: string }): string {
  return payloadForm({
    ...blockActions(fields),
    container: { type: 'view', view_id: 'V0HOME' },
    view: {
      id: 'V0HOME',
      type: 'home',
      team_id: team.id,
      blocks: [],
      private_metadata: '',
      callback_id: '',
      hash: 'h',
      state: { values: {} },
    },
  });
}

/** A click on a button inside an open modal, as Slack sends it: the view it was in, no response_url. */
export function modalButtonBody(fields: {
  user: string;
  actionId: string;
  value: string;
  triggerId: string;
  view: { blocks?: unknown[]; private_metadata?: string; callback_id?: string };
}): string {
  return payloadForm({
    ...blockActions(fields),
    container: { type: 'view', view_id: 'V0MODAL' },
    view: { id: 'V0MODAL', type: 'modal', team_id: team.id, hash: 'h', state: { values: {} }, private_metadata: '', ...fields.view },
  });
}

/** The Events API's app_home_opened, as JSON (events are not form-encoded). */
export function homeOpenedBody(user: string): string {
  return JSON.stringify({
    token: 'legacy',
    team_id: team.id,
    api_app_id: 'A0DUBAN',
    type: 'event_callback',
    event_id: `Ev-${user}-${Date.now()}`,
    event_time: Math.floor(Date.now() / 1000),
    event: { type: 'app_home_opened', user, channel: `D-${user}`, tab: 'home', event_ts: '1700000000.000100' },
  });
}

let formsOpened = 0;

export function viewSubmissionBody(fields: {
  user: string;
  callbackId: string;
  values: unknown;
  triggerId: string;
  privateMetadata?: string;
  /** The form's id: Slack gives each opened form its own, the same again when that form is submitted again. */
  viewId?: string;
}): string {
  return payloadForm({
    type: 'view_submission',
    team,
    user: { id: fields.user, username: fields.user.toLowerCase(), team_id: team.id },
    api_app_id: 'A0DUBAN',
    token: 'legacy',
    trigger_id: fields.triggerId,
    view: {
      id: fields.viewId ?? `V0FORM${(formsOpened += 1)}`,
      type: 'modal',
      callback_id: fields.callbackId,
      private_metadata: fields.privateMetadata ?? '',
      hash: 'h',
      state: { values: fields.values },
    },
  });
}
