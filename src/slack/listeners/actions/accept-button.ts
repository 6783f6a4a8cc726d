import { acceptAssignment } from '../../../services/assignments/accept-assignment.js';
import type { ListenerDeps } from '../../listener-deps.js';
import { acceptedMessage } from '../../views/answers.js';
import { actInPlace } from './act-in-place.js';

/** 签收 from a notice or a reminder line (the value is the assignment's id). */
export const acceptButton = (deps: ListenerDeps) =>
  actInPlace(deps, async (ctx, assignmentId) => {
    const result = await acceptAssignment(ctx, { assignmentId });
    deps.messagesQueued();
    return acceptedMessage(deps.catalog, result);
  });
