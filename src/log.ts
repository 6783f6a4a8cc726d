// A plain logger for Bolt, the dispatcher and the jobs. It writes what it is given and nothing
// else: secrets live only in config and are never passed here.
import { type Logger, LogLevel } from '@slack/bolt';

/** What an error says, for a log line or a person: its message, without the stack. */
export const errorMessage = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** An error as a log shows it: with its stack, where it has one. */
export const errorDetail = (error: unknown): string => (error instanceof Error ? (error.stack ?? error.message) : String(error));

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
