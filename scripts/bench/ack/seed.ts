// Fills the benchmark database: people and units through the real verbs (they are few), the
// 10,000 suggestions in bulk, checked first against assignSuggestion itself.
import { sql } from 'drizzle-orm';
import type { Database } from '../../../src/db/client.js';
import { addUnit } from '../../../src/services/add-unit.js';
import { currentSession } from '../../../src/services/current-session.js';
import { grantSupervisors } from '../../../src/services/grant-supervisors.js';
import { loadWorkingCalendar } from '../../../src/services/load-working-calendar.js';
import { assignmentWriter } from './assignment-rows.js';
import { writeAssignments } from './bulk-write.js';
import { supervisorUserId } from './cast.js';
import { checkBulkMatchesService } from './seed-check.js';
import { planSeed, type SeedPlan } from './seed-plan.js';

/** Small enough that every insert stays far below PostgreSQL's 65,535 parameters. */
const batchSize = 500;

export interface Seeded {
  plan: SeedPlan;
  probes: number;
}

export async function seed(db: Database, options: { now: Date; timezone: string }): Promise<Seeded> {
  const { now, timezone } = options;
  const as = (actor: string) => ({ db, actor, now, timezone });
  await grantSupervisors(as('system'), [supervisorUserId]);
  const session = await currentSession(db, now, timezone);
  const plan = planSeed({ now, codePrefix: session.name });

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
  // Fresh statistics, as autovacuum would have them on a database that grew over months.
  await db.execute(sql`analyze`);
  return { plan, probes };
}

async function checkSeeded(db: Database, plan: SeedPlan): Promise<void> {
  const [counts] = await db.execute<{ suggestions: number; unhandled: number }>(sql`
    select (select count(*) from suggestions)::int as suggestions,
           (select count(*) from assignments a
             where a.handler_user_id is not null
               and not exists (select 1 from members m where m.unit_id = a.unit_id and m.user_id = a.handler_user_id and m.role = 'handler'))::int as unhandled`);
  if (counts?.suggestions !== plan.suggestions.length) throw new Error(`seeded ${counts?.suggestions} suggestions, planned ${plan.suggestions.length}`);
  if (counts.unhandled !== 0) throw new Error(`${counts.unhandled} handlers are not handlers of their unit`);
}
