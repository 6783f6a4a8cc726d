import { type SettingKey, settingKeys, settingName } from '../../domain/setting-change.js';
import type { SessionSettings } from '../../domain/settings.js';
import type { Catalog } from '../../i18n/index.js';
import type { SettingChanged } from '../../services/sessions/change-session-setting.js';
import { channelMention, context, escapeText, packedSections, plainMessage, type SlackMessage, section } from './format.js';

/** A setting's value as a person reads it. */
function valueText(catalog: Catalog, key: SettingKey, value: SessionSettings[SettingKey]): string {
  if (key === 'supervisionChannel') return typeof value === 'string' ? channelMention(value) : catalog.config.noChannel;
  return Array.isArray(value) ? value.join(catalog.listJoin) : String(value);
}

/** `/suggest config`: every rule of the current session with the name that changes it. */
export function sessionSettingsMessage(catalog: Catalog, session: { name: string; settings: SessionSettings }): SlackMessage {
  const words = catalog.config;
  const heading = words.heading(escapeText(session.name));
  const lines = settingKeys.map((key) => words.line(settingName(key), words.labels[key], valueText(catalog, key, session.settings[key])));
  return {
    text: heading.replace(/[*`]/g, ''),
    blocks: [section(heading), ...packedSections(catalog, lines, 45), context(catalog.usage.config)],
  };
}

export function settingChangedMessage(catalog: Catalog, change: SettingChanged): SlackMessage {
  const words = catalog.config;
  const text = words.changed(
    words.labels[change.key],
    valueText(catalog, change.key, change.before),
    valueText(catalog, change.key, change.after),
  );
  return plainMessage(change.key === 'supervisionChannel' && change.after ? `${text}\n${words.channelNote}` : text);
}
