import { nudgeCoUnit } from '../../../services/assignments/nudge-co-unit.js';
import type { ListenerDeps } from '../../listener-deps.js';
import { escapeText, plainMessage } from '../../views/format.js';
import { actInPlace } from './act-in-place.js';

/** 催办 on a co-handling unit in a suggestion's detail (the value is that unit's assignment id). */
export const nudgeButton = (deps: ListenerDeps) =>
  actInPlace(deps, async (ctx, assignmentId) => {
    const result = await nudgeCoUnit(ctx, { assignmentId });
    deps.messagesQueued();
    return plainMessage(deps.catalog.nudge.done(escapeText(result.unitName), result.told));
  });
