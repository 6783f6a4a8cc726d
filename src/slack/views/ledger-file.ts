import type { LedgerExportNotice } from '../../domain/notices.js';
import type { Catalog } from '../../i18n/index.js';
import type { LedgerFile } from '../../services/reports/export-ledger.js';
import { escapeText, shownText } from './format.js';

/** How the ledger is shared: its file's name and title (plain), and the message it comes with (mrkdwn). */
export function ledgerUpload(catalog: Catalog, request: LedgerExportNotice, file: LedgerFile) {
  const words = catalog.ledger;
  const session = shownText(file.sessionName);
  return {
    filename: `${words.filename(session, request.day)}-${request.ref}.xlsx`,
    title: words.title(session, request.unitName === null ? null : shownText(request.unitName)),
    comment: words.comment(file.suggestions, request.unitName === null ? null : escapeText(request.unitName)),
  };
}
