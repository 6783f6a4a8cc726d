import { snoozeNode } from '../../../services/assignments/snooze-node.js';
import type { ListenerDeps } from '../../listener-deps.js';
import { formatDate, plainMessage } from '../../views/format.js';
import { actInPlace } from './act-in-place.js';

/** 推迟提醒 on a reminder line (the value is the milestone's id). */
export const snoozeButton = (deps: ListenerDeps) =>
  actInPlace(deps, async (ctx, milestoneId) => {
    const { catalog } = deps;
    const node = await snoozeNode(ctx, { milestoneId });
    return plainMessage(catalog.done.nodeSnoozed(catalog.milestoneNames[node.kind], node.code, formatDate(catalog, node.remindFrom)));
  });
