// Bolt's HTTPReceiver with the request guard in front. Every POST, whatever its path, is read
// once and checked before Bolt sees it (Bolt routes on a normalised URL, so checking only the
// paths we serve would let `/slack/x/../events` past); the body is handed on already buffered
// (Bolt reuses req.rawBody), so Bolt's weaker check is switched off.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HTTPReceiver, type HTTPReceiverOptions, type Logger } from '@slack/bolt';
import { errorMessage } from '../log.js';
import type { FirstSeen } from '../services/shared/remember-request.js';
import { requestGuard } from './request-guard.js';

const maxBodyBytes = 10 * 1024 * 1024; // Slack's payloads are far smaller; this bounds a hostile one
/** Slack sends a payload at once and wants its answer within 3 s: a body still arriving after this is held back on purpose. */
const bodyDeadlineMs = 10_000;

export interface GuardedReceiverOptions extends Omit<HTTPReceiverOptions, 'signatureVerification'> {
  signingSecret: string;
  logger: Logger;
  now?: () => number;
  /** Where served requests are recorded, for every instance to refuse a replay; this process's memory by default. */
  firstSeen?: FirstSeen;
  /** How long a body may take to arrive (10 s). */
  bodyDeadlineMs?: number;
  /** Plain GET endpoints served beside Slack's (health, metrics): true when one answered. */
  otherRoutes?: HttpRoutes;
  /** Each Slack request's answer: its status, and the seconds until it was sent. */
  onAnswered?: (status: number, seconds: number) => void;
}

/** Requests served beside Slack's on the same port; false leaves the request to the caller. */
export type HttpRoutes = (req: IncomingMessage, res: ServerResponse) => boolean;

/** The body, or why not: larger than any payload, or so slow that it holds a connection open on purpose. */
async function readBody(req: IncomingMessage, deadlineMs: number): Promise<Buffer | 'too_large' | 'too_slow'> {
  const chunks: Buffer[] = [];
  let size = 0;
  let late = false;
  const timer = setTimeout(() => {
    late = true;
    req.destroy();
  }, deadlineMs);
  try {
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > maxBodyBytes) return 'too_large';
      chunks.push(chunk as Buffer);
    }
  } catch (error) {
    if (late) return 'too_slow';
    throw error;
  } finally {
    clearTimeout(timer);
  }
  return late ? 'too_slow' : Buffer.concat(chunks);
}

const header = (req: IncomingMessage, name: string) => {
  const value = req.headers[name];
  return typeof value === 'string' ? value : undefined;
};

const answer = (res: ServerResponse, status: number) => {
  if (!res.headersSent) res.writeHead(status);
  res.end();
};

/** Refused before the body was read: the connection is closed rather than kept to drain what follows. */
const closing = (res: ServerResponse, status: number) => {
  if (!res.headersSent) res.writeHead(status, { connection: 'close' });
  res.end();
};

export function guardedReceiver(options: GuardedReceiverOptions): HTTPReceiver {
  const {
    now = Date.now,
    logger,
    firstSeen,
    bodyDeadlineMs: deadlineMs = bodyDeadlineMs,
    otherRoutes: _otherRoutes,
    onAnswered: _onAnswered,
    ...receiverOptions
  } = options;
  const receiver = new HTTPReceiver({ ...receiverOptions, logger, signatureVerification: false });
  const guard = requestGuard(options.signingSecret, firstSeen);
  const serve = receiver.requestListener;

  receiver.requestListener = (req: IncomingMessage, res: ServerResponse) => {
    // Slack only ever POSTs; anything else is a health check or a scrape, or a plain 404.
    if (req.method !== 'POST') {
      if (options.otherRoutes?.(req, res)) return;
      return answer(res, 404);
    }
    const started = performance.now();
    if (options.onAnswered) res.once('finish', () => options.onAnswered?.(res.statusCode, (performance.now() - started) / 1000));
    guarded(req, res).catch((error: unknown) => {
      logger.warn(`request failed before it was served: ${errorMessage(error)}`);
      answer(res, 400);
    });
  };

  async function guarded(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const signed = { timestamp: header(req, 'x-slack-request-timestamp'), signature: header(req, 'x-slack-signature') };
    // Unsigned, stale or declared too large: refused by its headers, before a byte of the body is read.
    const early = guard.checkHeaders(signed, now());
    if (!early.ok) {
      logger.warn(`refused a request: ${early.reason}`);
      return closing(res, 401);
    }
    if (Number(header(req, 'content-length') ?? 0) > maxBodyBytes) return closing(res, 413);
    const body = await readBody(req, deadlineMs);
    if (body === 'too_slow') {
      logger.warn('refused a request: its body was still arriving after the deadline');
      return closing(res, 408);
    }
    if (body === 'too_large') return closing(res, 413);
    const verdict = await guard.check(signed, body.toString('utf8'), now());
    if (!verdict.ok) {
      logger.warn(`refused a request: ${verdict.reason}`);
      return answer(res, 401);
    }
    (req as IncomingMessage & { rawBody: Buffer }).rawBody = body;
    try {
      // Bolt throws at once for a path it does not serve.
      serve(req, res);
    } catch {
      answer(res, 404);
    }
  }
  return receiver;
}
