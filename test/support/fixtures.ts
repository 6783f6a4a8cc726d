// A small office to test against: a supervisor, three units with liaisons, leaders and channels.
import { count } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Database } from '../../src/db/client.js';
import { supervisors } from '../../src/db/schema.js';
import type { UnitMetrics } from '../../src/domain/scoring.js';
import type { ServiceContext } from '../../src/services/shared/service-context.js';
import { addUnit } from '../../src/services/units/add-unit.js';

export const people = {
  supervisor: 'USUP',
  waterLiaison: 'UWATERLIA',
  waterLeader: 'UWATERLEAD',
  civilLiaison: 'UCIVILLIA',
  handler: 'UHANDLER',
  stranger: 'USTRANGER',
} as const;

export const defaultNow = new Date('2026-03-02T01:00:00Z'); // Monday 09:00 in Shanghai

export const contextOf = (db: Database, actor: string, now: Date = defaultNow): ServiceContext => ({
  db,
  actor,
  now,
  timezone: 'Asia/Shanghai',
});

/** People in the supervision office, whoever is there already (SUPERVISORS seeds only an empty office). */
export async function joinOffice(db: Database, userIds: readonly string[], now: Date = defaultNow): Promise<void> {
  await db
    .insert(supervisors)
    .values(userIds.map((userId) => ({ userId, grantedBy: 'system', createdAt: now })))
    .onConflictDoNothing();
}

export async function seedOffice(db: Database, now: Date = defaultNow) {
  await joinOffice(db, [people.supervisor], now);
  const as = contextOf(db, people.supervisor, now);
  const water = await addUnit(as, {
    name: '省水利厅',
    aliases: ['水利厅'],
    channelId: 'CWATER',
    liaisonUserId: people.waterLiaison,
    leaderUserId: people.waterLeader,
  });
  const civil = await addUnit(as, { name: '省民政厅', aliases: ['民政厅'], channelId: 'CCIVIL', liaisonUserId: people.civilLiaison });
  const court = await addUnit(as, { name: '省高院', aliases: [] });
  return { water, civil, court };
}

export async function rowCount(db: Database, table: PgTable): Promise<number> {
  const [row] = await db.select({ n: count() }).from(table);
  return row?.n ?? 0;
}

/** A unit's metrics for scoring tests: nothing due anywhere unless given. */
export const unitMetrics = (over: Partial<UnitMetrics> = {}): UnitMetrics => ({
  unitId: 1,
  unitName: '省水利厅',
  leadAssignments: 4,
  coAssignments: 2,
  acceptedOnTime: { done: 0, due: 0 },
  preContact: { done: 0, due: 0 },
  coOpinionsOnTime: { done: 0, due: 0 },
  draftsOnTime: { done: 0, due: 0 },
  divisionReviewsOnTime: { done: 0, due: 0 },
  leaderReviewsOnTime: { done: 0, due: 0 },
  headSignoffsOnTime: { done: 0, due: 0 },
  repliesOnTime: { done: 0, due: 0 },
  feedbackOnTime: { done: 0, due: 0 },
  satisfaction: { done: 0, due: 0 },
  commitmentsOnTime: { done: 0, due: 0 },
  overdueNodes: 0,
  ...over,
});
