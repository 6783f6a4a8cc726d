// What the import's two forms share: the file as Slack describes it, and the way each answers —
// the form turns into a wait at once (a file takes longer than Slack's 3 seconds to read and
// check), then into what came of it.
import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import type { View } from '@slack/types';
import { z } from 'zod';
import { errorMessage } from '../../../log.js';
import { importCells } from '../../../services/imports/import-cells.js';
import { ImportFileOutOfBounds, importLimits } from '../../../services/imports/import-limits.js';
import { prepareImportForm } from '../../../services/imports/prepare-import-form.js';
import { importFileTypeOf, readImportCells, UnreadableImportFile } from '../../../services/imports/read-import-cells.js';
import { explain } from '../../answer.js';
import { downloadSharedFile, SharedFileTooLarge, SharedFileUnavailable } from '../../download-file.js';
import { contextFor, type ListenerDeps } from '../../listener-deps.js';
import { doneModal } from '../../views/done-modal.js';
import { escapeText } from '../../views/format.js';
import { importNoteModal, importPreviewModal, importProblemsModal } from '../../views/import-modal.js';
import {
  importDuplicateLines,
  importReportLines,
  importSharedDaysLines,
  importUnitLines,
  missingColumnsText,
  outOfBoundsText,
  surveyMissingColumnsText,
  surveyOutcomeLines,
  surveyReportLines,
} from '../../views/import-report.js';

export type Args = AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>;

/** A shared file as the file input gives it, and as the preview keeps it for the confirmation. */
export const givenFile = z.object({
  id: z.string().min(1).max(64),
  name: z.string().min(1).max(255),
  url_private_download: z.string().min(1).max(1000),
  size: z.number().int().nonnegative().optional(),
});
export type GivenFile = z.infer<typeof givenFile>;

/** Why a file cannot be imported before it is read (its type, its size), or undefined. */
export function fileProblem(catalog: ListenerDeps['catalog'], file: GivenFile): string | undefined {
  if (!importFileTypeOf(file.name)) return catalog.import.wrongFile;
  if ((file.size ?? 0) > importLimits.fileBytes) return catalog.import.tooLarge;
  return undefined;
}

/** The form becomes `wait` now; `work`'s view replaces it when done (or says that something failed). */
export async function answerLater({ ack, body, client }: Args, deps: ListenerDeps, wait: View, work: () => Promise<View>): Promise<void> {
  await ack({ response_action: 'update', view: wait });
  let view: View;
  try {
    view = await work();
  } catch (error) {
    deps.logger.error('import failed', error);
    view = importNoteModal(deps.catalog, deps.catalog.problem.internal);
  }
  try {
    await client.views.update({ view_id: body.view.id, view });
  } catch (error) {
    // The person closed the form: an import is written and its messages queued all the same.
    deps.logger.warn(`import: the form could not show its outcome: ${errorMessage(error)}`);
  }
}

/**
 * The file read (a 交办清单 or a 征询意见表, by its headers), its rows checked (a 交办清单's
 * handlers' e-mails looked up in Slack) and, on confirmation, written: all rows or none. What to show comes back as the form's next view. Nothing is fetched
 * or looked up for someone who may not import, and nothing is read past importLimits.
 */
export async function importGivenFile(deps: ListenerDeps, { client, body }: Args, file: GivenFile, confirm: boolean): Promise<View> {
  const words = deps.catalog.import;
  const name = escapeText(file.name);
  try {
    await prepareImportForm(contextFor(deps, body.user.id));
  } catch (error) {
    return importNoteModal(deps.catalog, explain(deps, error).text);
  }
  const type = importFileTypeOf(file.name);
  const problem = fileProblem(deps.catalog, file);
  if (!type || problem) return importNoteModal(deps.catalog, problem ?? words.wrongFile);
  let cells: Awaited<ReturnType<typeof readImportCells>>;
  try {
    const bytes = await downloadSharedFile({ id: file.id, url: file.url_private_download }, client, { maxBytes: importLimits.fileBytes });
    cells = await readImportCells(type, bytes);
  } catch (error) {
    if (error instanceof SharedFileTooLarge) return importNoteModal(deps.catalog, words.tooLarge);
    if (error instanceof SharedFileUnavailable) {
      deps.logger.warn(`import: ${error.message}`);
      return importNoteModal(deps.catalog, words.downloadFailed(name));
    }
    if (error instanceof UnreadableImportFile) return importNoteModal(deps.catalog, words.unreadable(name));
    if (error instanceof ImportFileOutOfBounds) return importNoteModal(deps.catalog, outOfBoundsText(deps.catalog, name, error));
    throw error;
  }
  const attempt = await importCells(() => contextFor(deps, body.user.id), cells, deps.lookUpEmail, { confirm });
  if (attempt.kind === 'missing_columns') return importNoteModal(deps.catalog, missingColumnsText(deps.catalog, attempt.missingColumns));
  if (attempt.kind === 'survey_missing_columns')
    return importNoteModal(deps.catalog, surveyMissingColumnsText(deps.catalog, attempt.missingColumns));
  if (attempt.kind === 'empty') return importNoteModal(deps.catalog, words.empty);
  if (attempt.kind === 'lookup_failed') {
    deps.logger.warn(`import: e-mail lookup failed: ${errorMessage(attempt.error)}`);
    return importNoteModal(deps.catalog, words.lookupFailed);
  }
  if (attempt.kind === 'checked_survey') {
    const { table, outcome } = attempt;
    const lines = surveyReportLines(deps.catalog, table, outcome);
    if (outcome.written) {
      deps.messagesQueued();
      return doneModal(deps.catalog, words.doneTitle, words.verdictsWritten(outcome.recorded));
    }
    if (lines.length > 1) return importProblemsModal(deps.catalog, lines);
    if (outcome.recorded === 0) return importNoteModal(deps.catalog, words.surveyNothingNew(outcome.alreadyRecorded));
    return importPreviewModal(deps.catalog, lines[0]!, surveyOutcomeLines(deps.catalog, outcome), JSON.stringify(file), {
      note: words.surveyConfirmNote,
    });
  }
  const { table, outcome } = attempt;
  const lines = importReportLines(deps.catalog, table, outcome);
  if (outcome.written) {
    deps.messagesQueued();
    return doneModal(deps.catalog, words.doneTitle, words.written(outcome.assigned));
  }
  if (lines.length > 1) return importProblemsModal(deps.catalog, lines);
  return importPreviewModal(deps.catalog, lines[0]!, importUnitLines(deps.catalog, outcome), JSON.stringify(file), {
    asideLines: [...importSharedDaysLines(deps.catalog, outcome), ...importDuplicateLines(deps.catalog, outcome)],
  });
}
