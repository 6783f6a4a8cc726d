// Fills the benchmark database: people and units through the real verbs (they are few), the
// 10,000 suggestions in bulk, checked first against assignSuggestion itself.
import { and, eq, isNotNull, notExists, sql } from 'drizzle-orm';
import type { Database } from '../../../src/db/client.js';
import { assignments, members, suggestions } from '../../../src/db/schema.js';
import { currentSession } from '../../../src/services/sessions/current-session.js';
import { loadWorkingCalendar } from '../../../src/services/sessions/load-working-calendar.js';
import { grantSupervisors } from '../../../src/services/supervisors/grant-supervisors.js';
import { addUnit } from '../../../src/services/units/add-unit.js';
import { assignmentWriter } from './assignment-rows.js';
import { writeAssignments } from './bulk-write.js';
import { supervisorUserId } from './cast.js';
import { checkBulkMatchesService } from './seed-check.js';
import { planSeed, type SeedPlan, type SeedSize } from './seed-plan.js';

/** Small enough that every insert stays far below PostgreSQL's 65,535 parameters. */
const batchSize = 500;

export interface Seeded {
  plan: SeedPlan;
  probes: number;
}

export async function seed(db: Database, options: { now: Date; timezone: string; size?: SeedSize }): Promise<Seeded> {
  const { now, timezone } = options;
  const as = (actor: string) => ({ db, actor, now, timezone });
  await grantSupervisors(as('system'), [supervisorUserId]);
  const session = await currentSession(db, now, timezone);
  const plan = planSeed({ now, codePrefix: session.name, ...(options.size ? { size: options.size } : {}) });

  const unitIds: number[] = [];
  for (const unit of plan.units) unitIds.push((await addUnit(as(supervisorUserId), unit)).id);

  const write = assignmentWriter({
    sessionId: session.id,
    settings: session.settings,
    calendar: await loadWorkingCalendar(db),
    timezone,
    actor: supervisorUserId,
    unitIds,
  });
  const probes = await checkBulkMatchesService(db, session.id, plan, { actor: supervisorUserId, timezone, unitIds, write });

  for (let start = 0; start < plan.suggestions.length; start += batchSize) {
    const batch = plan.suggestions.slice(start, start + batchSize).map((s) => write(s));
    await db.transaction((tx) => writeAssignments(tx, batch, supervisorUserId));
  }
  await checkSeeded(db, plan);
  // Fresh statistics and visibility, as autovacuum would have them on a database that grew over months.
  await db.execute(sql`vacuum analyze`);
  return { plan, probes };
}

async function checkSeeded(db: Database, plan: SeedPlan): Promise<void> {
  const seeded = await db.$count(suggestions);
  if (seeded !== plan.suggestions.length) throw new Error(`seeded ${seeded} suggestions, planned ${plan.suggestions.length}`);
  const strays = await db.$count(
    assignments,
    and(
      isNotNull(assignments.handlerUserId),
      notExists(
        db
          .select({ one: sql`1` })
          .from(members)
          .where(and(eq(members.unitId, assignments.unitId), eq(members.userId, assignments.handlerUserId), eq(members.role, 'handler'))),
      ),
    ),
  );
  if (strays !== 0) throw new Error(`${strays} handlers are not handlers of their unit`);
}
