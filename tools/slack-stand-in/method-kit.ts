import type { WorkspaceState } from './workspace-state.js';

export interface MethodResult {
  status: number;
  /** JSON, text, or a file's bytes. */
  body: Record<string, unknown> | string | Buffer;
  headers?: Record<string, string>;
  /** Facts only the stand-in knows (e.g. uploaded byte counts), added to the recorded call's args. */
  recordArgs?: Record<string, unknown>;
}

export interface MethodContext {
  state: WorkspaceState;
  now: () => number;
  /** `http://127.0.0.1:PORT` without a trailing slash. */
  origin: string;
  /** Where apps.connections.open sends a Socket Mode app. */
  socketUrl: string;
}

export type MethodHandler = (args: Record<string, unknown>, ctx: MethodContext) => MethodResult;

export function ok(body: Record<string, unknown> = {}): MethodResult {
  return { status: 200, body: { ok: true, ...body } };
}

/** Slack reports method errors with HTTP 200 and `ok: false`. */
export function fail(error: string, extra: Record<string, unknown> = {}): MethodResult {
  return { status: 200, body: { ok: false, error, ...extra } };
}

export function invalidBlocks(errors: string[]): MethodResult {
  // WebClient logs response_metadata messages, so the cause shows up in the bot's own log too.
  return fail('invalid_blocks', { errors, response_metadata: { messages: errors.map((e) => `[ERROR] ${e}`) } });
}

export function rateLimited(retryAfterSeconds: number): MethodResult {
  return {
    status: 429,
    body: { ok: false, error: 'ratelimited' },
    headers: { 'Retry-After': String(retryAfterSeconds) },
  };
}

/** A non-empty string argument, or undefined. */
export function str(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value !== '' ? value : undefined;
}
