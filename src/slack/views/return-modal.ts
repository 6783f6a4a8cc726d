import type { View } from '@slack/types';
import type { ReviewLevel } from '../../domain/vocabulary.js';
import type { Catalog } from '../../i18n/index.js';
import { callbackIds, inputActionId, returnModalBlocks, versionedValue } from '../ids.js';
import { formView, plainLabel, section } from './format.js';

/** 退回修改: the comment that goes back to the drafter; the reply and the version read travel in private_metadata. */
export function returnModal(catalog: Catalog, reply: { id: number; version: number; code: string; level: ReviewLevel }): View {
  const words = catalog.reply;
  return formView(catalog, {
    callbackId: callbackIds.returnModal,
    about: versionedValue(reply),
    title: words.returnTitle,
    submit: words.returnSubmit,
    blocks: [
      section(words.returnAbout(reply.code, words.levelNames[reply.level])),
      {
        type: 'input',
        block_id: returnModalBlocks.comment,
        label: plainLabel(words.returnComment, 2000),
        element: { type: 'plain_text_input', action_id: inputActionId, multiline: true, max_length: 3000 },
      },
    ],
  });
}
