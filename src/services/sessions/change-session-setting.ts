import { eq } from 'drizzle-orm';
import { sessions } from '../../db/schema.js';
import { canChangeSettings } from '../../domain/permissions.js';
import { changeSetting, type SettingKey } from '../../domain/setting-change.js';
import type { SessionSettings } from '../../domain/settings.js';
import { loadActorRoles } from '../shared/load-actor-roles.js';
import { recordAudit } from '../shared/record-audit.js';
import type { ServiceContext } from '../shared/service-context.js';
import { refuse } from '../shared/service-error.js';
import { currentSession } from './current-session.js';

export interface SettingChanged {
  sessionName: string;
  key: SettingKey;
  before: SessionSettings[SettingKey];
  after: SessionSettings[SettingKey];
}

/**
 * One rule of the current session set by the supervision office (`/suggest config`). Plans already
 * made keep their dates; what is planned from now on follows the new number.
 */
export async function changeSessionSetting(
  ctx: ServiceContext,
  input: { key: SettingKey; value: string; channelId?: string },
): Promise<SettingChanged> {
  return ctx.db.transaction(async (tx) => {
    const permission = canChangeSettings(await loadActorRoles(tx, ctx));
    if (!permission.allowed) refuse({ code: 'forbidden', needs: permission.needs });
    const session = await currentSession(tx, ctx.now, ctx.timezone);
    const changed = changeSetting(session.settings, input.key, input.value, input.channelId);
    if ('problem' in changed) refuse({ code: 'bad_setting_value', key: input.key, given: input.value, problem: changed.problem });
    await tx.update(sessions).set({ settings: changed.settings }).where(eq(sessions.id, session.id));
    const [before, after] = [session.settings[input.key], changed.settings[input.key]];
    await recordAudit(tx, ctx, [
      {
        action: 'session.setting',
        entity: 'session',
        entityId: session.id,
        before: { [input.key]: before },
        after: { [input.key]: after },
      },
    ]);
    return { sessionName: session.name, key: input.key, before, after };
  });
}
