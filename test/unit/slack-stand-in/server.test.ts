import { ErrorCode, LogLevel, WebClient } from '@slack/web-api';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeTriggerId, type SlackStandIn, startSlackStandIn } from '../../../tools/slack-stand-in/server.js';

// invalid_blocks answers carry [ERROR] messages that WebClient would print; the tests assert on them instead.
const silentLogger = {
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: () => {},
  setLevel: () => {},
  getLevel: () => LogLevel.ERROR,
  setName: () => {},
};

let clock = 1_700_000_000_000;
let standIn: SlackStandIn;

function client(timeout = 500): WebClient {
  return new WebClient('xoxb-test', {
    slackApiUrl: standIn.url,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout,
    logger: silentLogger,
  });
}

/** What the Web API client throws for a call Slack refused. */
interface CallFailure {
  code?: string;
  statusCode?: number;
  retryAfter?: number;
  original?: { name?: string };
  data: { error?: string; errors?: unknown; response_metadata?: { messages?: string[] } };
}

/** Error thrown by `promise`, so its Slack-specific fields can be checked. */
async function failureOf(promise: Promise<unknown>): Promise<CallFailure> {
  try {
    await promise;
  } catch (error) {
    return error as CallFailure;
  }
  throw new Error('expected the call to fail');
}

const section = (text: string) => ({ type: 'section', text: { type: 'mrkdwn', text } });

beforeAll(async () => {
  standIn = await startSlackStandIn({ now: () => clock });
});
afterAll(async () => {
  await standIn.close();
});
beforeEach(() => {
  clock = 1_700_000_000_000;
  standIn.reset();
});

