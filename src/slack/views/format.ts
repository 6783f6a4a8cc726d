import type { Button, KnownBlock, View } from '@slack/types';
import { type CalendarDate, isoWeekday } from '../../domain/calendar-date.js';
import type { Catalog } from '../../i18n/index.js';
import { dateWordsVersion, dayNoteShown, isRestDayShown } from './date-words.js';

/** A message as Slack takes it: the text is the notification and screen-reader fallback. */
export interface SlackMessage {
  text: string;
  blocks: KnownBlock[];
}

export const mention = (userId: string) => `<@${userId}>`;

/**
 * Characters that show nothing yet change what a reader sees around them. The bidirectional
 * controls (U+061C, U+200E–U+200F, U+202A–U+202E, U+2066–U+2069) reorder what follows them: a
 * title could make a line read as another unit's, or a file name end in a harmless type it does not
 * have. The zero-width ones (U+200B–U+200D, U+2060, U+FEFF) let two different names look the same.
 * Nothing typed for this bot needs them (an emoji joined with U+200D shows as its parts), so typed
 * text loses them wherever it is shown; the database keeps what was typed.
 */
const unseenControls = /[\p{Bidi_Control}\u200B-\u200D\u2060\uFEFF]/gu;

/** Typed text where Slack shows it as it is (plain_text, a table cell, a file's name): only the unseen controls go. */
export const shownText = (text: string): string => text.replace(unseenControls, '');

/**
 * Typed text in mrkdwn (a section, a context, a message's `text` fallback, a file's comment): its
 * `&`, `<` and `>` are shown, never read as mentions, broadcasts or links, and the unseen controls go.
 * Every value a person typed passes here, or through shownText, on its way into what the bot sends.
 */
export const escapeText = (text: string): string => shownText(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const channelMention = (channelId: string) => `<#${channelId}>`;

// A screen shows the same few dates many times; each catalog remembers how it wrote them, until
// the working calendar changes.
let writtenDates = new WeakMap<Catalog, Map<CalendarDate, string>>();
let writtenFor = dateWordsVersion();

/** A date as the reader says it, with its weekday, and its word when it is a 调休 working day or a weekday off. */
export function formatDate(catalog: Catalog, date: CalendarDate): string {
  if (writtenFor !== dateWordsVersion()) {
    writtenDates = new WeakMap();
    writtenFor = dateWordsVersion();
  }
  let written = writtenDates.get(catalog);
  if (!written) writtenDates.set(catalog, (written = new Map()));
  const known = written.get(date);
  if (known !== undefined) return known;
  const [, month, day] = date.split('-').map(Number) as [number, number, number];
  const text = catalog.date(month, day, isoWeekday(date), dayNoteShown(date));
  if (written.size >= 4096) written.clear();
  written.set(date, text);
  return text;
}

/** A statutory deadline: the law's date, kept where it falls, with a note when that is a rest day. */
export function formatStatutoryDate(catalog: Catalog, date: CalendarDate): string {
  if (!isRestDayShown(date)) return formatDate(catalog, date);
  const [, month, day] = date.split('-').map(Number) as [number, number, number];
  return catalog.date(month, day, isoWeekday(date), 'statutory_rest_day');
}

/** Cuts text to Slack's limit for the field it goes in, marking the cut. Counted in UTF-16 units,
 * the strictest reading of Slack's limits, without splitting a character. */
export function fit(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = '';
  for (const char of text) {
    if (cut.length + char.length > max - 1) break;
    cut += char;
  }
  return `${cut}…`;
}

export const section = (text: string): KnownBlock => ({ type: 'section', text: { type: 'mrkdwn', text: fit(text, 3000) } });
export const context = (text: string): KnownBlock => ({ type: 'context', elements: [{ type: 'mrkdwn', text: fit(text, 3000) }] });
export const header = (text: string): KnownBlock => ({ type: 'header', text: { type: 'plain_text', text: fit(text, 150) } });

/** A plain_text object cut to the limit of the field it fills (a modal title 24, a label 2000 …). */
export const plainLabel = (text: string, max: number) => ({ type: 'plain_text' as const, text: fit(text, max) });

/** A form: its callback, what it is about (private_metadata), its title and buttons, within Slack's 24 characters. */
export function formView(
  catalog: Catalog,
  form: { callbackId: string; about?: string; title: string; submit?: string; blocks: KnownBlock[] },
): View {
  return {
    type: 'modal',
    callback_id: form.callbackId,
    ...(form.about !== undefined ? { private_metadata: form.about } : {}),
    title: plainLabel(form.title, 24),
    ...(form.submit !== undefined ? { submit: plainLabel(form.submit, 24) } : {}),
    close: plainLabel(catalog.modal.close, 24),
    blocks: form.blocks,
  };
}

/** A private answer: one section, the text repeated as the notification fallback. */
export const plainMessage = (text: string): SlackMessage => ({ text: fit(text, 3000), blocks: [section(text)] });

export const divider: KnownBlock = { type: 'divider' };

/** A button whose value names the row it acts on (an id); its label fits Slack's 75 characters. */
export const button = (text: string, actionId: string, value: number | string, style?: 'primary' | 'danger'): Button => ({
  type: 'button',
  text: { type: 'plain_text', text: fit(text, 75) },
  action_id: actionId,
  value: String(value),
  ...(style ? { style } : {}),
});

const sectionLimit = 3000;

/**
 * What the packed lines of one message may come to: Slack refuses a message whose blocks total
 * about 13,000 characters (`msg_blocks_too_long`) whatever each block holds; the rest of the
 * message (its heading, buttons, hints) keeps the difference.
 */
export const messageLinesChars = 11_000;

/**
 * Lines packed into as few sections as fit Slack's 3,000 characters each, at most maxBlocks of
 * them and maxChars in all; what does not fit is counted in a last line rather than rejected by
 * Slack. `total` counts lines the message never carried as well (a stored notice keeps only the
 * first ones). A form or a Home tab, which Slack does not count so, may pass Infinity.
 */
export function packedSections(
  catalog: Catalog,
  lines: readonly string[],
  maxBlocks: number,
  total = lines.length,
  maxChars = messageLinesChars,
): KnownBlock[] {
  const texts: string[] = [];
  let current = '';
  let placed = 0;
  let packed = 0;
  // Room kept in the last section for the line that counts what was cut.
  const reserve = 80;
  for (const line of lines) {
    const piece = fit(line, sectionLimit - reserve);
    if (packed + current.length + 1 + piece.length > maxChars - reserve) break;
    const joined = current ? `${current}\n${piece}` : piece;
    if (joined.length <= sectionLimit - reserve) {
      current = joined;
      placed += 1;
      continue;
    }
    if (texts.length + 1 >= maxBlocks) break;
    texts.push(current);
    packed += current.length;
    current = piece;
    placed += 1;
  }
  if (placed < total) current = `${current}\n${catalog.cut(total - placed)}`;
  if (current) texts.push(current);
  return texts.map((text) => section(text));
}

/** A titled part of a report: its title, then its lines packed into sections (counting those cut); `none` stands in for no lines. */
export function titledPart(
  catalog: Catalog,
  title: string,
  lines: readonly string[],
  maxBlocks: number,
  total: number,
  none?: string,
  maxChars = messageLinesChars,
): KnownBlock[] {
  if (total === 0) return none === undefined ? [] : [section(`${title}\n${none}`)];
  return [section(title), ...packedSections(catalog, lines, maxBlocks, total, maxChars)];
}
