// The answers to /suggest subcommands that do not open a form: each calls one service verb and
// renders its result with a pure view.
import type { Command } from '../../command/parse-command.js';
import { evaluateSuggestion } from '../../../services/verdicts/evaluate-suggestion.js';
import { requestExport } from '../../../services/reports/request-export.js';
import { writeOffCommitment } from '../../../services/verdicts/write-off-commitment.js';
import { evaluatedAnswer, writtenOffAnswer } from '../../views/verdict-notices.js';
import type { FormVerb } from './command-form.js';
import { dateInZone } from '../../../domain/calendar-date.js';
import { acceptAssignment } from '../../../services/assignments/accept-assignment.js';
import { addUnit } from '../../../services/units/add-unit.js';
import { addSupervisor } from '../../../services/supervisors/add-supervisor.js';
import { addUnitMember } from '../../../services/units/add-unit-member.js';
import { assignSuggestion } from '../../../services/suggestions/assign-suggestion.js';
import { changeSessionSetting } from '../../../services/sessions/change-session-setting.js';
import { listCalendarDays } from '../../../services/sessions/list-calendar-days.js';
import { listSessionSettings } from '../../../services/sessions/list-session-settings.js';
import { listSessions } from '../../../services/sessions/list-sessions.js';
import { listSuggestions } from '../../../services/suggestions/list-suggestions.js';
import { listSupervisors } from '../../../services/supervisors/list-supervisors.js';
import { readRanking } from '../../../services/reports/read-ranking.js';
import { removeCalendarDay } from '../../../services/sessions/remove-calendar-day.js';
import { removeSupervisor } from '../../../services/supervisors/remove-supervisor.js';
import { requestExtension } from '../../../services/requests/request-extension.js';
import { requestTransfer } from '../../../services/requests/request-transfer.js';
import { setCalendarDay } from '../../../services/sessions/set-calendar-day.js';
import { showSuggestion } from '../../../services/suggestions/show-suggestion.js';
import { startSession } from '../../../services/sessions/start-session.js';
import { contextFor, type ListenerDeps } from '../../listener-deps.js';
import { acceptedMessage, assignedMessage, unitAddedMessage } from '../../views/answers.js';
import { calendarDayRemovedMessage, calendarDaySetMessage, calendarDaysMessage } from '../../views/calendar-days.js';
import { extensionRequestedAnswer } from '../../views/extension-notices.js';
import { mention, plainMessage, type SlackMessage } from '../../views/format.js';
import { helpMessage } from '../../views/help.js';
import { rankingMessage } from '../../views/ranking.js';
import { sessionSettingsMessage, settingChangedMessage } from '../../views/session-settings.js';
import { sessionStartedMessage, sessionsMessage } from '../../views/sessions.js';
import { suggestionDetailMessage } from '../../views/suggestion-detail.js';
import { suggestionListMessage } from '../../views/suggestion-list.js';
import { supervisorAddedMessage, supervisorRemovedMessage, supervisorsMessage } from '../../views/supervisors.js';
import { transferRequestedAnswer } from '../../views/transfer-notices.js';

export async function answerSubcommand(
  deps: ListenerDeps,
  actor: string,
  command: Exclude<Command, { verb: FormVerb }>,
): Promise<SlackMessage> {
  const ctx = contextFor(deps, actor);
  const { catalog } = deps;
  switch (command.verb) {
    case 'help':
      return helpMessage(catalog);
    case 'session-show':
      return sessionsMessage(catalog, await listSessions(ctx));
    case 'session-new':
      return sessionStartedMessage(catalog, await startSession(ctx, { name: command.name }));
    case 'assign': {
      const { verb: _verb, ...input } = command;
      const result = await assignSuggestion(ctx, input);
      deps.messagesQueued();
      return assignedMessage(catalog, result);
    }
    case 'accept': {
      const result = await acceptAssignment(ctx, { code: command.code });
      deps.messagesQueued();
      return acceptedMessage(catalog, result);
    }
    case 'list':
      return suggestionListMessage(catalog, await listSuggestions(ctx, command.filter));
    case 'show': {
      const detail = await showSuggestion(ctx, { code: command.code });
      return suggestionDetailMessage(catalog, detail, dateInZone(ctx.now, ctx.timezone), ctx.timezone);
    }
    case 'unit-add': {
      const { verb: _verb, ...input } = command;
      const unit = await addUnit(ctx, input);
      return unitAddedMessage(catalog, unit, input);
    }
    case 'extend': {
      const { verb: _verb, ...input } = command;
      const result = await requestExtension(ctx, input);
      deps.messagesQueued();
      return extensionRequestedAnswer(catalog, result);
    }
    case 'transfer': {
      const result = await requestTransfer(ctx, { code: command.code, reason: command.reason, ...(command.unit ? { unit: command.unit } : {}) });
      deps.messagesQueued();
      return plainMessage(transferRequestedAnswer(catalog, result));
    }
    case 'rank':
      return rankingMessage(catalog, await readRanking(ctx, { period: command.period }));
    case 'supervisor-list':
      return supervisorsMessage(catalog, await listSupervisors(ctx));
    case 'supervisor-add':
      return supervisorAddedMessage(catalog, (await addSupervisor(ctx, { userId: command.userId })).userId);
    case 'supervisor-remove':
      return supervisorRemovedMessage(catalog, (await removeSupervisor(ctx, { userId: command.userId })).userId);
    case 'config-list':
      return sessionSettingsMessage(catalog, await listSessionSettings(ctx));
    case 'config-set':
      return settingChangedMessage(catalog, await changeSessionSetting(ctx, { key: command.key, value: command.value }));
    case 'calendar-list':
      return calendarDaysMessage(catalog, await listCalendarDays(ctx));
    case 'calendar-add': {
      const { verb: _verb, ...input } = command;
      return calendarDaySetMessage(catalog, await setCalendarDay(ctx, input));
    }
    case 'calendar-remove':
      return calendarDayRemovedMessage(catalog, await removeCalendarDay(ctx, { day: command.day }));
    case 'evaluate': {
      const result = await evaluateSuggestion(ctx, { code: command.code, verdict: command.verdict, note: command.note });
      deps.messagesQueued();
      return evaluatedAnswer(catalog, result);
    }
    case 'export': {
      const result = await requestExport(ctx, command.unit ? { unit: command.unit } : {});
      deps.messagesQueued();
      return plainMessage(catalog.ledger.requested(result.unitName));
    }
    case 'commitment-done':
      return writtenOffAnswer(catalog, await writeOffCommitment(ctx, { code: command.code, seq: command.seq }));
    case 'unit-member': {
      const { unit } = await addUnitMember(ctx, command);
      return plainMessage(catalog.done.memberAdded(mention(command.userId), unit.name, catalog.roleNames[command.role]));
    }
  }
}
