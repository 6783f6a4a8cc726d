// The three things measured, each a stream of fresh signed requests that knows what a right
// answer to each of them looks like. A benchmark of refusals or error messages measures nothing,
// so every response under load is checked, not only a sample. The check reads the answer as
// text, not as parsed JSON: the load generator shares the two cores with the bot and the
// database, and parsing every 2 KB detail cost it a fifth more CPU per request than the bare
// app's empty ack did, CPU the bot would then not get.

import { catalogFor } from '../../../src/i18n/index.js';
import type { Locale } from '../../../src/i18n/locale.js';
import { listPageSize } from '../../../src/services/suggestions/list-suggestions.js';
import type { SignedRequest } from '../../../tools/slack-stand-in/slack-requests.js';
import { benchUserId, busyUnitCount, busyUserId, supervisorUserId } from './cast.js';
import { seededRandom } from './random.js';
import { involvingBenchUser, involvingBusyUser, type SeedPlan } from './seed-plan.js';
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
  /** The same, from a bot that keeps no answers: what a list costs when the ledger just changed. */
  listMineAfresh: Workload;
  /** The stress case: measured and reported, with no target. */
  listMineBusy: Workload;
}

/** How a private answer with this text begins, as the bot writes it (Bolt serialises the ack's body as given). */
const privateAnswerStart = (text: string) => `{"response_type":"ephemeral","text":${JSON.stringify(text)},"blocks":[`;

const occurrences = (body: string, pattern: RegExp) => body.match(pattern)?.length ?? 0;

/** A detail's unit parts each begin with a divider; a refusal has none. */
const dividers = /\{"type":"divider"\}/g;
/** A list line: a section whose text begins with a code in bold (`*2026-00001*`). */
const listLines = /\{"type":"section","text":\{"type":"mrkdwn","text":"\*[^*\s"]+-\d{5}\*/g;

export function workloads(options: { urls: TargetUrls; secret: string; plan: SeedPlan; locale: Locale }): WorkloadSet {
  const { urls, secret, plan } = options;
  const catalog = catalogFor(options.locale);
  const random = seededRandom(7);
  const as = (userId: string) => ({ secret, standInUrl: urls.standIn, userId });
  const randomSuggestion = () => random.pick(plan.suggestions);

  const listMine = (name: string, userId: string, total: number, url = urls.bot): Workload => {
    const heading = catalog.list.heading(catalog.list.filterNames.mine ?? '', total);
    const lineCount = Math.min(listPageSize, total);
    const start = privateAnswerStart(heading);
    return {
      name,
      url,
      next: () => ({
        request: signedSlashCommand(as(userId), 'list mine'),
        isRightAnswer: (body) => body.startsWith(start) && body.endsWith(']}') && occurrences(body, listLines) === lineCount,
      }),
    };
  };

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
        const start = privateAnswerStart(catalog.show.heading(suggestion.code, suggestion.title));
        return {
          request: signedSlashCommand(as(supervisorUserId), `show ${suggestion.code}`),
          // One divider per unit: the detail, not a refusal, which is a single section.
          isRightAnswer: (body) =>
            body.startsWith(start) && body.endsWith(']}') && occurrences(body, dividers) === 1 + suggestion.co.length,
        };
      },
    },
    listMine: listMine('bot, `/suggest list mine`', benchUserId, involvingBenchUser(plan)),
    listMineAfresh: listMine(
      'bot keeping no answers, `/suggest list mine` (no target)',
      benchUserId,
      involvingBenchUser(plan),
      urls.botAfresh,
    ),
    listMineBusy: listMine(
      `bot, \`/suggest list mine\` of a liaison of ${busyUnitCount} units (stress, no target)`,
      busyUserId,
      involvingBusyUser(plan),
    ),
  };
}
