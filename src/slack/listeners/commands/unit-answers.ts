import { addUnit } from '../../../services/units/add-unit.js';
import { addUnitMember } from '../../../services/units/add-unit-member.js';
import { unitAddedMessage } from '../../views/answers.js';
import { mention, plainMessage } from '../../views/format.js';
import type { AnswersFor } from './subcommand-answers.js';

/** The handling units and the people with a role in them. */
export const unitAnswers: AnswersFor<'unit-add' | 'unit-member'> = {
  'unit-add': async ({ ctx, catalog }, command) => {
    const { verb: _verb, ...input } = command;
    const unit = await addUnit(ctx, input);
    return unitAddedMessage(catalog, unit, input);
  },
  'unit-member': async ({ ctx, catalog }, command) => {
    const { unit } = await addUnitMember(ctx, command);
    return plainMessage(catalog.done.memberAdded(mention(command.userId), unit.name, catalog.roleNames[command.role]));
  },
};
