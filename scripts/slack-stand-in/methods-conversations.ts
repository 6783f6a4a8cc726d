import { fail, ok, str, type MethodHandler } from './method-kit.js';
import { compareTs, resolveChannel } from './workspace-state.js';

const DEFAULT_HISTORY_LIMIT = 100;

const open: MethodHandler = (args) => {
  const users = Array.isArray(args.users) ? args.users.join(',') : str(args.users);
  const first = users?.split(',')[0]?.trim();
  if (first) return ok({ channel: { id: resolveChannel(first) } });
  const channel = str(args.channel);
  return channel === undefined ? fail('users_list_not_supplied') : ok({ channel: { id: channel } });
};

const history: MethodHandler = (args, ctx) => {
  const requested = str(args.channel);
  if (requested === undefined || ctx.state.unknownChannels.has(requested)) return fail('channel_not_found');
  const oldest = str(args.oldest);
  const latest = str(args.latest);
  const limit = Number(args.limit ?? DEFAULT_HISTORY_LIMIT) || DEFAULT_HISTORY_LIMIT;
  const matching = (ctx.state.messages.get(resolveChannel(requested)) ?? [])
    .filter((m) => (oldest === undefined || compareTs(m.ts, oldest) > 0) && (latest === undefined || compareTs(m.ts, latest) < 0))
    .sort((a, b) => compareTs(b.ts, a.ts));
  return ok({ messages: matching.slice(0, limit), has_more: matching.length > limit });
};

export const conversationMethods: Record<string, MethodHandler> = {
  'conversations.open': open,
  'conversations.history': history,
};
