import { addUnit } from '../../../services/units/add-unit.js';
import { addUnitMember } from '../../../services/units/add-unit-member.js';
import { removeUnitMember } from '../../../services/units/remove-unit-member.js';
import { unitAddedMessage } from '../../views/answers.js';
import { escapeText, mention, plainMessage } from '../../views/format.js';
import type { AnswersFor } from './subcommand-answers.js';

/** The handling units and the people with a role in them. */
export const unitAnswers: AnswersFor<'unit-add' | 'unit-member' | 'unit-member-remove'> = {
  'unit-add': async ({ ctx, catalog }, command) => {
    const { verb: _verb, ...input } = command;
    const unit = await addUnit(ctx, input);
    return unitAddedMessage(catalog, unit, input);
  },
  'unit-member': async ({ ctx, catalog }, command) => {
    const { unit } = await addUnitMember(ctx, command);
    return plainMessage(catalog.done.memberAdded(mention(command.userId), unit.name, catalog.roleNames[command.role]));
  },
  'unit-member-remove': async ({ deps, ctx, catalog }, command) => {
    const { unit, removed, withoutLiaison, unnamed } = await removeUnitMember(ctx, command);
    deps.messagesQueued();
    const roles = removed.map((role) => catalog.roleNames[role]).join(catalog.listJoin);
    const done = catalog.done.memberRemoved(mention(command.userId), escapeText(unit.name), roles, unnamed);
    return plainMessage(withoutLiaison ? `${done}\n${catalog.done.unitWithoutLiaison(escapeText(unit.name))}` : done);
  },
};
