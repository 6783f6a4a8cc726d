import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { FailurePlan } from './failures.js';
import { fail, type MethodContext, type MethodResult, rateLimited } from './method-kit.js';
import { type SharedFile, sharedFile } from './methods-files.js';
import { readBody } from './parse-request.js';
import { type Route, routeRequest } from './routes.js';
import { attachSocketMode, type SocketModeEndpoint, socketPath } from './socket-mode.js';
import { makeTriggerId } from './trigger-id.js';
import type { Failure, RandomFailures, RecordedCall } from './types.js';
import { type UserProfile, WorkspaceState } from './workspace-state.js';

export type { SharedFile } from './methods-files.js';
export { makeTriggerId } from './trigger-id.js';
export type { Failure, RandomFailures, RecordedCall } from './types.js';
export type { UserProfile } from './workspace-state.js';

export interface SlackStandInOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Clock for recorded times, ts values, trigger expiry and channel pacing; defaults to Date.now. */
  now?: () => number;
}

export interface SlackStandIn {
  /** Give this to WebClient as `slackApiUrl`; it ends with `/api/`. */
  url: string;
  /** A `response_url` for slash-command/interaction payloads; POSTs to it are recorded as `response_url`. */
  responseUrl(id: string): string;
  /** Every request received, in arrival order, including refused and injected-failure ones. */
  calls: RecordedCall[];
  /** Calls to `method` that were answered ok. */
  callsTo(method: string): RecordedCall[];
  /** Makes the next `times` calls to `method` (or to anything, with '*') fail as described. */
  failNext(method: string, failure: Failure, times?: number): void;
  /** Fails a seeded-random fraction of all calls; null turns it off. */
  setRandomFailures(config: RandomFailures | null): void;
  /** Paces chat.postMessage/postEphemeral per channel like Slack; null (default) turns pacing off. */
  setChannelRateLimit(perSecond: number | null): void;
  /** Caps chat.postMessage/postEphemeral across the whole workspace (429 beyond); null turns it off. */
  setWorkspaceRateLimit(perSecond: number | null): void;
  /** Posts and reads on this channel id then answer channel_not_found. */
  addUnknownChannel(id: string): void;
  /** Whether the bot is a member of this channel: posts to one it is not in answer not_in_channel (members by default). */
  setBotInChannel(id: string, member: boolean): void;
  /** Overrides what users.info answers for this user. */
  setUser(id: string, profile: UserProfile): void;
  /** A trigger id issued now by the stand-in's clock (expires after 3 s). */
  triggerId(): string;
  /**
   * A file a person shared, as Slack describes it in a form's file input (url_private_download
   * serves its bytes to a request with a token); give it to viewSubmissionBody's values.
   */
  shareFile(user: string, filename: string, data: Buffer): SharedFile;
  /** Bytes received on an upload URL, with the filename given to files.getUploadURLExternal. */
  uploadedFile(fileId: string): { filename: string; data: Buffer } | undefined;
  /** Forgets calls, queued and random failures, pacing and workspace state. */
  reset(): void;
  /** The Socket Mode side: apps.connections.open points apps here. */
  socket: SocketModeEndpoint;
  /** Stops listening and drops open connections, including answers still being delayed. */
  close(): Promise<void>;
}

