import type { ImportTemplateNotice } from '../../domain/notices.js';
import type { Catalog } from '../../i18n/index.js';
import type { ImportTemplateFile } from '../../services/imports/make-import-template.js';

/** How a 交办清单 template is shared: its file's name (the day and minute it was asked for) and title, and the message it comes with. */
export function importTemplateUpload(catalog: Catalog, request: ImportTemplateNotice, file: ImportTemplateFile) {
  const words = catalog.import.template;
  return { filename: `${words.filename(request.day, request.ref)}.xlsx`, title: words.title, comment: words.comment(file.units) };
}
