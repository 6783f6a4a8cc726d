// Requests as Slack sends them: form-encoded, signed with the signing secret (v0 HMAC-SHA256).
import { createHmac } from 'node:crypto';

export interface SignedPostOptions {
  secret: string;
  /** Seconds since the epoch; default now. */
  timestamp?: number;
  /** Sign with this secret instead (a forged request). */
  signWith?: string;
}

export function signatureOf(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SignedRequest {
  body: string;
  headers: Record<string, string>;
}

export function signRequest(body: string, options: SignedPostOptions): SignedRequest {
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

export async function send(url: string, request: SignedRequest): Promise<{ status: number; text: string; json: () => unknown }> {
  const response = await fetch(url, { method: 'POST', headers: request.headers, body: request.body });
  const text = await response.text();
  return { status: response.status, text, json: () => JSON.parse(text) };
}

export const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
export const payloadForm = (payload: unknown) => form({ payload: JSON.stringify(payload) });
