import { fail, type MethodHandler, ok, str } from './method-kit.js';
import { BOT } from './workspace-state.js';

const DEFAULT_TZ = 'Asia/Shanghai';

const authTest: MethodHandler = (_args, ctx) =>
  ok({
    url: `${ctx.origin}/`,
    team: BOT.team,
    user: BOT.name,
    team_id: BOT.teamId,
    user_id: BOT.userId,
    bot_id: BOT.botId,
  });

const usersInfo: MethodHandler = (args, ctx) => {
  const id = str(args.user);
  if (id === undefined) return fail('user_not_found');
  const profile = ctx.state.users.get(id) ?? {};
  if (profile.missing) return fail('user_not_found');
  const isBot = id === BOT.userId || (profile.isBot ?? false);
  const name = profile.name ?? (isBot ? BOT.name : id.toLowerCase());
  const realName = profile.realName ?? (isBot ? BOT.name : `User ${id}`);
  return ok({
    user: {
      id,
      team_id: BOT.teamId,
      name,
      real_name: realName,
      is_bot: isBot,
      deleted: profile.deleted ?? false,
      tz: profile.tz ?? DEFAULT_TZ,
      profile: { display_name: profile.displayName ?? realName, real_name: realName },
    },
  });
};

// Slack finds a member by the e-mail of their profile, whatever its case.
const usersLookupByEmail: MethodHandler = (args, ctx) => {
  const email = str(args.email)?.toLowerCase();
  if (email === undefined) return fail('invalid_arguments');
  const found = [...ctx.state.users].find(([, profile]) => profile.email?.toLowerCase() === email);
  return found ? usersInfo({ user: found[0] }, ctx) : fail('users_not_found');
};

// An app-level token opens a Socket Mode connection (socket-mode.ts serves it).
const appsConnectionsOpen: MethodHandler = (_args, ctx) => ok({ url: ctx.socketUrl });

export const identityMethods: Record<string, MethodHandler> = {
  'auth.test': authTest,
  'apps.connections.open': appsConnectionsOpen,
  'users.info': usersInfo,
  'users.lookupByEmail': usersLookupByEmail,
};
