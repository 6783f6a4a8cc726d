import { prepareRouteForm } from '../../../services/assignments/prepare-route-form.js';
import type { ListenerDeps } from '../../listener-deps.js';
import { routeModal } from '../../views/route-modal.js';
import { openForm } from './open-form.js';

/** 分办 on an assignment notice (the value is the assignment's id): opens the form naming its handler, division and leader. */
export const routeButton = (deps: ListenerDeps) =>
  openForm(deps, async (ctx, assignmentId) => routeModal(deps.catalog, await prepareRouteForm(ctx, { assignmentId })));
