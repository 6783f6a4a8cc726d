import { completeNode } from '../../../services/assignments/complete-node.js';
import type { ListenerDeps } from '../../listener-deps.js';
import { formatDate, plainMessage } from '../../views/format.js';
import { actInPlace } from './act-in-place.js';

/** 完成 on a reminder line (the value is the milestone's id). */
export const completeButton = (deps: ListenerDeps) =>
  actInPlace(deps, async (ctx, milestoneId) => {
    const { catalog } = deps;
    const node = await completeNode(ctx, { milestoneId });
    return plainMessage(
      catalog.done.nodeDone(catalog.milestoneNames[node.kind], node.code, node.onTime, formatDate(catalog, node.plannedOn)),
    );
  });
