// What 查看清单 on a grouped reminder line lists: the clicking person's own open steps of that step
// and date, read now rather than from the morning's message, so a step done since is gone.
import { dateInZone } from '../../domain/calendar-date.js';
import { actsAs } from '../../domain/permissions.js';
import { inReminderGroup, type ReminderGroupKey } from '../../domain/reminder-groups.js';
import { byUrgency, itemOf, noPeople, ownersOf, type ReminderItem, urgencyOf } from '../../domain/reminders.js';
import { loadWorkingCalendar } from '../sessions/load-working-calendar.js';
import { loadActorRoles } from '../shared/load-actor-roles.js';
import type { ServiceContext } from '../shared/service-context.js';
import { readOpenNodesOf, readUnitPeople } from './read-open-nodes.js';

export interface ReminderGroupList extends ReminderGroupKey {
  /** The person's open steps of the group, most urgent first. */
  items: ReminderItem[];
}

export async function readReminderGroup(ctx: ServiceContext, key: ReminderGroupKey): Promise<ReminderGroupList> {
  const today = dateInZone(ctx.now, ctx.timezone);
  const roles = await loadActorRoles(ctx.db, ctx);
  const [nodes, calendar] = await Promise.all([readOpenNodesOf(ctx.db, ctx.actor, roles), loadWorkingCalendar(ctx.db)]);
  const inGroup = nodes.filter((node) => inReminderGroup(key, node));
  const people = await readUnitPeople(
    ctx.db,
    inGroup.map((node) => node.unitId),
  );
  // Whoever clicks sees only the steps that are theirs, as their own reminder would list them:
  // a step pushed to a later day stays quiet until then.
  const items = inGroup
    .filter((node) => !(node.remindFrom && node.remindFrom > today))
    .filter((node) => ownersOf(node, people.get(node.unitId) ?? noPeople).some((owner) => actsAs(roles, ctx.actor, owner)))
    .map((node) => itemOf(node, urgencyOf(node.plannedOn, today, calendar)))
    .sort(byUrgency);
  return { kind: key.kind, plannedOn: key.plannedOn, items };
}
