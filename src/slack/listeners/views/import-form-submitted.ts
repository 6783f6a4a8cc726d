import { z } from 'zod';
import { importModalBlocks, inputActionId } from '../../ids.js';
import type { ListenerDeps } from '../../listener-deps.js';
import { escapeText } from '../../views/format.js';
import { importNoteModal } from '../../views/import-modal.js';
import { type Args, answerLater, fileProblem, givenFile, importGivenFile } from './import-file.js';

const values = z.object({ [importModalBlocks.file]: z.object({ [inputActionId]: z.object({ files: z.array(z.unknown()).optional() }) }) });

/** The import form with its file: read and checked, nothing written; the preview replaces the form. */
export const importFormSubmitted = (deps: ListenerDeps) => async (args: Args) => {
  const words = deps.catalog.import;
  const given = values.safeParse(args.view.state.values);
  const files = given.success ? (given.data[importModalBlocks.file][inputActionId].files ?? []) : [];
  const file = files.length === 1 ? givenFile.safeParse(files[0]) : undefined;
  if (!file?.success) return args.ack({ response_action: 'errors', errors: { [importModalBlocks.file]: words.wrongFile } });
  const problem = fileProblem(deps.catalog, file.data);
  if (problem) return args.ack({ response_action: 'errors', errors: { [importModalBlocks.file]: problem } });
  return answerLater(args, deps, importNoteModal(deps.catalog, words.checking(escapeText(file.data.name))), () =>
    importGivenFile(deps, args, file.data, false),
  );
};
