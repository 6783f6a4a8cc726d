import type { Database } from '../db/client.js';
import type { LedgerExportNotice } from '../domain/notices.js';
import { loadActorRoles } from '../services/shared/load-actor-roles.js';
import { readLedger } from '../services/reports/read-ledger.js';
import type { Catalog } from '../i18n/index.js';
import { ledgerWorkbook } from './ledger-workbook.js';

/**
 * The workbook an export request sends, read as the ledger stands when it is sent and as the
 * person who asked may see it then (the supervision office: all of the session).
 */
export async function ledgerExportFile(db: Database, catalog: Catalog, timezone: string, notice: LedgerExportNotice) {
  const { isSupervisor } = await loadActorRoles(db, notice.requestedBy);
  const reader = isSupervisor ? ({ office: true } as const) : ({ office: false, userId: notice.requestedBy } as const);
  const ledger = await readLedger(db, { now: new Date(), timezone }, reader, notice.unitId ?? undefined);
  const words = catalog.ledger;
  return {
    bytes: await ledgerWorkbook(catalog, ledger, timezone),
    filename: `${words.filename(ledger.sessionName, notice.day)}-${notice.ref}.xlsx`,
    title: words.title(ledger.sessionName, notice.unitName),
    comment: words.comment(ledger.suggestions.length, notice.unitName),
  };
}
