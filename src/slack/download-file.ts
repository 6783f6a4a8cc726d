// A file a person shared with the bot (a form's file input), fetched with the bot token. The token
// goes only to Slack's file server (or to the stand-in SLACK_API_URL names), and only for the file
// the form received, whatever URL a payload carries.
import { errorMessage } from '../log.js';

export class SharedFileUnavailable extends Error {}
/** The file Slack sent is larger than the form said: refused as the form would have refused it. */
export class SharedFileTooLarge extends SharedFileUnavailable {}

const isFileServer = (url: URL, apiUrl: string) =>
  (url.protocol === 'https:' && url.hostname === 'files.slack.com') || url.origin === new URL(apiUrl).origin;

/** Slack's private download of the file `id`: https://files.slack.com/files-pri/<team>-<id>/…. */
const isFileOf = (url: URL, id: string) => url.pathname.startsWith('/files-pri/') && url.pathname.split('/')[2]?.endsWith(`-${id}`);

/** Redirects followed: Slack may send a download on to its file servers, never round in circles. */
const maxRedirects = 3;

export async function downloadSharedFile(
  file: { id: string; url: string },
  client: { token?: string; slackApiUrl: string },
  { maxBytes, timeoutMs = 15_000 }: { maxBytes: number; timeoutMs?: number },
): Promise<Buffer> {
  const signal = AbortSignal.timeout(timeoutMs);
  const first = URL.canParse(file.url) ? new URL(file.url) : undefined;
  if (!first || !isFileOf(first, file.id)) throw new SharedFileUnavailable(`not the download of file ${file.id}: ${file.url}`);
  let response: Response | undefined;
  // Redirects are followed by hand: each hop must be Slack's file server too, as the token goes with it.
  for (let hop = 0, next = file.url; !response; hop += 1) {
    const target = URL.canParse(next) ? new URL(next) : undefined;
    if (!target || !isFileServer(target, client.slackApiUrl)) throw new SharedFileUnavailable(`not a Slack file URL: ${next}`);
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
  if (length > maxBytes) {
    await response.body?.cancel();
    throw new SharedFileTooLarge(`file of ${length} bytes is over the limit`);
  }
  return readAtMost(response, maxBytes);
}

/** The body read chunk by chunk, given up as soon as it passes `maxBytes` (a length header may be missing or wrong). */
async function readAtMost(response: Response, maxBytes: number): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body ?? []) {
    size += chunk.length;
    if (size > maxBytes) throw new SharedFileTooLarge(`file of more than ${maxBytes} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
