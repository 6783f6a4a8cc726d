// Proof that bulk seeding writes what the real verb writes: a few suggestions go through
// assignSuggestion and, under other codes, through the bulk writer, in one transaction that is
// then rolled back; their rows must match in everything but ids and codes.
import { isDeepStrictEqual } from 'node:util';
import { and, asc, eq, inArray, TransactionRollbackError } from 'drizzle-orm';
import type { Database } from '../../../src/db/client.js';
import { assignments, auditEvents, milestones, suggestions } from '../../../src/db/schema.js';
import { assignSuggestion } from '../../../src/services/suggestions/assign-suggestion.js';
import type { AssignmentWrite } from './assignment-rows.js';
import { writeAssignments } from './bulk-write.js';
import type { SeedPlan, SuggestionPlan } from './seed-plan.js';

export interface CheckOptions {
  actor: string;
  timezone: string;
  unitIds: readonly number[];
  write: (plan: SuggestionPlan, code: string) => AssignmentWrite;
}

/** One suggestion of each shape: 0, 1 and 2 co units, with and without a handler. */
function probesOf(plan: SeedPlan): SuggestionPlan[] {
  const shapes = [0, 1, 2].flatMap((co) => [true, false].map((handled) => ({ co, handled })));
  return shapes.flatMap(({ co, handled }) => {
    const found = plan.suggestions.find((s) => s.co.length === co && (s.handlerUserId !== undefined) === handled);
    return found ? [found] : [];
  });
}

/** Ids and codes differ between the two copies by construction; everything else must not. */
function withoutIdentity(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutIdentity);
  if (value instanceof Date || value === null || typeof value !== 'object') return value;
  const ignored = new Set(['id', 'suggestionId', 'assignmentId', 'code', 'entityId']);
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !ignored.has(key))
      .map(([key, v]) => [key, withoutIdentity(v)]),
  );
}

async function written(tx: Database, sessionId: number, code: string): Promise<unknown> {
  const [suggestion] = await tx
    .select()
    .from(suggestions)
    .where(and(eq(suggestions.sessionId, sessionId), eq(suggestions.code, code)));
  if (!suggestion) throw new Error(`${code} was not written`);
  const units = await tx.select().from(assignments).where(eq(assignments.suggestionId, suggestion.id)).orderBy(asc(assignments.id));
  const nodes = await tx
    .select()
    .from(milestones)
    .where(
      inArray(
        milestones.assignmentId,
        units.map((u) => u.id),
      ),
    )
    .orderBy(asc(milestones.id));
  const audit = await tx
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entity, 'suggestion'), eq(auditEvents.entityId, String(suggestion.id))));
  return withoutIdentity({
    suggestion,
    assignments: units.map((unit) => ({ unit, milestones: nodes.filter((node) => node.assignmentId === unit.id) })),
    audit,
  });
}

export async function checkBulkMatchesService(db: Database, sessionId: number, plan: SeedPlan, options: CheckOptions): Promise<number> {
  const probes = probesOf(plan);
  try {
    await db.transaction(async (tx) => {
      for (const [i, probe] of probes.entries()) {
        const unit = (index: number) => ({ text: plan.units[index]!.name, unitId: options.unitIds[index]! });
        await assignSuggestion(
          { db: tx, actor: options.actor, now: probe.at, timezone: options.timezone },
          {
            code: `PROBE-S${i}`,
            title: probe.title,
            leadDeputy: probe.leadDeputy,
            lead: unit(probe.lead),
            co: probe.co.map(unit),
            handlerUserId: probe.handlerUserId,
          },
        );
      }
      await writeAssignments(
        tx,
        probes.map((probe, i) => options.write(probe, `PROBE-B${i}`)),
        options.actor,
      );
      for (const i of probes.keys()) {
        const [viaService, viaBulk] = [await written(tx, sessionId, `PROBE-S${i}`), await written(tx, sessionId, `PROBE-B${i}`)];
        if (!isDeepStrictEqual(viaService, viaBulk)) {
          throw new Error(
            `bulk seeding differs from assignSuggestion:\nservice: ${JSON.stringify(viaService)}\nbulk:    ${JSON.stringify(viaBulk)}`,
          );
        }
      }
      tx.rollback();
    });
  } catch (error) {
    if (!(error instanceof TransactionRollbackError)) throw error;
  }
  return probes.length;
}
