/** One HTTP request the stand-in received, as the bot's code would see its effect. */
export interface RecordedCall {
  /** Web API method name, or `response_url` / `file_upload` for the non-API endpoints. */
  method: string;
  /** Request arguments; JSON-in-form values (`blocks`, `view`, ...) are already parsed. */
  args: Record<string, unknown>;
  /** Receipt time in ms, from the stand-in's clock. */
  at: number;
  ok: boolean;
  error?: string;
  /** HTTP status answered (or about to be answered, for a delayed reply). */
  status: number;
  /** Request path, e.g. `/api/chat.postMessage` or `/response/abc`. */
  path: string;
  /** Set when the answer came from failure injection rather than from the method itself. */
  injected?: Failure['kind'];
}

export type Failure =
  | { kind: 'rate_limited'; retryAfterSeconds: number }
  | { kind: 'server_error'; status?: number }
  | { kind: 'timeout'; ms: number }
  /** Slack's answer with this error; served: the call took effect all the same (Slack says of
   *  internal_error that "it's possible some aspect of the operation succeeded"). */
  | { kind: 'error'; error: string; served?: boolean };

export interface RandomFailures {
  /** Fraction of calls to fail, 0..1. */
  rate: number;
  seed: number;
  /** Failures used in turn; defaults to 429 (Retry-After 1) then 500. */
  kinds?: Failure[];
}
