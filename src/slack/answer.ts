// The one place where a failure becomes words for the person in front of the bot: a refusal
// says what to do; anything unexpected is logged and answered without details.
import { ServiceError } from '../services/shared/service-error.js';
import type { ListenerDeps } from './listener-deps.js';
import { plainMessage, type SlackMessage } from './views/format.js';
import { describeServiceProblem } from './views/problem.js';

export async function answerOrExplain(deps: ListenerDeps, work: () => Promise<SlackMessage>): Promise<SlackMessage> {
  try {
    return await work();
  } catch (error) {
    return explain(deps, error);
  }
}

export function explain(deps: ListenerDeps, error: unknown): SlackMessage {
  if (error instanceof ServiceError) return plainMessage(describeServiceProblem(deps.catalog, error.problem));
  deps.logger.error('request failed', error);
  return plainMessage(deps.catalog.problem.internal);
}
