import type { ImportRow } from '../domain/import-table.js';
import { assignInTransaction } from './assign-suggestion.js';
import type { ServiceContext } from './context.js';
import { ServiceError, type ServiceProblem } from './service-error.js';

export interface ImportOutcome {
  /** Rows that were (or, in a preview, would be) assigned. */
  assigned: number;
  /** Rows the ledger refuses, each with its line and the same refusal /suggest assign gives. */
  refused: Array<{ line: number; code: string; problem: ServiceProblem }>;
  /** Whether the rows were written: only on confirmation, and only when none was refused. */
  written: boolean;
}

/** Thrown to undo a preview, or an import with a refused row: nothing it did stays. */
class Undo extends Error {}

/**
 * 导入: the rows of a 交办清单 assigned as /suggest assign would assign each (the same rules, the
 * same messages through the outbox), all in one transaction: a preview undoes it and says what
 * would happen; a confirmed import writes every row or, if any is refused, none.
 */
export async function importSuggestions(ctx: ServiceContext, rows: readonly ImportRow[], options: { confirm: boolean }): Promise<ImportOutcome> {
  const outcome: ImportOutcome = { assigned: 0, refused: [], written: false };
  try {
    await ctx.db.transaction(async (tx) => {
      for (const row of rows) {
        try {
          // Each row in a savepoint of its own: a refused row leaves nothing, and the others go on.
          await tx.transaction((rowTx) =>
            assignInTransaction(
              { ...ctx, db: rowTx },
              {
                code: row.code,
                title: row.title,
                leadDeputy: row.leadDeputy,
                coSigners: row.coSigners,
                field: row.field,
                lead: { text: row.lead },
                co: row.co.map((text) => ({ text })),
                handlerUserId: row.handler && 'userId' in row.handler ? row.handler.userId : undefined,
                dueOn: row.dueOn ?? undefined,
              },
            ),
          );
          outcome.assigned += 1;
        } catch (error) {
          if (!(error instanceof ServiceError)) throw error;
          outcome.refused.push({ line: row.line, code: row.code, problem: error.problem });
          // Refused for want of the right: no row can be.
          if (error.problem.code === 'forbidden') throw new Undo();
        }
      }
      if (!options.confirm || outcome.refused.length > 0) throw new Undo();
    });
    outcome.written = true;
  } catch (error) {
    if (!(error instanceof Undo)) throw error;
  }
  return outcome;
}
