import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { listOf } from '../../db/list-of.js';
import { jsonValue, readRows } from '../../db/read-rows.js';
import { closestName } from '../../domain/closest-name.js';
import { canAssign } from '../../domain/permissions.js';
import { byCodePoint } from '../../domain/text-order.js';
import { liveAssignmentStatuses, type SuggestionStatus, type Verdict, verdicts } from '../../domain/vocabulary.js';
import { isUniqueViolation } from '../shared/is-unique-violation.js';
import { loadActorRoles } from '../shared/load-actor-roles.js';
import type { ServiceContext } from '../shared/service-context.js';
import { refuse, ServiceError, type ServiceProblem } from '../shared/service-error.js';
import { inListedSessions } from '../suggestions/find-suggestion.js';
import { loadDeputyRecord } from '../suggestions/load-deputy-record.js';
import { decideVerdict, outcomeOf, recordVerdict, type VerdictOutcome } from '../verdicts/record-verdict.js';
import type { ReadSurveyTable, SurveyRow } from './read-survey-table.js';

export interface VerdictImportOutcome {
  /** Rows whose verdicts were (or, in a preview, would be) recorded. */
  recorded: number;
  /** Those rows by verdict, and by what each does to its suggestion: the numbers an office checks before it confirms. */
  verdicts: Record<Verdict, number>;
  outcomes: Record<VerdictOutcome, number>;
  /**
   * Rows whose round already has this very verdict (recorded from a button or a command before the
   * survey came back): skipped, not refused, so that a survey of the whole quarter can be imported.
   */
  alreadyRecorded: number;
  /** Rows the ledger refuses, each with its line and the same refusal /suggest evaluate gives. */
  refused: Array<{ line: number; code: string; problem: ServiceProblem }>;
  /** Whether the verdicts were recorded: only on confirmation, and only when no row was refused. */
  written: boolean;
}

/** What a verdict on a suggestion is checked against: the suggestion as /suggest evaluate finds it by its code. */
interface SuggestionState {
  id: number;
  code: string;
  status: SuggestionStatus;
  round: number;
  /** Whether a unit answers for it (a live lead assignment). */
  hasLead: boolean;
  /** The promises of the current round's reply not yet written off. */
  openCommitments: number;
  /** [round, verdict] of each verdict recorded. */
  recorded: unknown;
}

/** A row the ledger refused while its verdict was being recorded: the whole import is undone. */
class RowRefused extends Error {
  constructor(readonly row: VerdictImportOutcome['refused'][number]) {
    super(row.problem.code);
  }
}

/**
 * 导入 of a 征询意见表: each row's verdict checked by the rules /suggest evaluate applies (the
 * same decision, against one read of the suggestions the file names); a preview stops there and
 * says what would happen. A confirmed import records every verdict as evaluate records one (the
 * same core: the suggestion closed, carried to follow-up or reopened, the unit told, the audit),
 * all in one transaction; or, if any row is refused or unreadable, none. The office's only, as
 * the 交办清单's import is.
 */
export async function importVerdicts(
  ctx: ServiceContext,
  table: ReadSurveyTable,
  options: { confirm: boolean },
): Promise<VerdictImportOutcome> {
  const { rows } = table;
  try {
    // A row the table itself could not read counts as refused: all or none.
    return await checkAndRecord(ctx, rows, { confirm: options.confirm && table.problems.length === 0 });
  } catch (error) {
    // The ledger changed between the check and the write (a verdict recorded meanwhile, by a
    // button or a command): nothing was written, and checking again names the rows refused now.
    const refusedRow = error instanceof RowRefused ? error.row : undefined;
    if (!refusedRow && !isUniqueViolation(error, 'evaluations_suggestion_round_unique')) throw error;
    const checked = await checkAndRecord(ctx, rows, { confirm: false });
    return refusedRow && checked.refused.length === 0 ? { ...checked, recorded: checked.recorded - 1, refused: [refusedRow] } : checked;
  }
}

