// A file a person shared with the bot (a form's file input), fetched with the bot token. The token
// goes only to Slack (or to the stand-in SLACK_API_URL names), whatever URL a payload carries.
import { errorMessage } from '../log.js';

/** Slack's limit on a file input's file; a larger body is not read. */
export const maxSharedFileBytes = 10 * 1024 * 1024;

export class SharedFileUnavailable extends Error {}

const isSlackHost = (url: URL, apiUrl: string) =>
  (url.protocol === 'https:' && (url.hostname === 'slack.com' || url.hostname.endsWith('.slack.com'))) ||
  url.origin === new URL(apiUrl).origin;

/** Redirects followed: Slack may send a download on to its file servers, never round in circles. */
const maxRedirects = 3;

export async function downloadSharedFile(
  url: string,
  client: { token?: string; slackApiUrl: string },
  timeoutMs = 15_000,
): Promise<Buffer> {
  const signal = AbortSignal.timeout(timeoutMs);
  let response: Response | undefined;
  // Redirects are followed by hand: each hop must be Slack's too, as the token goes with it.
  for (let hop = 0, next = url; !response; hop += 1) {
    const target = URL.canParse(next) ? new URL(next) : undefined;
    if (!target || !isSlackHost(target, client.slackApiUrl)) throw new SharedFileUnavailable(`not a Slack file URL: ${next}`);
    let answer: Response;
    try {
      answer = await fetch(target, { headers: { Authorization: `Bearer ${client.token ?? ''}` }, redirect: 'manual', signal });
    } catch (error) {
      throw new SharedFileUnavailable(`download failed: ${errorMessage(error)}`);
    }
    const location = answer.headers.get('location');
    if (answer.status < 300 || answer.status > 399 || !location) response = answer;
    else {
      await answer.body?.cancel();
      if (hop >= maxRedirects) throw new SharedFileUnavailable(`more than ${maxRedirects} redirects`);
      next = new URL(location, target).toString();
    }
  }
  // Slack answers a request it does not accept with its sign-in page, and 200.
  if (response.status !== 200 || (response.headers.get('content-type') ?? '').includes('text/html')) {
    await response.body?.cancel();
    throw new SharedFileUnavailable(`download answered HTTP ${response.status} ${response.headers.get('content-type') ?? ''}`);
  }
  const length = Number(response.headers.get('content-length') ?? 0);
  if (length > maxSharedFileBytes) {
    await response.body?.cancel();
    throw new SharedFileUnavailable(`file of ${length} bytes is over the limit`);
  }
  const bytes = Buffer.from(await response.arrayBuffer());
  if (bytes.length > maxSharedFileBytes) throw new SharedFileUnavailable(`file of ${bytes.length} bytes is over the limit`);
  return bytes;
}