export async function startSlackStandIn(options: SlackStandInOptions = {}): Promise<SlackStandIn> {
  const now = options.now ?? Date.now;
  const state = new WorkspaceState(now);
  const failures = new FailurePlan();
  const calls: RecordedCall[] = [];
  const delayed = new Set<NodeJS.Timeout>();
  const sockets = new Set<Socket>();
  const ctx: MethodContext = { state, now, origin: '', socketUrl: '' };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, { status: 500, body: `stand-in failure: ${String(error)}` });
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const at = now();
    const body = await readBody(req);
    const url = new URL(req.url ?? '/', ctx.origin);
    const route = routeRequest({ path: url.pathname, query: url.searchParams, body, headers: req.headers }, ctx);
    const failure = failures.take(route.method);
    const served = failure === undefined || failure.kind === 'timeout' || (failure.kind === 'error' && failure.served === true);
    const outcome = served ? route.run() : undefined;
    const result = failure === undefined || failure.kind === 'timeout' ? outcome! : injectedResult(failure);
    calls.push(record(route, result, at, url.pathname, failure?.kind));
    if (failure?.kind !== 'timeout') {
      send(res, result);
      return;
    }
    // The call takes effect but its answer comes late, like a Slack that processed a request the client gave up on.
    const timer = setTimeout(() => {
      delayed.delete(timer);
      if (!res.destroyed) send(res, result);
    }, failure.ms);
    delayed.add(timer);
  }

  await listen(server, options.port ?? 0);
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('slack stand-in: no TCP address');
  ctx.origin = `http://127.0.0.1:${address.port}`;
  ctx.socketUrl = `ws://127.0.0.1:${address.port}${socketPath}`;
  const socket = attachSocketMode(server);

  return {
    url: `${ctx.origin}/api/`,
    responseUrl: (id) => `${ctx.origin}/response/${encodeURIComponent(id)}`,
    calls,
    callsTo: (method) => calls.filter((c) => c.method === method && c.ok),
    failNext: (method, failure, times = 1) => failures.failNext(method, failure, times),
    setRandomFailures: (config) => failures.setRandom(config),
    setWorkspaceRateLimit: (perSecond) => {
      state.workspaceRatePerSecond = perSecond;
    },
    setChannelRateLimit: (perSecond) => {
      state.channelRatePerSecond = perSecond;
    },
    addUnknownChannel: (id) => void state.unknownChannels.add(id),
    setBotInChannel: (id, member) => void (member ? state.channelsWithoutBot.delete(id) : state.channelsWithoutBot.add(id)),
    setUser: (id, profile) => void state.users.set(id, profile),
    triggerId: () => makeTriggerId(now()),
    shareFile: (user, filename, data) => {
      const id = state.nextId('F');
      state.uploads.set(id, { filename, length: data.length, data: Buffer.from(data), sharedBy: user });
      return sharedFile(ctx.origin, id, user, filename, data.length, now());
    },
    uploadedFile: (fileId) => {
      const upload = state.uploads.get(fileId);
      return upload?.data === undefined ? undefined : { filename: upload.filename, data: upload.data };
    },
    reset: () => {
      // Emptied in place so references held by tests stay live.
      calls.length = 0;
      failures.reset();
      state.reset();
    },
    socket,
    close: async () => {
      socket.close();
      for (const timer of delayed) clearTimeout(timer);
      delayed.clear();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      await closed;
    },
  };
}

function injectedResult(failure: Exclude<Failure, { kind: 'timeout' }>): MethodResult {
  switch (failure.kind) {
    case 'rate_limited':
      return rateLimited(failure.retryAfterSeconds);
    case 'server_error':
      // Slack's edge answers outages with HTML, which clients must not try to read as JSON.
      return {
        status: failure.status ?? 500,
        body: '<html><body>Internal Server Error</body></html>',
        headers: { 'Content-Type': 'text/html' },
      };
    case 'error':
      return fail(failure.error);
  }
}

function record(route: Route, result: MethodResult, at: number, path: string, injected?: Failure['kind']): RecordedCall {
  const body = result.body;
  const answeredOk = result.status === 200 && (typeof body === 'string' || Buffer.isBuffer(body) || body.ok === true);
  const error = answeredOk ? undefined : errorOf(body, injected);
  return {
    method: route.method,
    args: { ...route.args, ...result.recordArgs },
    at,
    ok: answeredOk,
    status: result.status,
    path,
    ...(error === undefined ? {} : { error }),
    ...(injected === undefined ? {} : { injected }),
  };
}

function errorOf(body: MethodResult['body'], injected?: Failure['kind']): string | undefined {
  if (injected === 'server_error') return 'server_error';
  if (typeof body === 'string') return body;
  if (Buffer.isBuffer(body)) return undefined;
  return typeof body.error === 'string' ? body.error : undefined;
}

function send(res: ServerResponse, result: MethodResult): void {
  const { body } = result;
  const isText = typeof body === 'string';
  const isBytes = Buffer.isBuffer(body);
  res.writeHead(result.status, {
    'Content-Type': isBytes ? 'application/octet-stream' : isText ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8',
    ...result.headers,
  });
  res.end(isText || isBytes ? body : JSON.stringify(body));
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
}
