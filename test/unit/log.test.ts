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
    const logger = createLogger('test', LogLevel.DEBUG);
    logger.error('request failed', failedQuery());
    logger.warn(`outbox pass failed: ${errorMessage(failedQuery())}`);
    expect(written).toHaveLength(2);
    expect(written.join('')).not.toContain('某某路');
    expect(written.join('')).toContain('Failed query: insert into "contacts"');
  });
});
