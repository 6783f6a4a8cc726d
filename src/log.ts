// A plain logger for Bolt, the dispatcher and the jobs. It writes what it is given and nothing
// else: secrets live only in config and are never passed here.
import { type Logger, LogLevel } from '@slack/bolt';
import { DrizzleQueryError } from 'drizzle-orm';

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

const order = [LogLevel.DEBUG, LogLevel.INFO, LogLevel.WARN, LogLevel.ERROR];

export function createLogger(name = 'duban', level: LogLevel = LogLevel.INFO): Logger {
  let current = level;
  let label = name;
  const write = (at: LogLevel, parts: unknown[]) => {
    if (order.indexOf(at) < order.indexOf(current)) return;
    const text = parts
      .map((part) => (part instanceof Error ? errorDetail(part) : typeof part === 'string' ? part : JSON.stringify(part)))
      .join(' ');
    process.stderr.write(`${new Date().toISOString()} ${at.toUpperCase()} [${label}] ${text}\n`);
  };
  return {
    debug: (...parts) => write(LogLevel.DEBUG, parts),
    info: (...parts) => write(LogLevel.INFO, parts),
    warn: (...parts) => write(LogLevel.WARN, parts),
    error: (...parts) => write(LogLevel.ERROR, parts),
    setLevel: (next) => {
      current = next;
    },
    getLevel: () => current,
    setName: (next) => {
      label = next;
    },
  };
}
