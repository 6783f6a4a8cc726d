// The import's forms: the file to give (a 交办清单 or a 征询意见表), the wait while it is read, the
// preview (with 确认导入 only when every row can be imported), and the outcome.
import type { View } from '@slack/types';
import type { Catalog } from '../../i18n/index.js';
import { importFileTypes } from '../../services/imports/read-import-cells.js';
import { callbackIds, importModalBlocks, inputActionId } from '../ids.js';
import { context, formView, packedSections, plainLabel, section } from './format.js';

/** Blocks a modal may hold (100), less the summary, the aside and the note around the rows. */
const rowBlocks = 90;

export function importModal(catalog: Catalog): View {
  const words = catalog.import;
  return formView(catalog, {
    callbackId: callbackIds.importModal,
    title: words.title,
    submit: words.check,
    blocks: [
      section(words.about),
      {
        type: 'input',
        block_id: importModalBlocks.file,
        label: plainLabel(words.fileLabel, 2000),
        hint: plainLabel(words.fileHint, 2000),
        element: { type: 'file_input', action_id: inputActionId, filetypes: [...importFileTypes], max_files: 1 },
      },
    ],
  });
}

/** One thing to say and nothing to press: the wait while the file is read, or why it could not be. */
export function importNoteModal(catalog: Catalog, text: string): View {
  return formView(catalog, { callbackId: callbackIds.importChecking, title: catalog.import.title, blocks: [section(text)] });
}

/**
 * Every row can be imported: the count and what it comes to (what each unit is given, or what
 * the verdicts do), what else to look at (likely duplicates, a few lines), what confirming does,
 * and 确认导入 with the file it will read again.
 */
export function importPreviewModal(
  catalog: Catalog,
  summary: string,
  detailLines: readonly string[],
  file: string,
  more: { note?: string; asideLines?: readonly string[] } = {},
): View {
  const words = catalog.import;
  const aside = more.asideLines ?? [];
  return formView(catalog, {
    callbackId: callbackIds.importConfirm,
    about: file,
    title: words.previewTitle,
    submit: words.confirm,
    blocks: [
      section(summary),
      ...packedSections(catalog, detailLines, rowBlocks),
      ...(aside.length > 0 ? [section(aside.join('\n'))] : []),
      context(more.note ?? words.confirmNote),
    ],
  });
}

/** Rows that cannot be assigned, each with its line and why; nothing was written. */
export function importProblemsModal(catalog: Catalog, lines: readonly string[]): View {
  const [summary = '', ...rows] = lines;
  return formView(catalog, {
    callbackId: callbackIds.importChecking,
    title: catalog.import.previewTitle,
    blocks: [section(summary), ...packedSections(catalog, rows, rowBlocks), context(catalog.import.fixAndRetry)],
  });
}
