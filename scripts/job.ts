// npm run job -- <job> [--at <ISO time>]: runs one job once, as of the given instant, then sends
// what it queued before it exits. Operators re-run a missed job with it; tests drive time with it.
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import { type Database, databaseOptionsFrom, openDatabase } from '../src/db/client.js';
import { outboxDispatcher, writeDatesByOfficeCalendar } from '../src/duban.js';
import { jobDefinitions } from '../src/jobs/definitions.js';
import { createLogger } from '../src/log.js';
import { runScript } from './run-script.js';

// Each job queues its messages in the outbox; `outbox` alone just sends what is already queued.
// A job run by hand is not a scheduled fire: it is not recorded in job_runs, and its messages'
// keys (kind, day, person) make it harmless to run again.
const jobs: Record<string, (db: Database, at: Date, timezone: string) => Promise<unknown>> = {
  ...Object.fromEntries(Object.entries(jobDefinitions).map(([name, job]) => [name, job.run])),
  outbox: async () => 'nothing to plan; sending what is queued',
};

const usage = `usage: npm run job -- <${Object.keys(jobs).join('|')}> [--at <ISO time, e.g. 2026-12-08T09:00:00+08:00>]`;

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { at: { type: 'string' } } });
  const [name] = positionals;
  const job = name ? jobs[name] : undefined;
  if (!job || positionals.length > 1) {
    process.stderr.write(`${name ? `unknown job "${name}". ` : ''}${usage}\n`);
    return 2;
  }
  const at = values.at ? new Date(values.at) : new Date();
  if (Number.isNaN(at.getTime())) {
    process.stderr.write(`--at "${values.at}" is not a time. ${usage}\n`);
    return 2;
  }
  const config = loadConfig();
  const logger = createLogger(`job:${name}`);
  const database = await openDatabase(databaseOptionsFrom(config));
  try {
    const outcome = await job(database.db, at, config.BOT_TIMEZONE);
    logger.info(`${name} as of ${at.toISOString()}: ${typeof outcome === 'string' ? outcome : JSON.stringify(outcome)}`);
    await writeDatesByOfficeCalendar(database.db);
    const dispatcher = outboxDispatcher(config, database.db, logger);
    const empty = await dispatcher.drain(Date.now() + 5 * 60_000);
    logger.info(empty ? 'outbox is empty' : 'some messages are still waiting (rate limits or retries); the bot will send them');
    return 0;
  } finally {
    await database.close();
  }
}

runScript('job', main);
