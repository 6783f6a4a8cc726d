import type { SharedDay } from '../../domain/schedule.js';
import type { Catalog } from '../../i18n/index.js';
import { formatDate } from './format.js';

/** What the office is told when a plan's window was too short to give each step a day: '' when it was not. */
export function sharedDaysText(catalog: Catalog, sharedDays: readonly SharedDay[]): string {
  if (sharedDays.length === 0) return '';
  const words = catalog.sharedDays;
  return words.text(
    sharedDays
      .map((day) => words.day(day.kinds.map((kind) => catalog.milestoneNames[kind]).join(catalog.listJoin), formatDate(catalog, day.on)))
      .join(words.join),
  );
}
