// The private answers to commands that changed something.

import { groupBy } from '../../domain/group-by.js';
import type { UnitRole } from '../../domain/vocabulary.js';
import type { Catalog } from '../../i18n/index.js';
import type { AcceptAssignmentResult } from '../../services/assignments/accept-assignment.js';
import type { AcceptAssignmentsResult, AssignmentRef } from '../../services/assignments/accept-assignments.js';
import type { AssignSuggestionResult } from '../../services/suggestions/assign-suggestion.js';
import {
  channelMention,
  context,
  escapeText,
  fit,
  formatDate,
  formatStatutoryDate,
  mention,
  plainMessage,
  type SlackMessage,
  section,
} from './format.js';
import { sharedDaysText } from './shared-days-text.js';

export function unitAddedMessage(
  catalog: Catalog,
  unit: { name: string; aliases: string[]; channelId: string | null },
  people: { liaisonUserId?: string | undefined; leaderUserId?: string | undefined },
): SlackMessage {
  const extras = catalog.done.unitExtras(
    unit.aliases.map(escapeText).join(catalog.listJoin),
    unit.channelId ? channelMention(unit.channelId) : '',
    people.liaisonUserId ? mention(people.liaisonUserId) : '',
    people.leaderUserId ? mention(people.leaderUserId) : '',
  );
  return plainMessage(catalog.done.unitAdded(escapeText(unit.name), extras));
}

/** `unit member`: the person now holds the role in the unit. */
export const memberAddedMessage = (catalog: Catalog, userId: string, unitName: string, role: UnitRole): SlackMessage =>
  plainMessage(catalog.done.memberAdded(mention(userId), escapeText(unitName), catalog.roleNames[role]));

/** `unit member … remove`: the roles the person lost, and whether the unit is left without a liaison. */
export function memberRemovedMessage(
  catalog: Catalog,
  userId: string,
  removal: { unitName: string; roles: readonly UnitRole[]; unnamed: number; withoutLiaison: boolean },
): SlackMessage {
  const unitName = escapeText(removal.unitName);
  const roles = removal.roles.map((role) => catalog.roleNames[role]).join(catalog.listJoin);
  const done = catalog.done.memberRemoved(mention(userId), unitName, roles, removal.unnamed);
  return plainMessage(removal.withoutLiaison ? `${done}\n${catalog.done.unitWithoutLiaison(unitName)}` : done);
}

/** `import template`: the template comes as a file shortly (or came already, asked for twice in a minute); none while no unit is registered. */
export function importTemplateRequestedMessage(catalog: Catalog, result: { units: number; queued: boolean }): SlackMessage {
  if (result.units === 0) return plainMessage(catalog.problem.noUnitsYet);
  return plainMessage(result.queued ? catalog.import.template.requested : catalog.import.template.alreadyRequested);
}

/** `export`: the ledger, of one unit or all the asker may see, comes as a file shortly. */
export const exportRequestedMessage = (catalog: Catalog, unitName: string | null): SlackMessage =>
  plainMessage(catalog.ledger.requested(unitName === null ? null : escapeText(unitName)));

/** A similar suggestion's title as an answer names it: long enough to recognise, short enough for three in a line. */
const similarTitleChars = 60;

/**
 * What an assignment became, in three lines: the units, the deadlines, who was told; a fourth
 * when open suggestions have titles like it, naming them and 并案, and a fifth when the time is too
 * short to give each step a day (each empty otherwise).
 */
export function assignedSummary(
  catalog: Catalog,
  result: AssignSuggestionResult,
): { text: string; dates: string; notified: string; similar: string; sharedDays: string } {
  const words = catalog.done;
  const [likeliest] = result.similar;
  return {
    text: words.assigned(result.code, escapeText(result.leadUnit), result.coUnits.map(escapeText).join(catalog.listJoin)),
    dates: words.assignedDates(
      formatDate(catalog, result.acceptBy),
      formatDate(catalog, result.internalDueOn),
      formatStatutoryDate(catalog, result.statutoryDueOn),
    ),
    notified: words.assignedNotified(result.notified),
    sharedDays: sharedDaysText(catalog, result.sharedDays),
    similar: likeliest
      ? words.similarOpen(
          result.similar
            .map((item) => words.similarItem(item.code, escapeText(fit(item.title, similarTitleChars))))
            .join(words.similarJoin),
          result.code,
          likeliest.code,
        )
      : '',
  };
}

export function assignedMessage(catalog: Catalog, result: AssignSuggestionResult): SlackMessage {
  const summary = assignedSummary(catalog, result);
  return {
    text: summary.text,
    blocks: [
      section(summary.text),
      ...(summary.similar ? [section(summary.similar)] : []),
      context(summary.dates),
      ...(summary.sharedDays ? [context(summary.sharedDays)] : []),
      context(summary.notified),
    ],
  };
}

export function acceptedMessage(catalog: Catalog, result: AcceptAssignmentResult): SlackMessage {
  const units = result.accepted
    .map(
      (item) => `${escapeText(item.unitName)} · ${catalog.assignmentRoleNames[item.role]}${item.onTime ? '' : catalog.done.acceptedLate}`,
    )
    .join(catalog.listJoin);
  return plainMessage(catalog.done.accepted(result.code, units));
}

/** Codes an answer names a unit: enough to recognise the batch, few enough to read. */
const codesNamed = 20;

/** 全部签收's answer: what was signed for, and what was not the clicker's to sign. */
export function acceptedAllMessage(catalog: Catalog, result: AcceptAssignmentsResult): SlackMessage {
  const words = catalog.done;
  // A unit's codes together, the unit named once; a long list is cut, its count said.
  const named = (refs: readonly AssignmentRef[]) => {
    return [...groupBy(refs, (ref) => ref.unitName)]
      .map(([unit, unitRefs]) => {
        const codes = unitRefs.map((ref) => ref.code);
        const shown = codes.slice(0, codesNamed).join(catalog.listJoin);
        return words.unitCodes(escapeText(unit), codes.length > codesNamed ? words.andMore(shown, codes.length) : shown);
      })
      .join(words.unitsJoin);
  };
  const lines = [
    result.accepted.length > 0 ? words.acceptedAll(named(result.accepted), result.accepted.length) : words.acceptedNoneNew,
    result.notTheirs.length > 0 ? words.notTheirs(named(result.notTheirs), result.notTheirs.length) : '',
    result.othersUnseen > 0 ? words.othersUnseen(result.othersUnseen) : '',
    result.accepted.length > 0 && result.settled.length > 0 ? words.alreadySettled(result.settled.length) : '',
  ];
  return plainMessage(lines.filter(Boolean).join('\n'));
}
