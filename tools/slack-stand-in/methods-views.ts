import { isRecord } from './block-kit-checks.js';
import { findBlockKitViolations } from './block-kit-limits.js';
import { fail, invalidBlocks, type MethodContext, type MethodHandler, type MethodResult, ok, str } from './method-kit.js';
import { TRIGGER_TTL_MS, triggerIssuedAt } from './trigger-id.js';
import { BOT } from './workspace-state.js';

function checkTrigger(args: Record<string, unknown>, ctx: MethodContext): MethodResult | undefined {
  const triggerId = str(args.trigger_id);
  if (triggerId === undefined) return fail('invalid_trigger_id');
  const issuedAt = triggerIssuedAt(triggerId);
  if (issuedAt !== undefined && ctx.now() - issuedAt > TRIGGER_TTL_MS) return fail('expired_trigger_id');
  return undefined;
}

function checkView(surface: 'modal' | 'home', view: unknown): MethodResult | undefined {
  if (view === undefined) return fail('invalid_arguments', { errors: ['view: is required'] });
  const violations = findBlockKitViolations(surface, { view });
  return violations.length > 0 ? invalidBlocks(violations) : undefined;
}

function answerView(view: unknown, id: string): MethodResult {
  const fields = isRecord(view) ? view : {};
  return ok({ view: { id, team_id: BOT.teamId, state: { values: {} }, hash: `${id}.hash`, ...fields } });
}

const openOrPush: MethodHandler = (args, ctx) =>
  checkTrigger(args, ctx) ?? checkView('modal', args.view) ?? answerView(args.view, ctx.state.nextId('V'));

const update: MethodHandler = (args, ctx) => {
  const viewId = str(args.view_id);
  if (viewId === undefined && str(args.external_id) === undefined) return fail('invalid_arguments');
  return checkView('modal', args.view) ?? answerView(args.view, viewId ?? ctx.state.nextId('V'));
};

const publish: MethodHandler = (args, ctx) => {
  if (str(args.user_id) === undefined) return fail('invalid_arguments', { errors: ['user_id: is required'] });
  return checkView('home', args.view) ?? answerView(args.view, ctx.state.nextId('V'));
};

export const viewMethods: Record<string, MethodHandler> = {
  'views.open': openOrPush,
  'views.push': openOrPush,
  'views.update': update,
  'views.publish': publish,
};
