// The daily reminder job at the size of a whole province: 100,000 open assignments (about 800,000
// nodes) over 200 units and 5,000 people on PostgreSQL. Measures how long planning takes until
// the outbox rows are written and how many statements it runs, that a second run the same day
// queues nothing, and how close dispatch comes to Slack's pace (one message a second per channel,
// and a workspace-wide burst limit) on the local stand-in.
import { LogLevel } from '@slack/bolt';
import { drizzle } from 'drizzle-orm/postgres-js';
import { sql, type SQL } from 'drizzle-orm';
import postgres from 'postgres';
import { loadConfig } from '../../../src/config.js';
import { openDatabase, serverSessionSettings, type Database } from '../../../src/db/client.js';
import { readRows } from '../../../src/db/read-rows.js';
import * as schema from '../../../src/db/schema.js';
import { outboxDispatcher } from '../../../src/duban.js';
import { createLogger } from '../../../src/log.js';
import { queueDailyReminders } from '../../../src/services/queue-daily-reminders.js';
import { startSlackStandIn } from '../../slack-stand-in/server.js';
import { createBenchDatabase } from '../ack/bench-database.js';
import { seed } from '../ack/seed.js';
import { registerCleanup } from '../cleanup.js';
import { describeMachine, machine } from '../machine.js';
import type { BenchmarkReport, TargetVerdict } from '../report.js';
import { keyOfMetadata } from '../../../src/outbox/message-key.js';

const timezone = 'Asia/Shanghai';
/** A Tuesday's 09:00: the job as it fires. */
const fireAt = new Date('2026-12-08T09:00:00+08:00');
/** 50,000 suggestions with 0–2 co units each: about 100,000 assignments; 25 handlers a unit. */
const size = { suggestions: 50_000, handlersPerUnit: 25 };
/** Of the nodes due before the last few working days, this share was never done: the laggards. */
const neverDone = 0.05;
const workspacePerSecond = 200;

const progress = (text: string) => process.stderr.write(`[reminders] ${text}\n`);

export async function runRemindersBenchmark(): Promise<BenchmarkReport> {
  const database = await createBenchDatabase();
  const dropDatabase = registerCleanup(() => database.drop());
  try {
    progress(`seeding ${database.name} (${size.suggestions.toLocaleString('en')} suggestions)`);
    const seededAt = Date.now();
    const handle = await openDatabase({ databaseUrl: database.url });
    try {
      await seed(handle.db, { now: fireAt, timezone, size });
      await markPastNodesDone(handle.db);
    } finally {
      await handle.close();
    }
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
      return { name: 'reminders', text, targets, broken: dispatch.dead > 0 ? [`${dispatch.dead} messages went dead`] : [] };
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

/** An office a few months in: most nodes due before the last days were done; a few never were. */
async function markPastNodesDone(db: Database): Promise<void> {
  await db.execute(sql`
    update milestones set done_at = (planned_on::timestamp + interval '16 hours') at time zone 'Asia/Shanghai', done_by = 'UBENCHDONE'
    where kind <> 'transfer_window' and planned_on < ${'2026-12-01'}::date and abs(hashtext(id::text)) % 1000 >= ${neverDone * 1000}`);
  await db.execute(sql`
    update assignments a set status = 'accepted', accepted_at = m.done_at, accepted_by = m.done_by
    from milestones m where m.assignment_id = a.id and m.kind = 'accept' and m.done_at is not null`);
  await db.execute(sql`vacuum analyze`);
}

async function ledgerShape(db: Database) {
  const [row] = await readRows<{ assignments: number; milestones: number; open: number; units: number; people: number }>(
    db,
    sql`
    select (select count(*) from assignments where status in ('pending', 'accepted'))::int as assignments,
      (select count(*) from milestones)::int as milestones,
      (select count(*) from milestones where done_at is null and kind <> 'transfer_window')::int as open,
      (select count(*) from units)::int as units,
      (select count(distinct user_id) from members)::int as people`,
  );
  if (!row) throw new Error('the ledger could not be measured');
  return row;
}

async function measureDispatch(db: Database, databaseUrl: string, queued: number) {
  const standIn = await startSlackStandIn();
  const closeStandIn = registerCleanup(() => standIn.close());
  try {
    standIn.setChannelRateLimit(1);
    standIn.setWorkspaceRateLimit(workspacePerSecond);
    const config = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-bench', SLACK_SIGNING_SECRET: 'bench-signing-secret', SLACK_API_URL: standIn.url, DATABASE_URL: databaseUrl });
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
