// Every reminder exactly once, with real processes on a real database: the job run again for the
// same day, two processes at once, a process killed in the middle of dispatching, and a Slack
// that fails 30 % of calls. On PostgreSQL (CI) the processes share the server; on the embedded
// database they share a data directory, which only one of them may hold at a time.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../../src/db/client.js';
import { DataDirLockedError } from '../../src/db/data-dir-lock.js';
import { outbox } from '../../src/db/schema.js';
import { keyOfMetadata } from '../../src/outbox/message-key.js';
import { assignSuggestion } from '../../src/services/suggestions/assign-suggestion.js';
import { type SlackStandIn, startSlackStandIn } from '../../tools/slack-stand-in/server.js';
import { contextOf, people, seedOffice } from '../support/fixtures.js';
import { signingSecret } from '../support/harness.js';
import { type Running, run } from '../support/processes.js';
import { openTestDatabase, readMigratedDump, serverUrl, type TestDatabase } from '../support/test-database.js';

const handlers = Array.from({ length: 24 }, (_, i) => `UREM${String(i).padStart(2, '0')}`);
/** Everyone with a node due: each handler, and the water unit's liaison for every 签收. */
const expectedPeople = [...handlers, people.waterLiaison].sort();

let standIn: SlackStandIn;
let dataDir: string | undefined;
let server: TestDatabase | undefined;

/** The embedded database is opened only between processes; the server one stays open. */
async function withDatabase<T>(work: (handle: DatabaseHandle) => Promise<T>, loadDataDir?: Blob): Promise<T> {
  if (server) return work(server);
  const handle = await openEmbedded(dataDir!, loadDataDir);
  try {
    return await work(handle);
  } finally {
    await handle.close();
  }
}

/** A process just killed may hold the directory's lock for a moment until the system reaps it. */
async function openEmbedded(dir: string, loadDataDir?: Blob): Promise<DatabaseHandle> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await openDatabase({ dataDir: dir, ...(loadDataDir ? { loadDataDir } : {}) });
    } catch (error) {
      if (!(error instanceof DataDirLockedError) || attempt >= 100) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

const env = (): Record<string, string> => ({
  SLACK_BOT_TOKEN: 'xoxb-exactly-once',
  SLACK_SIGNING_SECRET: signingSecret,
  SLACK_API_URL: standIn.url,
  SUPERVISORS: people.supervisor,
  ...(server?.url ? { DATABASE_URL: server.url } : { DATA_DIR: dataDir! }),
});

const jobRun = (args: string[]): Running => run('scripts/job.ts', env(), args);

/** 09:00 in Shanghai. */
const nineOn = (day: string) => `${day}T09:00:00+08:00`;

/** How many times each person got the reminder of a day. */
function remindersOf(day: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const call of standIn.callsTo('chat.postMessage')) {
    const key = keyOfMetadata(call.args.metadata) ?? '';
    if (!key.startsWith(`reminder:${day}:`)) continue;
    const person = key.slice(`reminder:${day}:`.length);
    counts.set(person, (counts.get(person) ?? 0) + 1);
  }
  return counts;
}

function expectEachOnce(day: string): void {
  const counts = remindersOf(day);
  expect([...counts.keys()].sort()).toEqual(expectedPeople);
  expect([...counts.values()].every((n) => n === 1)).toBe(true);
}

beforeAll(async () => {
  standIn = await startSlackStandIn();
  if (serverUrl) server = await openTestDatabase();
  else dataDir = mkdtempSync(join(tmpdir(), 'duban-exactly-once-'));
  await withDatabase(
    async ({ db }) => {
      await seedOffice(db);
      const as = contextOf(db, people.supervisor); // Monday 2026-03-02: 签收 due Thursday 03-05
      for (const [i, handler] of handlers.entries()) {
        await assignSuggestion(as, { code: `E-${i}`, title: `建议 ${i}`, lead: { text: '水利厅' }, co: [], handlerUserId: handler });
      }
      // The assignment notices went out long ago; only reminders are counted here.
      await db.delete(outbox);
      // The data directory starts from the run's migrated ledger rather than an initdb of its own.
    },
    server ? undefined : readMigratedDump(),
  );
}, 60_000);

afterAll(async () => {
  await standIn?.close();
  await server?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

beforeEach(() => standIn.reset());

describe('each reminder exactly once', () => {
  it('sends nothing new when the job runs again for the same day', async () => {
    const first = jobRun(['reminders', '--at', nineOn('2026-03-03')]);
    expect(await first.exited, first.output()).toBe(0);
    expectEachOnce('2026-03-03');
    const again = jobRun(['reminders', '--at', nineOn('2026-03-03')]);
    expect(await again.exited, again.output()).toBe(0);
    expectEachOnce('2026-03-03');
  }, 60_000);

  it('sends one DM each when two processes run the same day’s job at once', async () => {
    const both = [jobRun(['reminders', '--at', nineOn('2026-03-04')]), jobRun(['reminders', '--at', nineOn('2026-03-04')])];
    const codes = await Promise.all(both.map((p) => p.exited));
    if (server) expect(codes).toEqual([0, 0]);
    // The embedded database admits one process; the other is refused, cleanly, before any work.
    else expect(codes.sort()).toEqual([0, 1]);
    expectEachOnce('2026-03-04');
  }, 60_000);

  it('delivers every remaining message once after a process is killed in the middle of dispatching', async () => {
    // Slack posts the first three but its answers never arrive before the kill.
    standIn.failNext('chat.postMessage', { kind: 'timeout', ms: 60_000 }, 3);
    const doomed = jobRun(['reminders', '--at', nineOn('2026-03-05')]);
    const deadline = Date.now() + 30_000;
    while (standIn.callsTo('chat.postMessage').length < 10 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    doomed.killHard();
    await doomed.exited;
    const before = remindersOf('2026-03-05');
    expect([...before.values()].reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(3);

    // The killed process's claims run out (its 60 s lease, brought forward here).
    await withDatabase(({ db }) => db.execute(sql`update outbox set lease_until = now() where status = 'sending'`));
    const restarted = jobRun(['outbox']);
    expect(await restarted.exited, restarted.output()).toBe(0);
    expectEachOnce('2026-03-05');
    const unsent = await withDatabase(({ db }) => db.$count(outbox, sql`${outbox.status} <> 'sent'`));
    expect(unsent).toBe(0);
  }, 90_000);

  it('delivers every message once while Slack answers 30 % of calls with 429 or 500', async () => {
    standIn.setRandomFailures({ rate: 0.3, seed: 11 });
    const job = jobRun(['reminders', '--at', nineOn('2026-03-06')]);
    expect(await job.exited, job.output()).toBe(0);
    expect(standIn.calls.some((call) => call.injected === 'rate_limited')).toBe(true);
    expect(standIn.calls.some((call) => call.injected === 'server_error')).toBe(true);
    expectEachOnce('2026-03-06');
  }, 90_000);
});