describe('slack stand-in: messages', () => {
  it('records chat.postMessage with blocks parsed from the form body', async () => {
    const blocks = [section('*办理进度* 已逾期')];
    const result = await client().chat.postMessage({ channel: 'C1', text: 'fallback', blocks });
    expect(result.ok).toBe(true);
    expect(result.channel).toBe('C1');
    expect(result.ts).toMatch(/^\d{10}\.\d{6}$/);
    const [call] = standIn.callsTo('chat.postMessage');
    expect(call?.args).toMatchObject({ channel: 'C1', text: 'fallback', blocks });
    expect(call?.at).toBe(clock);
    expect(call?.status).toBe(200);
  });

  it('refuses 51 blocks with invalid_blocks and the reason', async () => {
    const blocks = Array.from({ length: 51 }, (_, i) => section(`row ${i}`));
    const error = await failureOf(client().chat.postMessage({ channel: 'C1', text: 't', blocks }));
    expect(error.code).toBe(ErrorCode.PlatformError);
    expect(error.data.error).toBe('invalid_blocks');
    expect(error.data.errors).toEqual(['blocks: 51 blocks exceeds the message limit of 50']);
    expect(standIn.calls.at(-1)).toMatchObject({ method: 'chat.postMessage', ok: false, error: 'invalid_blocks' });
    expect(standIn.callsTo('chat.postMessage')).toEqual([]);
  });

  it('refuses blocks that total more than 13,000 characters, each within its own limit, with msg_blocks_too_long', async () => {
    const blocks = Array.from({ length: 5 }, () => section('字'.repeat(2700)));
    const error = await failureOf(client().chat.postMessage({ channel: 'C1', text: 't', blocks }));
    expect(error.data.error).toBe('msg_blocks_too_long');
    await client().chat.postMessage({ channel: 'C1', text: 't', blocks: blocks.slice(0, 4) });
    expect(standIn.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('answers channel_not_found for a missing or unknown channel', async () => {
    standIn.addUnknownChannel('CGONE');
    const unknown = await failureOf(client().chat.postMessage({ channel: 'CGONE', text: 'hi' }));
    expect(unknown.data.error).toBe('channel_not_found');
    const missing = await failureOf(client().apiCall('chat.postMessage', { text: 'hi' }));
    expect(missing.data.error).toBe('channel_not_found');
  });

  it('answers no_text when there is neither text nor blocks', async () => {
    const error = await failureOf(client().apiCall('chat.postMessage', { channel: 'C1' }));
    expect(error.data.error).toBe('no_text');
  });

  it('posts to a user id in a stable DM channel and returns history newest first with metadata', async () => {
    const metadata = { event_type: 'suggestion_overdue', event_payload: { id: 7 } };
    const first = await client().chat.postMessage({ channel: 'U123', text: 'one', metadata });
    const second = await client().chat.postMessage({ channel: 'U123', text: 'two' });
    expect(first.channel).toBe('D123');
    expect((await client().conversations.open({ users: 'U123' })).channel?.id).toBe('D123');
    expect(Number(second.ts)).toBeGreaterThan(Number(first.ts));
    const history = await client().conversations.history({ channel: 'D123' });
    expect(history.messages?.map((m) => m.text)).toEqual(['two', 'one']);
    expect(history.messages?.[1]?.metadata).toEqual(metadata);
    const newer = await client().conversations.history({ channel: 'U123', oldest: first.ts });
    expect(newer.messages?.map((m) => m.ts)).toEqual([second.ts]);
  });

  it('paces posts per channel when a channel rate limit is set', async () => {
    standIn.setChannelRateLimit(1);
    await client().chat.postMessage({ channel: 'C1', text: 'a' });
    const error = await failureOf(client().chat.postMessage({ channel: 'C1', text: 'b' }));
    expect(error.code).toBe(ErrorCode.RateLimitedError);
    expect(error.retryAfter).toBe(1);
    await client().chat.postMessage({ channel: 'C2', text: 'other channel' });
    clock += 1000;
    await client().chat.postMessage({ channel: 'C1', text: 'c' });
    expect(standIn.callsTo('chat.postMessage').map((c) => c.args.text)).toEqual(['a', 'other channel', 'c']);
  });

  it('caps posts across the whole workspace when a workspace rate limit is set', async () => {
    standIn.setWorkspaceRateLimit(2);
    await client().chat.postMessage({ channel: 'C1', text: 'a' });
    await client().chat.postMessage({ channel: 'C2', text: 'b' });
    const error = await failureOf(client().chat.postMessage({ channel: 'C3', text: 'c' }));
    expect(error.code).toBe(ErrorCode.RateLimitedError);
    clock += 1000;
    await client().chat.postMessage({ channel: 'C3', text: 'c' });
    expect(standIn.callsTo('chat.postMessage').map((c) => c.args.text)).toEqual(['a', 'b', 'c']);
  });

  it('answers ephemeral posts and updates, and unknown methods', async () => {
    const ephemeral = await client().chat.postEphemeral({ channel: 'C1', user: 'U1', text: 'only you' });
    expect(ephemeral.message_ts).toBeDefined();
    const posted = await client().chat.postMessage({ channel: 'C1', text: 'before' });
    await client().chat.update({ channel: 'C1', ts: posted.ts ?? '', text: 'after' });
    const history = await client().conversations.history({ channel: 'C1' });
    expect(history.messages?.[0]?.text).toBe('after');
    const unknown = await failureOf(client().apiCall('emoji.list'));
    expect(unknown.data.error).toBe('unknown_method');
    expect(standIn.calls.at(-1)).toMatchObject({ method: 'emoji.list', status: 200, ok: false });
  });

  it('accepts JSON bodies, a token form field, and refuses a call without a token', async () => {
    const json = await fetch(`${standIn.url}chat.postMessage`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: 'Bearer xoxb-test' },
      body: JSON.stringify({ channel: 'C1', blocks: [section('json')] }),
    });
    expect(await json.json()).toMatchObject({ ok: true, channel: 'C1' });
    const form = await fetch(`${standIn.url}auth.test`, { method: 'POST', body: new URLSearchParams({ token: 'xoxb-test' }) });
    expect(await form.json()).toMatchObject({ ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T0DEMO' });
    const anonymous = await fetch(`${standIn.url}auth.test`, { method: 'POST' });
    expect(await anonymous.json()).toEqual({ ok: false, error: 'not_authed' });
    expect(standIn.calls.every((c) => !('token' in c.args))).toBe(true);
  });

  it('answers users.info with the configured profile', async () => {
    standIn.setUser('U9', { realName: '王主任', displayName: '王' });
    const info = await client().users.info({ user: 'U9' });
    expect(info.user).toMatchObject({ id: 'U9', real_name: '王主任', tz: 'Asia/Shanghai', profile: { display_name: '王' } });
  });
});

describe('slack stand-in: threads', () => {
  it('keeps a reply in its thread: out of the channel history, its parent marked as Slack marks it', async () => {
    const parent = await client().chat.postMessage({ channel: 'C1', text: 'parent' });
    const reply = await client().chat.postMessage({ channel: 'C1', text: 'reply', thread_ts: parent.ts });
    await client().chat.postMessage({ channel: 'C1', text: 'later' });
    expect(reply.message).toMatchObject({ thread_ts: parent.ts, parent_user_id: 'UBOT' });
    const history = await client().conversations.history({ channel: 'C1' });
    expect(history.messages?.map((m) => m.text)).toEqual(['later', 'parent']);
    expect(history.messages?.[1]).toMatchObject({
      thread_ts: parent.ts,
      reply_count: 1,
      reply_users_count: 1,
      reply_users: ['UBOT'],
      latest_reply: reply.ts,
    });
    // The recorded call keeps the thread it was asked for.
    expect(standIn.callsTo('chat.postMessage')[1]?.args).toMatchObject({ channel: 'C1', thread_ts: parent.ts });
  });

  it('refuses a reply to a ts the channel does not hold, or to a reply', async () => {
    const parent = await client().chat.postMessage({ channel: 'C1', text: 'parent' });
    const reply = await client().chat.postMessage({ channel: 'C1', text: 'reply', thread_ts: parent.ts });
    const elsewhere = await failureOf(client().chat.postMessage({ channel: 'C2', text: 'x', thread_ts: parent.ts }));
    expect(elsewhere.data.error).toBe('thread_not_found');
    const unknown = await failureOf(client().chat.postMessage({ channel: 'C1', text: 'x', thread_ts: '1.000001' }));
    expect(unknown.data.error).toBe('thread_not_found');
    const underReply = await failureOf(client().chat.postMessage({ channel: 'C1', text: 'x', thread_ts: reply.ts }));
    expect(underReply.data.error).toBe('invalid_thread_ts');
    expect(standIn.callsTo('chat.postMessage')).toHaveLength(2);
    expect((await client().conversations.history({ channel: 'C2' })).messages).toEqual([]);
  });

  it('answers conversations.replies with the parent, then the replies oldest first, with their metadata', async () => {
    const metadata = { event_type: 'duban_notice', event_payload: { key: 'k1' } };
    const parent = await client().chat.postMessage({ channel: 'C1', text: 'parent' });
    const first = await client().chat.postMessage({ channel: 'C1', text: 'one', thread_ts: parent.ts, metadata });
    await client().chat.postMessage({ channel: 'C1', text: 'two', thread_ts: parent.ts });
    await client().chat.postMessage({ channel: 'C1', text: 'top level' });
    const thread = await client().conversations.replies({ channel: 'C1', ts: parent.ts ?? '', include_all_metadata: true });
    expect(thread.messages?.map((m) => m.text)).toEqual(['parent', 'one', 'two']);
    expect(thread.messages?.[1]?.metadata).toEqual(metadata);
    // A reply's ts names the same thread; the parent leads even when the range leaves it out.
    const fromReply = await client().conversations.replies({ channel: 'C1', ts: first.ts ?? '', oldest: first.ts });
    expect(fromReply.messages?.map((m) => m.text)).toEqual(['parent', 'two']);
    const lone = await client().conversations.replies({
      channel: 'C1',
      ts: (await client().chat.postMessage({ channel: 'C1', text: 'alone' })).ts ?? '',
    });
    expect(lone.messages?.map((m) => m.text)).toEqual(['alone']);
  });

  it('pages conversations.replies by cursor, and refuses an unknown thread or channel', async () => {
    const parent = await client().chat.postMessage({ channel: 'C1', text: 'parent' });
    for (const text of ['r1', 'r2', 'r3', 'r4']) await client().chat.postMessage({ channel: 'C1', text, thread_ts: parent.ts });
    const ts = parent.ts ?? '';
    const first = await client().conversations.replies({ channel: 'C1', ts, limit: 3 });
    expect(first.messages?.map((m) => m.text)).toEqual(['parent', 'r1', 'r2']);
    expect(first.has_more).toBe(true);
    const second = await client().conversations.replies({
      channel: 'C1',
      ts,
      limit: 3,
      cursor: first.response_metadata?.next_cursor ?? '',
    });
    expect(second.messages?.map((m) => m.text)).toEqual(['r3', 'r4']);
    expect(second).toMatchObject({ has_more: false, response_metadata: { next_cursor: '' } });
    const badCursor = await failureOf(client().conversations.replies({ channel: 'C1', ts, cursor: 'bm90IGEgY3Vyc29y' }));
    expect(badCursor.data.error).toBe('invalid_cursor');
    const noThread = await failureOf(client().conversations.replies({ channel: 'C2', ts }));
    expect(noThread.data.error).toBe('thread_not_found');
    standIn.addUnknownChannel('CGONE');
    const noChannel = await failureOf(client().conversations.replies({ channel: 'CGONE', ts }));
    expect(noChannel.data.error).toBe('channel_not_found');
  });
});

describe('slack stand-in: injected failures', () => {
  it('surfaces failNext rate_limited as a rate-limited error with retryAfter', async () => {
    standIn.failNext('chat.postMessage', { kind: 'rate_limited', retryAfterSeconds: 7 });
    const error = await failureOf(client().chat.postMessage({ channel: 'C1', text: 'hi' }));
    expect(error.code).toBe(ErrorCode.RateLimitedError);
    expect(error.retryAfter).toBe(7);
    expect(standIn.calls[0]).toMatchObject({ ok: false, status: 429, error: 'ratelimited', injected: 'rate_limited' });
    await expect(client().chat.postMessage({ channel: 'C1', text: 'hi' })).resolves.toMatchObject({ ok: true });
  });

  it('surfaces server_error as an HTTP error', async () => {
    standIn.failNext('*', { kind: 'server_error', status: 503 });
    const error = await failureOf(client().auth.test());
    expect(error.code).toBe(ErrorCode.HTTPError);
    expect(error.statusCode).toBe(503);
    expect(standIn.calls[0]).toMatchObject({ ok: false, status: 503, error: 'server_error' });
  });

  it('surfaces a delayed answer as a request timeout, yet the post takes effect', async () => {
    standIn.failNext('chat.postMessage', { kind: 'timeout', ms: 400 });
    const error = await failureOf(client(200).chat.postMessage({ channel: 'C1', text: 'late' }));
    expect(error.code).toBe(ErrorCode.RequestError);
    expect(String(error.original?.name)).toBe('TimeoutError');
    expect(standIn.callsTo('chat.postMessage')).toHaveLength(1);
    expect(standIn.calls[0]?.injected).toBe('timeout');
  });

  it('answers an injected platform error with HTTP 200 and ok:false', async () => {
    standIn.failNext('views.publish', { kind: 'error', error: 'not_enabled' }, 2);
    const view = { type: 'home', blocks: [section('home')] };
    for (let i = 0; i < 2; i += 1) {
      const error = await failureOf(client().views.publish({ user_id: 'U1', view } as never));
      expect(error.data.error).toBe('not_enabled');
    }
    await expect(client().views.publish({ user_id: 'U1', view } as never)).resolves.toMatchObject({ ok: true });
  });

  it('replays the same random failures for the same seed', async () => {
    const outcomes = async (): Promise<string[]> => {
      standIn.reset();
      standIn.setRandomFailures({ rate: 0.4, seed: 42 });
      const seen: string[] = [];
      for (let i = 0; i < 30; i += 1) {
        const outcome = await client()
          .auth.test()
          .then(() => 'ok')
          .catch((error: { code: string }) => error.code);
        seen.push(outcome);
      }
      return seen;
    };
    const first = await outcomes();
    const second = await outcomes();
    expect(second).toEqual(first);
    expect(first).toContain('ok');
    expect(first).toContain(ErrorCode.RateLimitedError);
    expect(first).toContain(ErrorCode.HTTPError);
  });

  it('close() resolves promptly while an answer is still delayed', async () => {
    const own = await startSlackStandIn();
    own.failNext('*', { kind: 'timeout', ms: 60_000 });
    const pending = fetch(`${own.url}auth.test`, { method: 'POST', headers: { Authorization: 'Bearer xoxb-test' } }).catch(
      (error: unknown) => error,
    );
    while (own.calls.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    const started = Date.now();
    await own.close();
    expect(Date.now() - started).toBeLessThan(1000);
    expect(await pending).toBeInstanceOf(Error);
  });
});

describe('slack stand-in: modals, response_url and files', () => {
  const modal = { type: 'modal', title: { type: 'plain_text', text: '督办' }, blocks: [section('x')] };

  it('opens a modal with a fresh trigger id and refuses one older than 3 seconds', async () => {
    const fresh = makeTriggerId(clock);
    clock += 3000;
    const opened = await client().views.open({ trigger_id: fresh, view: modal } as never);
    expect(opened.view?.id).toMatch(/^V/);
    expect(opened.view?.title?.text).toBe('督办');
    clock += 1;
    const error = await failureOf(client().views.open({ trigger_id: fresh, view: modal } as never));
    expect(error.data.error).toBe('expired_trigger_id');
    await expect(client().views.open({ trigger_id: '1234.5678.abcd', view: modal } as never)).resolves.toMatchObject({ ok: true });
    await expect(client().views.open({ trigger_id: standIn.triggerId(), view: modal } as never)).resolves.toMatchObject({ ok: true });
  });

  it('validates modal views', async () => {
    const tooLongTitle = { ...modal, title: { type: 'plain_text', text: 'x'.repeat(25) } };
    const error = await failureOf(client().views.open({ trigger_id: standIn.triggerId(), view: tooLongTitle } as never));
    expect(error.data.error).toBe('invalid_blocks');
    expect(error.data.errors).toEqual(['view.title.text: 25 characters exceeds the limit of 24']);
  });

  it('records response_url posts with their JSON body', async () => {
    const url = standIn.responseUrl('cmd-1');
    const body = { response_type: 'ephemeral', text: '已收到', blocks: [section('已收到')] };
    const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    expect(response.status).toBe(200);
    const [call] = standIn.callsTo('response_url');
    expect(call?.args).toEqual(body);
    expect(call?.path).toBe('/response/cmd-1');
  });

  it('uploads a file end to end with filesUploadV2', async () => {
    const content = Buffer.from('编号,状态\n1,逾期\n');
    const result = await client().filesUploadV2({
      channel_id: 'C1',
      file: content,
      filename: 'report.csv',
      title: '周报',
      initial_comment: '本周督办情况',
    });
    expect(result.ok).toBe(true);
    const [urlCall] = standIn.callsTo('files.getUploadURLExternal');
    expect(urlCall?.args).toMatchObject({ filename: 'report.csv', length: String(content.length) });
    const [uploadCall] = standIn.callsTo('file_upload');
    expect(uploadCall?.args.uploadedBytes).toBe(content.length);
    const [complete] = standIn.callsTo('files.completeUploadExternal');
    const fileId = String(uploadCall?.args.file_id);
    expect(complete?.args).toMatchObject({
      channel_id: 'C1',
      initial_comment: '本周督办情况',
      files: [{ id: fileId, title: '周报' }],
      uploadedBytes: content.length,
    });
    expect(standIn.uploadedFile(fileId)?.data.equals(content)).toBe(true);
    const history = await client().conversations.history({ channel: 'C1' });
    expect(history.messages?.[0]?.text).toBe('本周督办情况');
  });

  it('refuses to complete an upload that never happened', async () => {
    const error = await failureOf(client().files.completeUploadExternal({ files: [{ id: 'F404', title: 'x' }] }));
    expect(error.data.error).toBe('file_not_found');
  });

  it('serves a file a person shared to a bot token only, and describes it in files.info', async () => {
    const data = Buffer.from('编号,标题\n2026-0001,关于河湖长制的建议\n');
    const file = standIn.shareFile('U1', '交办清单.csv', data);
    expect(file).toMatchObject({ name: '交办清单.csv', filetype: 'csv', size: data.length, user: 'U1' });
    const withToken = await fetch(file.url_private_download, { headers: { Authorization: 'Bearer xoxb-test' } });
    expect(withToken.status).toBe(200);
    expect(Buffer.from(await withToken.arrayBuffer()).equals(data)).toBe(true);
    // Without a token Slack answers its sign-in page, with 200.
    const without = await fetch(file.url_private);
    expect(without.status).toBe(200);
    expect(without.headers.get('content-type')).toContain('text/html');
    expect(standIn.callsTo('file_download').map((call) => call.args.authorized)).toEqual([true, false]);
    const info = await client().files.info({ file: file.id });
    expect(info.file).toMatchObject({ id: file.id, name: '交办清单.csv', url_private_download: file.url_private_download });
    expect((await failureOf(client().files.info({ file: 'F404' }))).data.error).toBe('file_not_found');
  });

  it('fails a download on demand', async () => {
    const file = standIn.shareFile('U1', 'a.csv', Buffer.from('x'));
    standIn.failNext('file_download', { kind: 'server_error' });
    const response = await fetch(file.url_private_download, { headers: { Authorization: 'Bearer xoxb-test' } });
    expect(response.status).toBe(500);
  });

  it('finds a member by e-mail, whatever its case, and answers users_not_found otherwise', async () => {
    standIn.setUser('U0LI', { realName: '李经办', email: 'li@water.gov.cn' });
    const found = await client().users.lookupByEmail({ email: 'LI@water.gov.cn' });
    expect(found.user).toMatchObject({ id: 'U0LI', real_name: '李经办' });
    expect((await failureOf(client().users.lookupByEmail({ email: 'nobody@water.gov.cn' }))).data.error).toBe('users_not_found');
  });

  it('accepts a file input only in a modal input block', async () => {
    const fileInput = { type: 'file_input', action_id: 'file', filetypes: ['csv', 'xlsx'], max_files: 1 };
    const form = {
      ...modal,
      submit: { type: 'plain_text', text: '检查' },
      blocks: [{ type: 'input', block_id: 'f', label: { type: 'plain_text', text: '文件' }, element: fileInput }],
    };
    await expect(client().views.open({ trigger_id: standIn.triggerId(), view: form } as never)).resolves.toMatchObject({ ok: true });
    const tooMany = { ...form, blocks: [{ ...form.blocks[0], element: { ...fileInput, max_files: 11 } }] };
    expect((await failureOf(client().views.open({ trigger_id: standIn.triggerId(), view: tooMany } as never))).data.errors).toEqual([
      'view.blocks[0].element.max_files: must be an integer from 1 to 10',
    ]);
    const inMessage = await failureOf(
      client().chat.postMessage({ channel: 'C1', text: 'x', blocks: [{ type: 'actions', elements: [fileInput] }] } as never),
    );
    expect(inMessage.data.errors).toContain('blocks[0]: file_input is allowed only in an input block');
  });
});
