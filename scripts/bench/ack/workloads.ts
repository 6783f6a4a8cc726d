// The three things measured, each a stream of fresh signed requests that knows what a right
// answer to each of them looks like. A benchmark of refusals or error messages measures nothing,
// so every response under load is checked, not only a sample.
import type { Locale } from '../../../src/config.js';
import { listPageSize } from '../../../src/services/list-suggestions.js';
import { catalogFor } from '../../../src/slack/i18n/index.js';
import type { SignedRequest } from '../../../test/support/signed-request.js';
import { benchUserId, supervisorUserId } from './cast.js';
import { seededRandom } from './random.js';
import { involvingBenchUser, type SeedPlan } from './seed-plan.js';
import { signedSlashCommand } from './slash-command.js';
import type { TargetUrls } from './targets-protocol.js';

export interface Probe {
  request: SignedRequest;
  /** Whether a 200 response body is the answer this request deserves. */
  isRightAnswer(body: string): boolean;
}

export interface Workload {
  name: string;
  url: string;
  next(): Probe;
}

export interface WorkloadSet {
  bare: Workload;
  show: Workload;
  listMine: Workload;
}

interface Answer {
  text?: string;
  response_type?: string;
  blocks?: Array<{ type: string; text?: { text: string } }>;
}

const parse = (body: string): Answer | undefined => {
  try {
    return JSON.parse(body) as Answer;
  } catch {
    return undefined;
  }
};

export function workloads(options: { urls: TargetUrls; secret: string; plan: SeedPlan; locale: Locale }): WorkloadSet {
  const { urls, secret, plan } = options;
  const catalog = catalogFor(options.locale);
  const random = seededRandom(7);
  const as = (userId: string) => ({ secret, standInUrl: urls.standIn, userId });
  const randomSuggestion = () => random.pick(plan.suggestions);

  const mineTotal = involvingBenchUser(plan);
  const mineHeading = catalog.list.heading(catalog.list.filterNames.mine ?? '', mineTotal);
  const mineLines = Math.min(listPageSize, mineTotal);

  return {
    bare: {
      name: 'bare Bolt app, `/suggest` acks only',
      url: urls.bare,
      next: () => ({
        request: signedSlashCommand(as(supervisorUserId), `show ${randomSuggestion().code}`),
        isRightAnswer: (body) => body === '',
      }),
    },
    show: {
      name: 'bot, `/suggest show <code>`',
      url: urls.bot,
      next: () => {
        const suggestion = randomSuggestion();
        const heading = catalog.show.heading(suggestion.code, suggestion.title);
        return {
          request: signedSlashCommand(as(supervisorUserId), `show ${suggestion.code}`),
          isRightAnswer: (body) => {
            const answer = parse(body);
            // One divider per unit: the detail, not a refusal, which is a single section.
            const units = answer?.blocks?.filter((block) => block.type === 'divider').length;
            return answer?.response_type === 'ephemeral' && answer.text === heading && units === 1 + suggestion.co.length;
          },
        };
      },
    },
    listMine: {
      name: 'bot, `/suggest list mine`',
      url: urls.bot,
      next: () => ({
        request: signedSlashCommand(as(benchUserId), 'list mine'),
        isRightAnswer: (body) => {
          const answer = parse(body);
          const lines = answer?.blocks?.filter((block) => block.type === 'section' && /^\*\S+-\d{5}\*/.test(block.text?.text ?? ''));
          return answer?.response_type === 'ephemeral' && answer.text === mineHeading && lines?.length === mineLines;
        },
      }),
    },
  };
}
