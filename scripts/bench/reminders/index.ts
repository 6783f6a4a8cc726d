// The daily reminder job at the size of a whole province: 100,000 open assignments (about 800,000
// nodes) over 200 units and 5,000 people on PostgreSQL. Measures how long planning takes until
// the outbox rows are written and how many statements it runs, that a second run the same day
// queues nothing, and how close dispatch comes to Slack's pace (one message a second per channel,
// and a workspace-wide burst limit) on the local stand-in.
import { LogLevel } from '@slack/bolt';
import { type SQL, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { loadConfig } from '../../../src/config.js';
import { type Database, serverSessionSettings } from '../../../src/db/client.js';
import { readRows } from '../../../src/db/read-rows.js';
import * as schema from '../../../src/db/schema.js';
import { outboxDispatcher } from '../../../src/duban.js';
import { createLogger } from '../../../src/log.js';
import { keyOfMetadata } from '../../../src/outbox/message-key.js';
import { queueDailyReminders } from '../../../src/services/reports/queue-daily-reminders.js';
import { startSlackStandIn } from '../../../tools/slack-stand-in/server.js';
import { createBenchDatabase } from '../ack/bench-database.js';
import { registerCleanup } from '../cleanup.js';
import { describeMachine, machine } from '../machine.js';
import type { BenchmarkReport, TargetVerdict } from '../report.js';
import { fireAt, ledgerShape, neverDone, seedProvince, size, timezone } from './province.js';

const workspacePerSecond = 200;

const progress = (text: string) => process.stderr.write(`[reminders] ${text}\n`);

export async function runRemindersBenchmark(): Promise<BenchmarkReport> {
  const database = await createBenchDatabase();
  const dropDatabase = registerCleanup(() => database.drop());
  try {
    progress(`seeding ${database.name} (${size.suggestions.toLocaleString('en')} suggestions)`);
    const seededAt = Date.now();
    await seedProvince(database.url);
    progress(`seeded in ${((Date.now() - seededAt) / 1000).toFixed(0)} s`);

    let statements = 0;
    const client = postgres(database.url, {
      max: 4,
      onnotice: () => {},
      connection: serverSessionSettings,
      debug: () => (statements += 1),
    });
    const closeClient = registerCleanup(() => client.end({ timeout: 5 }));
    try {
      const db = drizzle(client, { schema }) as unknown as Database;
      const shape = await ledgerShape(db);

      statements = 0;
      const planStart = performance.now();
      const run = await queueDailyReminders(db, fireAt, timezone);
      const planMs = performance.now() - planStart;
      const planStatements = statements;
      if (run.restDay) throw new Error(`${fireAt.toISOString()} fell on a rest day`);

      statements = 0;
      const againStart = performance.now();
      await queueDailyReminders(db, fireAt, timezone);
      const againMs = performance.now() - againStart;
      const againStatements = statements;
      const queued = await count(db, sql`select count(*)::int as n from outbox`);
      const duplicates = queued - run.queued;

      const dispatch = await measureDispatch(db, database.url, queued);

      const targets: TargetVerdict[] = [
        { name: `planning ${ms(planMs)} ms < 2,000 ms`, pass: planMs < 2000 },
        { name: `dispatch at ${(dispatch.ratio * 100).toFixed(0)} % of the pacing limit ≥ 90 %`, pass: dispatch.ratio >= 0.9 },
        { name: `duplicates ${duplicates + dispatch.duplicates} = 0`, pass: duplicates + dispatch.duplicates === 0 },
      ];
      const text = [
        '## Daily reminders (`scripts/bench/reminders`)',
        '',
        `- Command: \`npm run bench\``,
        `- Date: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
        `- Machine: ${describeMachine(machine())}`,
        `- Data: ${shape.assignments.toLocaleString('en')} open assignments, ${shape.milestones.toLocaleString('en')} nodes (${shape.open.toLocaleString('en')} open), ${shape.units} units, ${shape.people.toLocaleString('en')} people; of the nodes due before the last 5 working days, ${neverDone * 100} % were never done`,
        '',
        '| Measure | Figure |',
        '| --- | ---: |',
        `| planning, until the outbox rows are written | ${ms(planMs)} ms |`,
        `| SQL statements of that run | ${planStatements} |`,
        `| nodes read (due within 3 working days or overdue) | ${run.nodes.toLocaleString('en')} |`,
        `| messages queued (people / leaders / supervision office) | ${run.queued.toLocaleString('en')} (${run.people.toLocaleString('en')} / ${run.leaders} / ${run.supervision}) |`,
        `| the same day again: time, statements, new messages | ${ms(againMs)} ms, ${againStatements}, ${duplicates} |`,
        `| dispatch: messages, seconds, per second | ${dispatch.sent.toLocaleString('en')}, ${dispatch.seconds.toFixed(1)} s, ${dispatch.perSecond.toFixed(0)}/s |`,
        `| dispatch: pacing limit (workspace ${workspacePerSecond}/s, channel 1/s), share reached | ${(dispatch.ratio * 100).toFixed(0)} % |`,
        `| dispatch: 429s answered, messages delivered twice | ${dispatch.rateLimited.toLocaleString('en')}, ${dispatch.duplicates} |`,
        '',
        targets.map((t) => `- ${t.pass ? 'PASS' : 'FAIL'}: ${t.name}`).join('\n'),
      ].join('\n');
      const broken = dispatch.dead > 0 ? [`${dispatch.dead} messages went dead: ${dispatch.deadReasons.join('; ')}`] : [];
      return { name: 'reminders', text, targets, broken };
    } finally {
      await closeClient();
    }
  } finally {
    await dropDatabase();
  }
}

const ms = (value: number) => value.toFixed(0).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

async function count(db: Database, query: SQL): Promise<number> {
  const [row] = await readRows<{ n: number }>(db, query);
  return row?.n ?? 0;
}

async function measureDispatch(db: Database, databaseUrl: string, queued: number) {
  const standIn = await startSlackStandIn();
  const closeStandIn = registerCleanup(() => standIn.close());
  try {
    standIn.setChannelRateLimit(1);
    standIn.setWorkspaceRateLimit(workspacePerSecond);
    const config = loadConfig({
      SLACK_BOT_TOKEN: 'xoxb-bench',
      SLACK_SIGNING_SECRET: 'bench-signing-secret',
      SLACK_API_URL: standIn.url,
      DATABASE_URL: databaseUrl,
    });
    const dispatcher = outboxDispatcher(config, db, createLogger('dispatch', LogLevel.ERROR));
    progress(`dispatching ${queued.toLocaleString('en')} messages at ${workspacePerSecond}/s`);
    const started = performance.now();
    const empty = await dispatcher.drain(Date.now() + 10 * 60_000);
    const seconds = (performance.now() - started) / 1000;
    await dispatcher.stop();
    if (!empty) throw new Error('the outbox did not empty within 10 minutes');
    const posts = standIn.callsTo('chat.postMessage');
    const keys = new Map<string, number>();
    for (const call of posts) {
      const key = keyOfMetadata(call.args.metadata) ?? '?';
      keys.set(key, (keys.get(key) ?? 0) + 1);
    }
    const duplicates = [...keys.values()].filter((n) => n > 1).length;
    const dead = await count(db, sql`select count(*)::int as n from outbox where status = 'dead'`);
    // Why, so that a broken run can be put right: the refusal each dead message last met.
    const deadReasons = (
      await readRows<{ reason: string }>(
        db,
        sql`select concat(channel, ' ', method, ': ', last_error) as reason from outbox where status = 'dead' order by id limit 5`,
      )
    ).map((row) => row.reason);
    const perSecond = posts.length / seconds;
    // The fastest Slack allows: the workspace's burst limit, or one message a second to the busiest channel.
    const busiest = Math.max(...[...countBy(posts.map((call) => String(call.args.channel))).values()]);
    const floorSeconds = Math.max(posts.length / workspacePerSecond, busiest - 1);
    return {
      sent: posts.length,
      seconds,
      perSecond,
      ratio: floorSeconds / seconds,
      rateLimited: standIn.calls.filter((call) => call.status === 429).length,
      duplicates,
      dead,
      deadReasons,
    };
  } finally {
    await closeStandIn();
  }
}

function countBy(values: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}
