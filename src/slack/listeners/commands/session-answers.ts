import { changeSessionSetting } from '../../../services/sessions/change-session-setting.js';
import { listCalendarDays } from '../../../services/sessions/list-calendar-days.js';
import { listSessionSettings } from '../../../services/sessions/list-session-settings.js';
import { listSessions } from '../../../services/sessions/list-sessions.js';
import { loadWorkingCalendar } from '../../../services/sessions/load-working-calendar.js';
import { removeCalendarDay } from '../../../services/sessions/remove-calendar-day.js';
import { setCalendarDay } from '../../../services/sessions/set-calendar-day.js';
import { startSession } from '../../../services/sessions/start-session.js';
import { calendarDayRemovedMessage, calendarDaySetMessage, calendarDaysMessage } from '../../views/calendar-days.js';
import { writeDatesBy } from '../../views/date-words.js';
import { sessionSettingsMessage, settingChangedMessage } from '../../views/session-settings.js';
import { sessionStartedMessage, sessionsMessage } from '../../views/sessions.js';
import type { AnswersFor } from './subcommand-answers.js';

type SessionVerb = 'session-show' | 'session-new' | 'config-list' | 'config-set' | 'calendar-list' | 'calendar-add' | 'calendar-remove';

/** The sessions, the rules each runs by and the working calendar their deadlines count on. */
export const sessionAnswers: AnswersFor<SessionVerb> = {
  'session-show': async ({ ctx, catalog }) => sessionsMessage(catalog, await listSessions(ctx)),
  'session-new': async ({ ctx, catalog }, command) => sessionStartedMessage(catalog, await startSession(ctx, { name: command.name })),
  'config-list': async ({ ctx, catalog }) => sessionSettingsMessage(catalog, await listSessionSettings(ctx)),
  'config-set': async ({ ctx, catalog }, command) => settingChangedMessage(catalog, await changeSessionSetting(ctx, command)),
  'calendar-list': async ({ ctx, catalog }) => calendarDaysMessage(catalog, await listCalendarDays(ctx)),
  'calendar-add': async ({ ctx, catalog }, command) => {
    const { verb: _verb, ...input } = command;
    const set = await setCalendarDay(ctx, input);
    writeDatesBy(await loadWorkingCalendar(ctx.db));
    return calendarDaySetMessage(catalog, set);
  },
  'calendar-remove': async ({ ctx, catalog }, command) => {
    const removed = await removeCalendarDay(ctx, { day: command.day });
    writeDatesBy(await loadWorkingCalendar(ctx.db));
    return calendarDayRemovedMessage(catalog, removed);
  },
};
