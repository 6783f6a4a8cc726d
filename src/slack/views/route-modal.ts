import type { View } from '@slack/types';
import { divisionNameLengthAtMost } from '../../domain/vocabulary.js';
import type { Catalog } from '../../i18n/index.js';
import type { RouteForm } from '../../services/assignments/prepare-route-form.js';
import type { Routed } from '../../services/assignments/route-assignment.js';
import { callbackIds, inputActionId, routeModalBlocks } from '../ids.js';
import { escapeText, formView, mention, plainLabel, section } from './format.js';

/** 分办: the assignment's handler, division and responsible leader; which assignment travels in private_metadata. */
export function routeModal(catalog: Catalog, form: RouteForm): View {
  const words = catalog.people;
  const person = (blockId: string, label: string, current: string | null) => ({
    type: 'input' as const,
    block_id: blockId,
    optional: true,
    label: plainLabel(label, 2000),
    element: {
      type: 'users_select' as const,
      action_id: inputActionId,
      placeholder: plainLabel(catalog.modal.pick, 150),
      ...(current ? { initial_user: current } : {}),
    },
  });
  return formView(catalog, {
    callbackId: callbackIds.routeModal,
    about: String(form.assignmentId),
    title: words.routeTitle,
    submit: words.routeSubmit,
    blocks: [
      section(words.routeIntro(form.code, escapeText(form.unitName), catalog.assignmentRoleNames[form.role])),
      person(routeModalBlocks.handler, words.routeHandler, form.handlerUserId),
      {
        type: 'input',
        block_id: routeModalBlocks.division,
        optional: true,
        label: plainLabel(words.routeDivision, 2000),
        element: {
          type: 'plain_text_input',
          action_id: inputActionId,
          max_length: divisionNameLengthAtMost,
          ...(form.division ? { initial_value: form.division } : {}),
        },
      },
      person(routeModalBlocks.leader, words.routeLeader, form.leaderUserId),
    ],
  });
}

/** The answer to 分办: what the assignment's 四个一 are now, or that nothing changed. */
export function routedAnswer(catalog: Catalog, routed: Routed): string {
  const words = catalog.people;
  if (!routed.changed) return words.routeUnchanged(routed.code);
  const parts = [
    routed.handlerUserId && words.routedPart.handler(mention(routed.handlerUserId)),
    routed.division && words.routedPart.division(escapeText(routed.division)),
    routed.leaderUserId && words.routedPart.leader(mention(routed.leaderUserId)),
  ].filter(Boolean);
  return words.routed(routed.code, escapeText(routed.unitName), parts.join(catalog.listJoin), routed.told);
}
