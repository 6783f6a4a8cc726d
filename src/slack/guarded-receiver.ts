// Bolt's HTTPReceiver with the request guard in front: the body is read once, checked, and
// handed on already buffered (Bolt reuses req.rawBody), so Bolt's weaker check is switched off.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HTTPReceiver, type HTTPReceiverOptions, type Logger } from '@slack/bolt';
import { requestGuard } from './request-guard.js';

const maxBodyBytes = 10 * 1024 * 1024; // Slack's payloads are far smaller; this bounds a hostile one

export interface GuardedReceiverOptions extends Omit<HTTPReceiverOptions, 'signatureVerification'> {
  signingSecret: string;
  logger: Logger;
  now?: () => number;
}

async function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBodyBytes) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

const header = (req: IncomingMessage, name: string) => {
  const value = req.headers[name];
  return typeof value === 'string' ? value : undefined;
};

export function guardedReceiver(options: GuardedReceiverOptions): HTTPReceiver {
  const { now = Date.now, logger, ...receiverOptions } = options;
  const receiver = new HTTPReceiver({ ...receiverOptions, logger, signatureVerification: false });
  const guard = requestGuard(options.signingSecret);
  const given = receiverOptions.endpoints ?? '/slack/events';
  const endpoints = new Set(typeof given === 'string' ? [given] : Array.isArray(given) ? given : Object.values(given));
  const serve = receiver.requestListener;

  receiver.requestListener = async (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '').split('?')[0] ?? '';
    if (req.method !== 'POST' || !endpoints.has(path)) return serve(req, res);
    const body = await readBody(req).catch(() => undefined);
    if (!body) {
      res.writeHead(413).end();
      return;
    }
    const verdict = guard.check(
      { timestamp: header(req, 'x-slack-request-timestamp'), signature: header(req, 'x-slack-signature') },
      body.toString('utf8'),
      now(),
    );
    if (!verdict.ok) {
      logger.warn(`refused a request to ${path}: ${verdict.reason}`);
      res.writeHead(401).end();
      return;
    }
    (req as IncomingMessage & { rawBody: Buffer }).rawBody = body;
    return serve(req, res);
  };
  return receiver;
}
