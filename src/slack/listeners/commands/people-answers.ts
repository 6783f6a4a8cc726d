import { endDelegation } from '../../../services/people/end-delegation.js';
import { readDelegations } from '../../../services/people/read-delegations.js';
import { startDelegation } from '../../../services/people/start-delegation.js';
import { formatDate, mention, plainMessage } from '../../views/format.js';
import type { AnswersFor } from './subcommand-answers.js';

/** 代理: a person away names who stands in for them, ends it, or sees it. */
export const peopleAnswers: AnswersFor<'delegate' | 'delegate-off' | 'delegate-show'> = {
  delegate: async ({ deps, ctx, catalog }, command) => {
    const started = await startDelegation(ctx, { delegate: command.userId, until: command.until }, deps.lookUpPerson);
    deps.messagesQueued();
    return plainMessage(catalog.people.delegationSet(mention(started.delegate), formatDate(catalog, started.until)));
  },
  'delegate-off': async ({ deps, ctx, catalog }, command) => {
    const ended = await endDelegation(ctx, { principal: command.userId });
    deps.messagesQueued();
    return plainMessage(catalog.people.delegationEnded(mention(ended.principal), mention(ended.delegate)));
  },
  'delegate-show': async ({ ctx, catalog }) => {
    const { out, in: standingIn } = await readDelegations(ctx);
    const words = catalog.people;
    const lines = [
      ...(out ? [words.delegationOut(mention(out.delegate), formatDate(catalog, out.until))] : []),
      ...standingIn.map((d) => words.delegationIn(mention(d.principal), formatDate(catalog, d.until))),
    ];
    return plainMessage(lines.length > 0 ? lines.join('\n') : words.delegationNone);
  },
};