function checkAndRecord(ctx: ServiceContext, rows: readonly SurveyRow[], options: { confirm: boolean }): Promise<VerdictImportOutcome> {
  return ctx.db.transaction(async (tx) => {
    const outcome: VerdictImportOutcome = {
      recorded: 0,
      alreadyRecorded: 0,
      verdicts: Object.fromEntries(verdicts.map((verdict) => [verdict, 0])) as Record<Verdict, number>,
      outcomes: { closed: 0, followup: 0, reopened: 0 },
      refused: [],
      written: false,
    };
    const permission = canAssign(await loadActorRoles(tx, ctx));
    if (!permission.allowed) {
      const first = rows[0];
      outcome.refused.push({ line: first?.line ?? 1, code: first?.code ?? '', problem: { code: 'forbidden', needs: permission.needs } });
      return outcome;
    }
    const states = await readSuggestionStates(
      tx,
      rows.map((row) => row.code),
    );
    const closest = nearestCodes(tx);
    const accepted: Array<{ row: SurveyRow; state: SuggestionState }> = [];
    for (const row of rows) {
      const state = states.get(row.code);
      try {
        if (!state) refuse({ code: 'unknown_suggestion', given: row.code, closest: await closest(row.code) });
        if (!state.hasLead) refuse({ code: 'unknown_assignment' });
        const recorded = new Map(jsonValue<Array<[number, Verdict]>>(state.recorded));
        if (recorded.get(row.round ?? state.round) === row.verdict) {
          outcome.alreadyRecorded += 1;
          continue;
        }
        const { event } = decideVerdict(state, recorded, { verdict: row.verdict, round: row.round }, state.openCommitments);
        accepted.push({ row, state });
        outcome.recorded += 1;
        outcome.verdicts[row.verdict] += 1;
        outcome.outcomes[outcomeOf(event)] += 1;
      } catch (error) {
        if (!(error instanceof ServiceError)) throw error;
        outcome.refused.push({ line: row.line, code: row.code, problem: error.problem });
      }
    }
    if (!options.confirm || outcome.refused.length > 0) return outcome;

    // In code order: two imports naming the same suggestions lock them one after the other, never
    // each holding one the other waits for (a deadlock).
    accepted.sort((a, b) => byCodePoint(a.row.code, b.row.code));
    for (const { row, state } of accepted) {
      try {
        const found = await loadDeputyRecord(tx, ctx, { suggestionId: state.id });
        await recordVerdict(tx, ctx, found, {
          verdict: row.verdict,
          note: row.note,
          aspects: row.aspects,
          round: row.round ?? state.round,
        });
      } catch (error) {
        if (error instanceof ServiceError) throw new RowRefused({ line: row.line, code: row.code, problem: error.problem });
        throw error;
      }
    }
    return { ...outcome, written: true };
  });
}

/** The suggestions the codes name, each as findSuggestion takes a code: in the newest session that has it. */
async function readSuggestionStates(db: Database, codes: readonly string[]): Promise<Map<string, SuggestionState>> {
  if (codes.length === 0) return new Map();
  const rows = await readRows<SuggestionState>(
    db,
    sql`select distinct on (s.code) s.id, s.code, s.status, s.round,
          -- A merged suggestion (并案) is answered through its main one's lead.
          exists (select 1 from assignments a where a.suggestion_id = coalesce(s.merged_into_id, s.id) and a.role = 'lead'
            and a.status in ${listOf(liveAssignmentStatuses)}) as "hasLead",
          (select count(*)::int from commitments k join replies r on r.id = k.reply_id
            where r.suggestion_id = s.id and r.round = s.round and k.written_off_at is null) as "openCommitments",
          coalesce((select json_agg(json_build_array(e.round, e.verdict)) from evaluations e where e.suggestion_id = s.id), '[]'::json) as recorded
        from suggestions s
        where s.code = any(${sql.param([...codes])}::text[])
        order by s.code, s.session_id desc`,
  );
  return new Map(rows.map((row) => [row.code, row]));
}

/** The code nearest one no session has, among those the office lists; read once, when first needed. */
function nearestCodes(db: Database): (code: string) => Promise<string | undefined> {
  let known: Promise<Array<readonly [string, string]>> | undefined;
  return async (code) => {
    known ??= readRows<{ code: string }>(db, sql`select s.code from suggestions s where ${inListedSessions()}`).then((rows) =>
      rows.map((row) => [row.code, row.code] as const),
    );
    return closestName(code, await known);
  };
}
