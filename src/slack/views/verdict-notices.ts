// The deputy's verdict (代表评价) and what follows it: 销号, the follow-up of B-class promises, or a
// new round; and the answer to 核销 of a promise.

import type { KnownBlock } from '@slack/types';
import type { VerdictRecordedNotice } from '../../domain/notices.js';
import type { Catalog } from '../../i18n/index.js';
import type { Evaluated } from '../../services/verdicts/record-verdict.js';
import type { WrittenOff } from '../../services/verdicts/write-off-commitment.js';
import { actionIds, roundValue } from '../ids.js';
import { detailsButton } from './details-button.js';
import {
  button,
  context,
  escapeText,
  formatDate,
  formatStatutoryDate,
  header,
  mention,
  plainMessage,
  type SlackMessage,
  section,
} from './format.js';
import { sharedDaysText } from './shared-days-text.js';

/**
 * 满意 / 基本满意 / 不满意 for the deputy's verdict on one round's reply, each naming the suggestion
 * and the round: a button of a round that has ended records nothing. 不满意 asks for the reasons.
 */
export function verdictButtons(catalog: Catalog, row: { suggestionId: number; round: number }): KnownBlock {
  return { type: 'actions', elements: verdictButtonElements(catalog, row) };
}

/** The three buttons alone, for a line that has buttons of its own beside them (a reminder's 办后反馈). */
export function verdictButtonElements(catalog: Catalog, row: { suggestionId: number; round: number }) {
  const names = catalog.verdict.buttonNames;
  const value = roundValue(row);
  return [
    button(names.satisfied, actionIds.recordSatisfied, value),
    button(names.basically_satisfied, actionIds.recordBasicallySatisfied, value),
    button(names.dissatisfied, actionIds.recordDissatisfied, value),
  ];
}

/** What the verdict did to the suggestion. */
function outcomeText(
  catalog: Catalog,
  result: Pick<Evaluated, 'code' | 'outcome' | 'round' | 'internalDueOn' | 'statutoryDueOn' | 'openCommitments'>,
): string {
  const words = catalog.verdict;
  switch (result.outcome) {
    case 'closed':
      return words.closed(result.code);
    case 'followup':
      return words.followup(result.code, result.openCommitments);
    case 'reopened':
      return words.reopened(
        result.code,
        result.round,
        formatDate(catalog, result.internalDueOn),
        formatStatutoryDate(catalog, result.statutoryDueOn),
      );
  }
}

export function verdictRecordedMessage(catalog: Catalog, notice: VerdictRecordedNotice): SlackMessage {
  const words = catalog.verdict;
  const heading = words.noticeHeading(words.names[notice.verdict]);
  return {
    text: `${heading} · ${notice.code}`,
    blocks: [
      header(heading),
      section(
        `${words.noticeBody(notice.code, escapeText(notice.title), escapeText(notice.unitName), mention(notice.recordedBy))}\n${outcomeText(catalog, notice)}`,
      ),
      ...(notice.note ? [context(words.note(escapeText(notice.note)))] : []),
      ...detailsButton(catalog, notice.suggestionId),
    ],
  };
}

export const evaluatedAnswer = (catalog: Catalog, result: Evaluated): SlackMessage =>
  plainMessage(
    [
      `${catalog.verdict.recorded(result.code, catalog.verdict.names[result.verdict])}${outcomeText(catalog, result)}`,
      sharedDaysText(catalog, result.sharedDays),
    ]
      .filter(Boolean)
      .join('\n'),
  );

export function writtenOffAnswer(catalog: Catalog, result: WrittenOff): SlackMessage {
  const words = catalog.commitment;
  const after = result.closed ? words.closed(result.code) : result.open > 0 ? words.left(result.open) : '';
  return plainMessage(`${words.writtenOff(result.code, result.seq, escapeText(result.description), result.onTime)}${after}`);
}
