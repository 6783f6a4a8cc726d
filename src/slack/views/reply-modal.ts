import type { KnownBlock, View } from '@slack/types';
import type { Catalog } from '../../i18n/index.js';
import type { ReplyForm } from '../../services/replies/prepare-reply-form.js';
import { replyModalBlocks as blocks, callbackIds, inputActionId } from '../ids.js';
import { escapeText, formView, mention, packedSections, plainLabel, section } from './format.js';

/** Room for the co-units' opinions, well inside a modal's 100 blocks. */
const opinionBlocks = 10;

/**
 * The 答复 form: the co-handling units' opinions to draw on, a reply sent back with its comment,
 * and the reply itself (filled in from the returned one). The suggestion travels in
 * private_metadata as its id.
 */
export function replyModal(catalog: Catalog, form: ReplyForm): View {
  const words = catalog.reply;
  const draft = form.returned?.draft;
  const options = form.classes.map((cls) => ({ text: plainLabel(words.classNames[cls], 75), value: cls }));
  const initialClass = options.find((o) => o.value === draft?.replyClass);
  const publish = { text: plainLabel(words.mayPublishOption, 75), value: 'yes' };
  const text = (
    blockId: string,
    label: string,
    initial: string | null | undefined,
    options: { optional?: boolean; multiline?: boolean; max: number; hint?: string },
  ): KnownBlock => ({
    type: 'input',
    block_id: blockId,
    optional: options.optional ?? false,
    label: plainLabel(label, 2000),
    ...(options.hint ? { hint: plainLabel(options.hint, 2000) } : {}),
    element: {
      type: 'plain_text_input',
      action_id: inputActionId,
      multiline: options.multiline ?? false,
      max_length: options.max,
      ...(initial ? { initial_value: initial } : {}),
    },
  });
  const opinionLines = form.opinions.map((o) => words.opinionLine(escapeText(o.unitName), mention(o.submittedBy), escapeText(o.body)));
  return formView(catalog, {
    callbackId: callbackIds.replyModal,
    about: String(form.suggestionId),
    title: words.title,
    submit: words.submit,
    blocks: [
      section(words.about(form.code, escapeText(form.title), escapeText(form.unitName), form.round)),
      ...(form.returned
        ? [section(words.returned(words.levelNames[form.returned.level], mention(form.returned.by), escapeText(form.returned.comment)))]
        : []),
      section(words.opinionsHeading),
      ...(opinionLines.length > 0 ? packedSections(catalog, opinionLines, opinionBlocks) : [section(words.noOpinions)]),
      {
        type: 'input',
        block_id: blocks.replyClass,
        label: plainLabel(words.replyClass, 2000),
        element: { type: 'static_select', action_id: inputActionId, options, ...(initialClass ? { initial_option: initialClass } : {}) },
      },
      text(blocks.summary, words.summary, draft?.summary, { multiline: true, max: 3000 }),
      text(blocks.documentUrl, words.documentUrl, draft?.documentUrl, { optional: true, max: 500 }),
      {
        type: 'input',
        block_id: blocks.mayPublish,
        optional: true,
        label: plainLabel(words.mayPublish, 2000),
        element: {
          type: 'checkboxes',
          action_id: inputActionId,
          options: [publish],
          ...(draft?.mayPublish ? { initial_options: [publish] } : {}),
        },
      },
      text(blocks.commitments, words.commitments, draft?.commitments.map((c) => `${c.dueOn} ${c.description}`).join('\n'), {
        optional: true,
        multiline: true,
        max: 3000,
        hint: words.commitmentsHint,
      }),
      text(blocks.reason, words.reason, draft?.reason, { optional: true, multiline: true, max: 3000 }),
    ],
  });
}
