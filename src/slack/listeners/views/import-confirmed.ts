import type { ListenerDeps } from '../../listener-deps.js';
import { escapeText } from '../../views/format.js';
import { importNoteModal } from '../../views/import-modal.js';
import { type Args, answerLater, givenFile, importGivenFile } from './import-file.js';

/**
 * 确认导入 on the preview: the file (named in private_metadata) read and checked again, as the
 * ledger may have changed since, and written: every row, or none.
 */
export const importConfirmed = (deps: ListenerDeps) => async (args: Args) => {
  let file: ReturnType<typeof givenFile.safeParse> | undefined;
  try {
    file = givenFile.safeParse(JSON.parse(args.view.private_metadata));
  } catch {
    file = undefined;
  }
  if (!file?.success) return args.ack({ response_action: 'update', view: importNoteModal(deps.catalog, deps.catalog.problem.malformed) });
  return answerLater(args, deps, importNoteModal(deps.catalog, deps.catalog.import.importing(escapeText(file.data.name))), () =>
    importGivenFile(deps, args, file.data, true),
  );
};
