// A log names a failed query by its statement and its cause, never by the values bound to it:
// those are what people typed (titles, notes, reasons).
import { LogLevel } from '@slack/bolt';
import { DrizzleQueryError } from 'drizzle-orm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLogger, errorDetail, errorMessage } from '../../src/log.js';

afterEach(() => {
  vi.restoreAllMocks();
});

const failedQuery = () =>
  new DrizzleQueryError(
    'insert into "contacts" ("note") values ($1)',
    ['代表私下反映的家庭住址：某某路 8 号'],
    new Error('duplicate key value violates unique constraint "contacts_submission_key_unique"'),
  );

describe('errors in the log', () => {
  it('name a failed query and its cause without its parameters', () => {
    const error = failedQuery();
    expect(error.message).toContain('某某路'); // what drizzle itself would have logged
    // Bolt hands app.error an UnknownError that copies the message of what it wraps.
    const boltWrapped = Object.assign(new Error(error.message), { original: error });
    const copied = new Error(error.message);
    for (const text of [
      errorMessage(error),
      errorDetail(error),
      errorMessage(new Error('wrapped', { cause: error })),
      errorMessage(boltWrapped),
      errorDetail(boltWrapped),
      errorMessage(copied),
      errorDetail(copied),
    ]) {
      expect(text).not.toContain('某某路');
    }
    expect(errorMessage(error)).toBe(
      'Failed query: insert into "contacts" ("note") values ($1) (duplicate key value violates unique constraint "contacts_submission_key_unique")',
    );
    expect(errorDetail(error)).toMatch(/^DrizzleQueryError: Failed query: .*\n\s+at /);
  });

  it('are written so by the logger, however they are handed to it', () => {
    const written: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    for (const format of ['json', 'pretty'] as const) {
      written.length = 0;
      const logger = createLogger('test', LogLevel.DEBUG, format);
      logger.error('request failed', failedQuery());
      logger.warn(`outbox pass failed: ${errorMessage(failedQuery())}`);
      expect(written).toHaveLength(2);
      expect(written.join('')).not.toContain('某某路');
      expect(written.join('')).toContain(
        format === 'json' ? 'Failed query: insert into \\"contacts\\"' : 'Failed query: insert into "contacts"',
      );
    }
  });
});

describe('the log lines', () => {
  const capture = () => {
    const written: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    return written;
  };

  it('are JSON objects a line, with the level, time, name and message, and an error with its kind and stack', () => {
    const written = capture();
    const logger = createLogger('bot', LogLevel.INFO, 'json');
    logger.info('serving Slack over HTTP on port', 3000);
    logger.error('job reminders failed', new TypeError('boom'));
    const [served, failed] = written.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(served).toEqual({
      level: 'info',
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      name: 'bot',
      msg: 'serving Slack over HTTP on port 3000',
    });
    expect(failed).toMatchObject({
      level: 'error',
      name: 'bot',
      msg: 'job reminders failed',
      error: { type: 'TypeError', message: 'boom' },
    });
    expect((failed!.error as { stack: string }).stack).toMatch(/^TypeError: boom\n\s+at /);
  });

  it('leave out what is below the level, which can change', () => {
    const written = capture();
    const logger = createLogger('bot', LogLevel.WARN, 'json');
    logger.info('not written');
    logger.debug('nor this');
    expect(written).toEqual([]);
    expect(logger.getLevel()).toBe(LogLevel.WARN);
    logger.setLevel(LogLevel.DEBUG);
    logger.debug('now written');
    expect(written).toHaveLength(1);
  });

  it('never carry a Slack token or a secret-holding key, in a message or an object', () => {
    const written = capture();
    const logger = createLogger('bot', LogLevel.DEBUG, 'json');
    logger.warn('call failed for xoxb-1234-5678-abcdefgh with', { token: 'xoxb-9999', headers: { authorization: 'Bearer xoxb-1' } });
    logger.error(new Error('app token xapp-1-A0-123-abc was refused'));
    const text = written.join('');
    expect(text).not.toMatch(/xoxb-\d|xapp-1-A0|Bearer/);
    expect(text).toContain('xoxb-[redacted]');
  });

  it('read as one line each in a terminal', () => {
    const written = capture();
    createLogger('job:reminders', LogLevel.INFO, 'pretty').info('queued 12 messages');
    expect(written).toEqual([expect.stringMatching(/^\d{4}-\d\d-\d\dT\S+ INFO \[job:reminders\] queued 12 messages\n$/)]);
  });
});
