import { and, desc, eq } from 'drizzle-orm';
import { evaluations } from '../../db/schema.js';
import { isUniqueViolation } from '../shared/is-unique-violation.js';
import type { ServiceContext } from '../shared/service-context.js';
import { refuse } from '../shared/service-error.js';
import { findSuggestionByRef, type SuggestionRef } from '../suggestions/find-suggestion.js';
import { loadDeputyRecord } from '../suggestions/load-deputy-record.js';
import { type Evaluated, recordVerdict, type VerdictGiven } from './record-verdict.js';

/**
 * 代表评价: the deputy's verdict on the sent reply, recorded by the supervision office or the lead
 * unit's liaison, by command (the code) or from a button or the 不满意 form (the suggestion and
 * the round they were written for). What it does is recordVerdict's.
 */
export async function evaluateSuggestion(ctx: ServiceContext, input: SuggestionRef & VerdictGiven): Promise<Evaluated> {
  try {
    return await ctx.db.transaction(async (tx) => recordVerdict(tx, ctx, await loadDeputyRecord(tx, ctx, input), input));
  } catch (error) {
    // Two verdicts at once: the first one recorded stands.
    if (isUniqueViolation(error, 'evaluations_suggestion_round_unique')) {
      // By command the round is the one in force then: the newest verdict's (a 不满意 has begun another since).
      const suggestion = await findSuggestionByRef(ctx.db, ctx, input);
      const [first] = await ctx.db
        .select({ verdict: evaluations.verdict, round: evaluations.round })
        .from(evaluations)
        .where(and(eq(evaluations.suggestionId, suggestion.id), input.round === undefined ? undefined : eq(evaluations.round, input.round)))
        .orderBy(desc(evaluations.round))
        .limit(1);
      refuse({ code: 'already_evaluated', verdict: first?.verdict ?? input.verdict, round: first?.round ?? suggestion.round });
    }
    throw error;
  }
}
