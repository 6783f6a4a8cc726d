import type { KnownBlock, View } from '@slack/types';
import type { Catalog } from '../../i18n/index.js';
import type { ReminderGroupList } from '../../services/reports/read-reminder-group.js';
import { callbackIds, reminderGroupValue } from '../ids.js';
import { context, formatDate, plainLabel, section } from './format.js';
import { reminderLineBlocks } from './reminder-notice.js';

/** A modal holds 100 blocks: the heading, this many lines of two blocks each, and the count of the rest. */
export const groupListLines = 49;

/** 查看清单: the person's open steps of one step and date, each with the buttons its reminder line has. */
export function reminderGroupModal(catalog: Catalog, list: ReminderGroupList): View {
  const words = catalog.reminder;
  const step = catalog.milestoneNames[list.kind];
  const date = formatDate(catalog, list.plannedOn);
  const shown = list.items.slice(0, groupListLines);
  const blocks: KnownBlock[] =
    list.items.length === 0
      ? [section(words.groupListNone(step, date))]
      : [
          section(words.groupListHeading(step, date, list.items.length)),
          ...reminderLineBlocks(catalog, shown),
          ...(list.items.length > shown.length ? [context(words.groupListCut(shown.length, list.items.length))] : []),
        ];
  return {
    type: 'modal',
    callback_id: callbackIds.reminderGroup,
    private_metadata: reminderGroupValue(list),
    title: plainLabel(words.groupListTitle, 24),
    close: plainLabel(words.groupListClose, 24),
    blocks,
  };
}
