// Writes many suggestions in a few statements: the same rows assignSuggestion writes one by one
// (suggestion, assignments, milestones, handler membership, audit event), minus the outbox
// notices, which only the dispatcher reads and which would sit unsent in a benchmark.

import type { Database } from '../../../src/db/client.js';
import { assignments, auditEvents, members, milestones, suggestions } from '../../../src/db/schema.js';
import type { AssignmentWrite } from './assignment-rows.js';

/** Call inside a transaction: the one-live-lead trigger checks each suggestion at commit. */
export async function writeAssignments(tx: Database, writes: readonly AssignmentWrite[], actor: string): Promise<void> {
  if (writes.length === 0) return;
  const inserted = await tx
    .insert(suggestions)
    .values(writes.map((w) => w.suggestion))
    .returning();
  const suggestionOf = new Map(inserted.map((row) => [row.code, row]));
  const idOf = (write: AssignmentWrite) => {
    const row = suggestionOf.get(write.suggestion.code);
    if (!row) throw new Error(`suggestion ${write.suggestion.code} was not inserted`);
    return row;
  };

  const created = await tx
    .insert(assignments)
    .values(
      writes.flatMap((w) =>
        w.units.map((u) => ({
          suggestionId: idOf(w).id,
          unitId: u.unitId,
          role: u.role,
          handlerUserId: u.handlerUserId,
          startedOn: idOf(w).assignedOn,
          createdAt: w.at,
        })),
      ),
    )
    .returning();
  const assignmentOf = new Map(created.map((row) => [`${row.suggestionId}:${row.unitId}`, row]));
  const assignmentsOf = (w: AssignmentWrite) =>
    w.units.map((u) => {
      const row = assignmentOf.get(`${idOf(w).id}:${u.unitId}`);
      if (!row) throw new Error(`assignment of ${w.suggestion.code} to unit ${u.unitId} was not inserted`);
      return { row, milestones: u.milestones };
    });

  await tx
    .insert(milestones)
    .values(
      writes.flatMap((w) =>
        assignmentsOf(w).flatMap(({ row, milestones: nodes }) =>
          nodes.map((node) => ({ assignmentId: row.id, kind: node.kind, plannedOn: node.plannedOn, createdAt: w.at })),
        ),
      ),
    );

  // The first assignment naming a handler makes them a handler of the lead unit; later ones find it there.
  const handlers = new Map<string, typeof members.$inferInsert>();
  for (const w of writes) {
    const lead = w.units[0];
    if (!lead?.handlerUserId) continue;
    const key = `${lead.unitId}:${lead.handlerUserId}`;
    if (!handlers.has(key)) handlers.set(key, { unitId: lead.unitId, userId: lead.handlerUserId, role: 'handler', createdAt: w.at });
  }
  if (handlers.size > 0)
    await tx
      .insert(members)
      .values([...handlers.values()])
      .onConflictDoNothing();

  await tx.insert(auditEvents).values(
    writes.map((w) => {
      const suggestion = idOf(w);
      return {
        actor,
        action: 'suggestion.assign',
        entity: 'suggestion',
        entityId: String(suggestion.id),
        before: null,
        after: {
          suggestion,
          assignments: assignmentsOf(w).map(({ row }) => ({
            id: row.id,
            unitId: row.unitId,
            role: row.role,
            handlerUserId: row.handlerUserId,
          })),
        },
        at: w.at,
      };
    }),
  );
}
