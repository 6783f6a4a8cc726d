import type { Database } from '../../db/client.js';
import { units } from '../../db/schema.js';
import { closestName } from '../../domain/closest-name.js';
import type { UnitRef } from '../../domain/unit-ref.js';
import { refuse } from '../shared/service-error.js';

export type UnitRow = typeof units.$inferSelect;

const normalize = (text: string) => text.trim().toLowerCase();

/** Matches a typed unit (name, alias or bound channel) against the units; refuses with a hint. */
export function matchUnit(all: readonly UnitRow[], ref: UnitRef): UnitRow {
  const typed = normalize(ref.text);
  const found = all.find(
    (unit) =>
      unit.id === ref.unitId ||
      (ref.channelId !== undefined && unit.channelId === ref.channelId) ||
      normalize(unit.name) === typed ||
      unit.aliases.some((alias) => normalize(alias) === typed),
  );
  if (found) return found;
  const spellings = all.flatMap((unit) => [[unit.name, unit.name] as const, ...unit.aliases.map((a) => [a, unit.name] as const)]);
  return refuse({ code: 'unknown_unit', given: ref.text, closest: closestName(ref.text, spellings) });
}

/** Units are few (tens), so they are read whole and matched in memory. */
export async function loadUnits(db: Database): Promise<UnitRow[]> {
  return db.select().from(units);
}
