// npm start: serve Slack until SIGTERM or SIGINT, then stop cleanly.

import type { LogLevel } from '@slack/bolt';
import { ConfigError, loadConfig } from './config.js';
import { DataDirLockedError } from './db/data-dir-lock.js';
import { startDuban } from './duban.js';
import { createLogger } from './log.js';

// Until the configuration is read, a start-up failure is logged at the default level.
let logger = createLogger();

async function main(): Promise<void> {
  const config = loadConfig();
  logger = createLogger('duban', config.LOG_LEVEL as LogLevel, config.LOG_FORMAT);
  const duban = await startDuban({ config, logger });
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal} received: finishing the requests and messages in flight`);
    duban.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error('could not stop cleanly', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  // A start-up problem the operator can fix is said plainly, without a stack trace.
  if (error instanceof ConfigError || error instanceof DataDirLockedError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    logger.error('duban could not start', error);
  }
  process.exit(1);
});
