// `/suggest config <setting> <value>`: a session setting named as people type it (kebab-case), its
// value read from text and checked against the same schema that reads stored settings, so the
// bounds live in one place (settings.ts).
import { z } from 'zod';
import { type SessionSettings, sessionSettingsSchema } from './settings.js';
import { replyClasses } from './vocabulary.js';

export type SettingKey = keyof SessionSettings;

const kebab = (key: string) => key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/** Every setting, in the order the schema lists them, by the name a person types. */
export const settingKeys = Object.keys(sessionSettingsSchema.shape) as SettingKey[];
export const settingName = (key: SettingKey): string => kebab(key);
export const settingByName: ReadonlyMap<string, SettingKey> = new Map(settingKeys.map((key) => [settingName(key), key]));

export type SettingProblem =
  | { kind: 'not_a_whole_number'; min: number; max: number }
  | { kind: 'out_of_range'; min: number; max: number }
  | { kind: 'not_a_channel' }
  | { kind: 'not_reply_classes' }
  /** The settings would contradict each other (the longest extension shorter than the statutory term). */
  | { kind: 'inconsistent' };

const noneWords = new Set(['none', 'off', '无', '不设']);
const listSeparators = /[,，、\s]+/u;

function boundsOf(key: SettingKey): { min: number; max: number } | undefined {
  const inner = sessionSettingsSchema.shape[key].unwrap();
  return inner instanceof z.ZodNumber ? { min: inner.minValue ?? 0, max: inner.maxValue ?? Number.MAX_SAFE_INTEGER } : undefined;
}

/**
 * The settings with one changed, or why the value cannot be taken. `channelId` is the channel the
 * person named, when the value named one (the supervision channel takes nothing else).
 */
export function changeSetting(
  current: SessionSettings,
  key: SettingKey,
  text: string,
  channelId?: string,
): { settings: SessionSettings } | { problem: SettingProblem } {
  const value = readValue(key, text.trim(), channelId);
  if ('problem' in value) return value;
  const parsed = sessionSettingsSchema.safeParse({ ...current, [key]: value.value });
  return parsed.success ? { settings: parsed.data } : { problem: { kind: 'inconsistent' } };
}

function readValue(key: SettingKey, text: string, channelId: string | undefined): { value: unknown } | { problem: SettingProblem } {
  if (key === 'supervisionChannel') {
    if (noneWords.has(text.toLowerCase())) return { value: null };
    return channelId ? { value: channelId } : { problem: { kind: 'not_a_channel' } };
  }
  if (key === 'replyClasses') {
    const classes = [...new Set(text.toUpperCase().split(listSeparators).filter(Boolean))];
    const known = new Set<string>(replyClasses);
    return classes.length > 0 && classes.every((c) => known.has(c)) ? { value: classes } : { problem: { kind: 'not_reply_classes' } };
  }
  const bounds = boundsOf(key)!;
  if (!/^\d+$/.test(text)) return { problem: { kind: 'not_a_whole_number', ...bounds } };
  const number = Number(text);
  return number < bounds.min || number > bounds.max ? { problem: { kind: 'out_of_range', ...bounds } } : { value: number };
}
