import type { LedgerExportNotice } from '../../domain/notices.js';
import type { Catalog } from '../../i18n/index.js';
import { peopleIn } from '../../ledger/ledger.js';
import type { LookUpPerson } from '../people/look-up-person.js';
import { readPeopleNames } from '../people/read-people-names.js';
import { loadActorRoles } from '../shared/load-actor-roles.js';
import type { ServiceContext } from '../shared/service-context.js';
import { readLedger } from './read-ledger.js';

/** Names asked of Slack for one export at most: users.info allows about a hundred a minute, and the rest keep the names they had. */
const refreshedAtMost = 40;

/**
 * The names of the people in a ledger: those remembered, with the unknown and the stale looked up
 * anew where Slack can be asked. A look-up that fails leaves the name as it was (or the id alone):
 * an export never fails for a name.
 */
async function namesOf(ctx: ServiceContext, userIds: string[], lookUpPerson: LookUpPerson | undefined): Promise<Map<string, string>> {
  const { names, stale } = await readPeopleNames(ctx.db, userIds, ctx.now);
  if (!lookUpPerson) return names;
  for (const userId of stale.slice(0, refreshedAtMost)) {
    const person = await lookUpPerson(userId).catch(() => null);
    if (person) names.set(userId, person.name);
  }
  return names;
}

/** The workbook, with what its name and its message say: the session and how many suggestions it holds. */
export interface LedgerFile {
  bytes: Buffer;
  sessionName: string;
  suggestions: number;
}

/**
 * 导出: the workbook an export request sends, read as the ledger stands when it is sent (`now`)
 * and as the person who asked (the actor) may see it then: the supervision office all of the
 * session, anyone else what their roles show them.
 */
export async function exportLedger(
  ctx: ServiceContext,
  input: { catalog: Catalog; request: LedgerExportNotice },
  lookUpPerson?: LookUpPerson,
): Promise<LedgerFile> {
  const { catalog, request } = input;
  const { isSupervisor } = await loadActorRoles(ctx.db, ctx);
  const reader = isSupervisor ? ({ office: true } as const) : ({ office: false, userId: ctx.actor } as const);
  const read = await readLedger(ctx.db, ctx, reader, request.unitId ?? undefined);
  const ledger = { ...read, names: Object.fromEntries(await namesOf(ctx, peopleIn(read), lookUpPerson)) };
  return {
    // The spreadsheet library is loaded by the process that first writes one, not by every process.
    bytes: await (await import('../../ledger/ledger-workbook.js')).ledgerWorkbook(catalog, ledger, ctx.timezone),
    sessionName: ledger.sessionName,
    suggestions: ledger.suggestions.length,
  };
}
