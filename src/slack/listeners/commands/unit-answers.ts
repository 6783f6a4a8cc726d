import { addUnit } from '../../../services/units/add-unit.js';
import { addUnitMember } from '../../../services/units/add-unit-member.js';
import { removeUnitMember } from '../../../services/units/remove-unit-member.js';
import { memberAddedMessage, memberRemovedMessage, unitAddedMessage } from '../../views/answers.js';
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
    return memberAddedMessage(catalog, command.userId, unit.name, command.role);
  },
  'unit-member-remove': async ({ deps, ctx, catalog }, command) => {
    const { unit, removed, withoutLiaison, unnamed } = await removeUnitMember(ctx, command);
    deps.messagesQueued();
    return memberRemovedMessage(catalog, command.userId, { unitName: unit.name, roles: removed, unnamed, withoutLiaison });
  },
};
