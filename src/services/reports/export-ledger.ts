import type { LedgerExportNotice } from '../../domain/notices.js';
import type { Catalog } from '../../i18n/index.js';
import { ledgerWorkbook } from '../../ledger/ledger-workbook.js';
import { loadActorRoles } from '../shared/load-actor-roles.js';
import type { ServiceContext } from '../shared/service-context.js';
import { readLedger } from './read-ledger.js';

export interface LedgerFile {
  bytes: Buffer;
  filename: string;
  title: string;
  comment: string;
}

/**
 * 导出: the workbook an export request sends, read as the ledger stands when it is sent (`now`)
 * and as the person who asked (the actor) may see it then: the supervision office all of the
 * session, anyone else what their roles show them.
 */
export async function exportLedger(ctx: ServiceContext, input: { catalog: Catalog; request: LedgerExportNotice }): Promise<LedgerFile> {
  const { catalog, request } = input;
  const { isSupervisor } = await loadActorRoles(ctx.db, ctx);
  const reader = isSupervisor ? ({ office: true } as const) : ({ office: false, userId: ctx.actor } as const);
  const ledger = await readLedger(ctx.db, ctx, reader, request.unitId ?? undefined);
  const words = catalog.ledger;
  return {
    bytes: await ledgerWorkbook(catalog, ledger, ctx.timezone),
    filename: `${words.filename(ledger.sessionName, request.day)}-${request.ref}.xlsx`,
    title: words.title(ledger.sessionName, request.unitName),
    comment: words.comment(ledger.suggestions.length, request.unitName),
  };
}
