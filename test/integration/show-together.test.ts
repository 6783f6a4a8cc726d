// Details asked for at the same moment are read in one statement (src/db/read-together.ts):
// each person still gets exactly what they would get asking alone, with their own rights.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { suggestions } from '../../src/db/schema.js';
import { acceptAssignment } from '../../src/services/assignments/accept-assignment.js';
import { assignSuggestion } from '../../src/services/suggestions/assign-suggestion.js';
import type { SuggestionRef } from '../../src/services/suggestions/find-suggestion.js';
import { showSuggestion } from '../../src/services/suggestions/show-suggestion.js';
import { contextOf, people, seedOffice } from '../support/fixtures.js';
import { inRolledBackTransaction } from '../support/rollback.js';
import { useTestDatabase } from '../support/test-database.js';

const database = useTestDatabase();

/** A detail, or the refusal's code. */
const outcome = (work: Promise<unknown>) =>
  work.then(
    (detail) => ({ detail }),
    (error: { problem?: unknown }) => ({ refused: error.problem }),
  );

describe('showSuggestion asked by several people at once', () => {
  it('answers each as if they had asked alone: their own buttons, their own refusals', async () => {
    const { db } = database();
    await seedOffice(db);
    const as = contextOf(db, people.supervisor);
    await assignSuggestion(as, {
      code: 'T-1',
      title: '河湖长制',
      lead: { text: '水利厅' },
      co: [{ text: '民政厅' }],
      handlerUserId: people.handler,
      dueOn: '2026-05-29',
    });
    await assignSuggestion(as, { code: 'T-2', title: '养老服务', lead: { text: '民政厅' }, co: [], dueOn: '2026-05-15' });
    await acceptAssignment(contextOf(db, people.civilLiaison, new Date('2026-03-03T02:00:00Z')), { code: 'T-2' });
    const [t2] = await db.select().from(suggestions).where(eq(suggestions.code, 'T-2'));

    const asks: Array<[string, SuggestionRef]> = [
      [people.supervisor, { code: 'T-1' }],
      [people.waterLiaison, { code: 'T-1' }],
      [people.handler, { code: 'T-1' }],
      [people.civilLiaison, { code: 'T-1' }],
      [people.stranger, { code: 'T-1' }],
      [people.civilLiaison, { suggestionId: t2!.id }],
      [people.waterLiaison, { suggestionId: t2!.id }],
      [people.handler, { code: 'T-9' }],
      [people.supervisor, { code: 'T-2' }],
    ];
    // Alone: inside a transaction every read goes by itself.
    const alone = await inRolledBackTransaction(db, async (tx) => {
      const answers = [];
      for (const [actor, ref] of asks) answers.push(await outcome(showSuggestion(contextOf(tx, actor), ref)));
      return answers;
    });
    const together = await Promise.all(asks.map(([actor, ref]) => outcome(showSuggestion(contextOf(db, actor), ref))));

    expect(together).toEqual(alone);
    // And what they are: the handler may accept the water part, the civil liaison the civil part;
    // the stranger and the water liaison on T-2 are refused; T-9 names the nearest code.
    const buttons = (i: number) =>
      (together[i] as { detail: { assignments: Array<{ mayAccept: boolean }> } }).detail.assignments.map((a) => a.mayAccept);
    expect(buttons(0)).toEqual([true, true]);
    expect(buttons(2)).toEqual([true, false]);
    expect(buttons(3)).toEqual([false, true]);
    expect(together[4]).toEqual({ refused: { code: 'forbidden', needs: ['supervisor', 'member'] } });
    expect(together[6]).toMatchObject({ refused: { code: 'forbidden' } });
    expect(together[7]).toMatchObject({ refused: { code: 'unknown_suggestion', closest: 'T-1' } });
  });
});
