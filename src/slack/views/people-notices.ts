import type { PeopleChangedNotice, RoutedNotice } from '../../domain/notices.js';
import type { Catalog } from '../../i18n/index.js';
import { actionIds } from '../ids.js';
import { button, escapeText, formatDate, mention, plainMessage, type SlackMessage, section } from './format.js';

/** 分办, to a person now named on an assignment: what they are on it, with its details a click away. */
export function routedNoticeMessage(catalog: Catalog, notice: RoutedNotice): SlackMessage {
  const words = catalog.people;
  const text = `${words.routedNotice(
    notice.code,
    escapeText(notice.title),
    escapeText(notice.unitName),
    catalog.assignmentRoleNames[notice.assignmentRole],
    words.routedAs[notice.as] ?? notice.as,
    mention(notice.routedBy),
  )}${notice.division ? words.division(escapeText(notice.division)) : ''}`;
  return {
    text: text.replace(/\*/g, ''),
    blocks: [section(text), { type: 'actions', elements: [button(catalog.button.details, actionIds.showDetails, notice.suggestionId)] }],
  };
}

/** A change of role or of stand-in, told to the people it concerns (and the office, for a unit left without a liaison). */
export function peopleChangedMessage(catalog: Catalog, notice: PeopleChangedNotice): SlackMessage {
  const words = catalog.people;
  const change = notice.change;
  switch (change.kind) {
    case 'roles_removed':
      return plainMessage(
        words.rolesRemoved(
          escapeText(change.unitName),
          change.roles.map((role) => catalog.roleNames[role]).join(catalog.listJoin),
          mention(change.by),
          change.unnamed,
        ),
      );
    case 'unit_without_liaison':
      return plainMessage(words.unitWithoutLiaison(escapeText(change.unitName), mention(change.userId), mention(change.by)));
    case 'delegation_started':
      return plainMessage(
        change.to === 'principal'
          ? words.delegationStartedPrincipal(mention(change.delegate), formatDate(catalog, change.until))
          : words.delegationStartedDelegate(mention(change.principal), formatDate(catalog, change.until)),
      );
    case 'delegation_ended': {
      const because = words.endedBecause(change.endedBy && mention(change.endedBy), mention(change.principal));
      return plainMessage(
        change.to === 'principal'
          ? words.delegationEndedPrincipal(mention(change.delegate), because)
          : words.delegationEndedDelegate(mention(change.principal), because),
      );
    }
  }
}
