import type { View } from '@slack/types';
import { prepareContactForm } from '../../../services/assignments/prepare-contact-form.js';
import { prepareRouteForm } from '../../../services/assignments/prepare-route-form.js';
import { prepareImportForm } from '../../../services/imports/prepare-import-form.js';
import { prepareOpinionForm } from '../../../services/replies/prepare-opinion-form.js';
import { prepareReplyForm } from '../../../services/replies/prepare-reply-form.js';
import type { ServiceContext } from '../../../services/shared/service-context.js';
import { prepareAssignForm } from '../../../services/suggestions/prepare-assign-form.js';
import type { Command } from '../../command/parse-command.js';
import type { ListenerDeps } from '../../listener-deps.js';
import { assignModal } from '../../views/assign-modal.js';
import { contactModal } from '../../views/contact-modal.js';
import { plainMessage, type SlackMessage } from '../../views/format.js';
import { importModal } from '../../views/import-modal.js';
import { opinionModal } from '../../views/opinion-modal.js';
import { replyModal } from '../../views/reply-modal.js';
import { routeModal } from '../../views/route-modal.js';

const formVerbs = ['assign-modal', 'contact-modal', 'opinion-modal', 'reply-modal', 'route-modal', 'import-modal'] as const;
export type FormVerb = (typeof formVerbs)[number];
export type FormCommand = Extract<Command, { verb: FormVerb }>;

export const isFormCommand = (command: Command): command is FormCommand => (formVerbs as readonly string[]).includes(command.verb);

/**
 * The form a subcommand opens, prepared (which refuses anyone who could not submit it), or a
 * private answer when there is nothing to fill in yet.
 */
export async function commandForm(deps: ListenerDeps, ctx: ServiceContext, command: FormCommand): Promise<View | SlackMessage> {
  const { catalog } = deps;
  switch (command.verb) {
    case 'assign-modal': {
      const form = await prepareAssignForm(ctx);
      return form.units.length === 0 ? plainMessage(catalog.problem.noUnitsYet) : assignModal(catalog, form);
    }
    case 'contact-modal':
      return contactModal(catalog, await prepareContactForm(ctx, { code: command.code }));
    case 'opinion-modal':
      return opinionModal(catalog, await prepareOpinionForm(ctx, { code: command.code }));
    case 'reply-modal':
      return replyModal(catalog, await prepareReplyForm(ctx, { code: command.code }));
    case 'route-modal':
      return routeModal(catalog, await prepareRouteForm(ctx, { code: command.code }));
    case 'import-modal':
      return (await prepareImportForm(ctx)).units === 0 ? plainMessage(catalog.problem.noUnitsYet) : importModal(catalog);
  }
}
