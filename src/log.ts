// The logger for Bolt, the dispatcher and the jobs, and how an error is put into words for a log
// line or a person.
import { type Logger, LogLevel } from '@slack/bolt';
import { DrizzleQueryError } from 'drizzle-orm';
import pino from 'pino';

/** Where a driver or a framework keeps the error it wrapped (a cause, Bolt's `original`). */
const wrapped = (error: Error): unknown => (error as { original?: unknown }).original ?? error.cause;

/**
 * What an error says, for a log line or a person: its message, without the stack. A failed
 * query is named by its statement and its cause, never by its bound parameters: they hold what
 * people typed (titles, notes, reasons) and are no business of a log. A wrapper that copied a
 * failed query's message (Bolt's UnknownError) loses the parameters too.
 */
export function errorMessage(error: unknown): string {
  if (error instanceof DrizzleQueryError) return `Failed query: ${error.query}${error.cause ? ` (${errorMessage(error.cause)})` : ''}`;
  if (!(error instanceof Error)) return String(error);
  const inner = wrapped(error);
  if (inner instanceof Error && inner !== error && error.message === inner.message) return errorMessage(inner);
  return withoutParameters(error.message);
}

/** A message that carries a failed query's parameters (drizzle writes them after `params:`), without them. */
const withoutParameters = (message: string): string => message.replace(/\nparams: [\s\S]*$/, '');

/** An error as a log shows it: its message as errorMessage says it, then its stack's frames, where it has them. */
export function errorDetail(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
  const name = error.name === 'Error' ? error.constructor.name : error.name;
  return [`${name}: ${errorMessage(error)}`, ...frames].join('\n');
}

/** How log lines are written: JSON lines for a log collector, or a line a person reads in a terminal. */
export type LogFormat = 'json' | 'pretty';

/** Slack's tokens, wherever they turn up in a message (a URL, a framework's dump): never in a log. */
const secrets = /\b(xox[abposr]-|xapp-)[A-Za-z0-9-]+/g;
const redacted = (text: string) => text.replace(secrets, '$1[redacted]');

/** Keys whose values a log line never carries, in any object logged (a request's headers, a client's options). */
const secretKeys = new Set(['token', 'authorization', 'signingsecret', 'password', 'secret', 'apptoken', 'bottoken']);
const withoutSecrets = (key: string, value: unknown) => (secretKeys.has(key.toLowerCase()) ? '[redacted]' : value);

/** An error as a JSON line carries it: its kind, its message as errorMessage says it (no query parameters), its frames. */
const errorObject = (error: Error) => ({
  type: error.name === 'Error' ? error.constructor.name : error.name,
  message: redacted(errorMessage(error)),
  stack: redacted(errorDetail(error)),
});

/**
 * The logger Bolt, the dispatcher and the jobs write to: JSON lines on stderr (pino), or, for a
 * person at a terminal, one readable line each. Errors keep their stacks; Slack tokens, and the
 * values of keys that hold secrets in an object logged, are redacted, and failed queries never
 * show their parameters (what people typed). Secrets live only in config and are never passed
 * here on purpose.
 */
export function createLogger(
  name = 'duban',
  level: LogLevel = LogLevel.INFO,
  format: LogFormat = process.stderr.isTTY ? 'pretty' : 'json',
): Logger {
  const lines = pino(
    {
      level,
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    // Through process.stderr, as every other line of the process is written.
    { write: (line: string) => process.stderr.write(line) },
  );
  let label = name;
  const write = (at: LogLevel, parts: unknown[]) => {
    if (!lines.isLevelEnabled(at)) return;
    const error = parts.find((part): part is Error => part instanceof Error);
    const text = redacted(
      parts
        .filter((part) => part !== error || format === 'pretty')
        .map((part) => (part instanceof Error ? errorDetail(part) : typeof part === 'string' ? part : JSON.stringify(part, withoutSecrets)))
        .join(' '),
    );
    if (format === 'pretty') {
      process.stderr.write(`${new Date().toISOString()} ${at.toUpperCase()} [${label}] ${text}\n`);
      return;
    }
    lines[at](error ? { name: label, error: errorObject(error) } : { name: label }, text);
  };
  return {
    debug: (...parts) => write(LogLevel.DEBUG, parts),
    info: (...parts) => write(LogLevel.INFO, parts),
    warn: (...parts) => write(LogLevel.WARN, parts),
    error: (...parts) => write(LogLevel.ERROR, parts),
    setLevel: (next) => {
      lines.level = next;
    },
    getLevel: () => lines.level as LogLevel,
    setName: (next) => {
      label = next;
    },
  };
}
