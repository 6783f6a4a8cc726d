import { asc } from 'drizzle-orm';
import { units } from '../../db/schema.js';
import { addMonths } from '../../domain/calendar-date.js';
import type { ImportTemplateNotice } from '../../domain/notices.js';
import type { Catalog } from '../../i18n/index.js';
import { currentSession } from '../sessions/current-session.js';
import type { ServiceContext } from '../shared/service-context.js';
import { importLimits } from './import-limits.js';

/** The workbook, with what its message says: how many units its list offers. */
export interface ImportTemplateFile {
  bytes: Buffer;
  units: number;
}

/**
 * 导入 模板: the workbook a template request sends, made when it is sent (`now`): the units as
 * they then stand, in the order the office registered them, and an example row of the year it
 * was asked for, whose deadline is the one a row without a date assigned that day would get.
 * Who may ask was checked when they asked; the workbook holds nothing but the units' names and
 * aliases, no secret in the workspace (every ranking names the units), so it is not checked again.
 */
export async function makeImportTemplate(
  ctx: ServiceContext,
  input: { catalog: Catalog; request: ImportTemplateNotice },
): Promise<ImportTemplateFile> {
  const registered = await ctx.db.select({ name: units.name, aliases: units.aliases }).from(units).orderBy(asc(units.id));
  const { settings } = await currentSession(ctx.db, ctx.now, ctx.timezone);
  const asked = input.request.day;
  // The spreadsheet library is loaded by the process that first writes one, not by every process.
  const { importTemplateWorkbook } = await import('../../ledger/import-template-workbook.js');
  const bytes = await importTemplateWorkbook(input.catalog, {
    units: registered,
    exampleCode: `${asked.slice(0, 4)}-0001`,
    exampleDueOn: addMonths(asked, settings.statutoryMonths),
    statutoryMonths: settings.statutoryMonths,
    rows: importLimits.rows,
  });
  return { bytes, units: registered.length };
}
