// People change (DESIGN §3): rights that end with the role, handlers per assignment, 分办 inside
// a unit, and delegation while away; each verb on a real database, each test rolled back.
import { readFileSync } from 'node:fs';
import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.js';
import { readRows } from '../../src/db/read-rows.js';
import { assignments, auditEvents, delegations, members, outbox } from '../../src/db/schema.js';
import { acceptAssignment } from '../../src/services/assignments/accept-assignment.js';
import { routeAssignment } from '../../src/services/assignments/route-assignment.js';
import { endDelegation } from '../../src/services/people/end-delegation.js';
import { endLapsedDelegations } from '../../src/services/people/end-lapsed-delegations.js';
import type { LookUpPerson } from '../../src/services/people/look-up-person.js';
import { readDelegations } from '../../src/services/people/read-delegations.js';
import { startDelegation } from '../../src/services/people/start-delegation.js';
import { enqueueNotices } from '../../src/services/shared/enqueue-notices.js';
import { assignSuggestion } from '../../src/services/suggestions/assign-suggestion.js';
import { listSuggestions } from '../../src/services/suggestions/list-suggestions.js';
import { showSuggestion } from '../../src/services/suggestions/show-suggestion.js';
import { removeSupervisor } from '../../src/services/supervisors/remove-supervisor.js';
import { addUnitMember } from '../../src/services/units/add-unit-member.js';
import { removeUnitMember } from '../../src/services/units/remove-unit-member.js';
import { contextOf, joinOffice, people, rowCount, seedOffice } from '../support/fixtures.js';
import { refusalOf } from '../support/refusal.js';
import { inRolledBackTransaction } from '../support/rollback.js';
import { useTestDatabase } from '../support/test-database.js';

const database = useTestDatabase();

/** Water leads P-1 (civil co-handles it); civil leads P-2. */
async function office(db: Database) {
  const units = await seedOffice(db);
  const as = contextOf(db, people.supervisor);
  await assignSuggestion(as, { code: 'P-1', title: '河湖', lead: { text: '水利厅' }, co: [{ text: '民政厅' }], dueOn: '2026-05-29' });
  await assignSuggestion(as, { code: 'P-2', title: '养老', lead: { text: '民政厅' }, co: [], dueOn: '2026-05-29' });
  return units;
}

/** What a refused change must leave as it was. */
const footprint = async (db: Database) => ({
  members: await rowCount(db, members),
  audit: await rowCount(db, auditEvents),
  outbox: await rowCount(db, outbox),
  delegations: await rowCount(db, delegations),
  assignments: await readRows(db, sql`select id, handler_user_id, division, responsible_leader_user_id from assignments order by id`),
});

const visibleCodes = async (db: Database, actor: string) =>
  (await listSuggestions(contextOf(db, actor), { kind: 'all' })).lines.map((line) => line.code).sort();

describe('taking a role away', () => {
  it('ends a liaison’s rights at once: list, show and 签收 refused; the person and, for the last liaison, the office told', () =>
    inRolledBackTransaction(database().db, async (db) => {
      const { water } = await office(db);
      expect(await visibleCodes(db, people.waterLiaison)).toEqual(['P-1']);

      const removed = await removeUnitMember(contextOf(db, people.supervisor), { unit: { text: '水利厅' }, userId: people.waterLiaison });
      expect(removed).toMatchObject({ removed: ['liaison'], withoutLiaison: true });
      expect(
        await db
          .select()
          .from(members)
          .where(and(eq(members.unitId, water.id), eq(members.userId, people.waterLiaison))),
      ).toEqual([]);

      expect(await visibleCodes(db, people.waterLiaison)).toEqual([]);
      expect(await refusalOf(showSuggestion(contextOf(db, people.waterLiaison), { code: 'P-1' }))).toMatchObject({ code: 'forbidden' });
      expect(await refusalOf(acceptAssignment(contextOf(db, people.waterLiaison), { code: 'P-1' }))).toMatchObject({ code: 'forbidden' });

      const told = await db.select().from(outbox).where(sql`${outbox.payload}->>'type' = 'people_changed'`);
      expect(told.map((row) => [row.channel, (row.payload as { change: { kind: string } }).change.kind]).sort()).toEqual([
        [people.supervisor, 'unit_without_liaison'],
        [people.waterLiaison, 'roles_removed'],
      ]);
      const audit = await db.select().from(auditEvents).where(eq(auditEvents.action, 'unit.member.remove'));
      expect(audit.map((a) => [a.actor, a.before])).toEqual([[people.supervisor, { userId: people.waterLiaison, role: 'liaison' }]]);
    }));

  it('lets a liaison take their own unit’s handlers and members, one role or all, and nothing else', () =>
    inRolledBackTransaction(database().db, async (db) => {
      await office(db);
      const liaison = contextOf(db, people.waterLiaison);
      await addUnitMember(liaison, { unit: { text: '水利厅' }, userId: people.handler, role: 'handler' });
      await addUnitMember(liaison, { unit: { text: '水利厅' }, userId: people.handler, role: 'member' });
      expect(await removeUnitMember(liaison, { unit: { text: '水利厅' }, userId: people.handler, role: 'member' })).toMatchObject({
        removed: ['member'],
        withoutLiaison: false,
      });
      expect(await visibleCodes(db, people.handler)).toEqual(['P-1']);
      expect(await removeUnitMember(liaison, { unit: { text: '水利厅' }, userId: people.handler })).toMatchObject({ removed: ['handler'] });
      expect(await visibleCodes(db, people.handler)).toEqual([]);

      const before = await footprint(db);
      // Not a leader, nor another unit's people; not a role the person does not hold.
      expect(await refusalOf(removeUnitMember(liaison, { unit: { text: '水利厅' }, userId: people.waterLeader }))).toEqual({
        code: 'forbidden',
        needs: ['supervisor'],
      });
      expect(await refusalOf(removeUnitMember(liaison, { unit: { text: '民政厅' }, userId: people.civilLiaison }))).toEqual({
        code: 'forbidden',
        needs: ['supervisor'],
      });
      expect(
        await refusalOf(
          removeUnitMember(contextOf(db, people.supervisor), { unit: { text: '水利厅' }, userId: people.waterLeader, role: 'head' }),
        ),
      ).toEqual({
        code: 'not_member',
        unitName: '省水利厅',
        userId: people.waterLeader,
        role: 'head',
        held: ['leader'],
      });
      expect(
        await refusalOf(removeUnitMember(contextOf(db, people.stranger), { unit: { text: '水利厅' }, userId: people.handler })),
      ).toMatchObject({
        code: 'forbidden',
      });
      expect(await footprint(db)).toEqual(before);
    }));

  it('takes a removed supervisor’s sight of what they assigned, and the receipts of it: creating a suggestion gives no lasting right', () =>
    inRolledBackTransaction(database().db, async (db) => {
      await joinOffice(db, ['UOTHERSUP']);
      await office(db);
      expect((await showSuggestion(contextOf(db, people.supervisor), { code: 'P-1' })).suggestion.code).toBe('P-1');
      await removeSupervisor(contextOf(db, 'UOTHERSUP'), { userId: people.supervisor });
      expect(await refusalOf(showSuggestion(contextOf(db, people.supervisor), { code: 'P-1' }))).toMatchObject({ code: 'forbidden' });
      expect(await visibleCodes(db, people.supervisor)).toEqual([]);
      await acceptAssignment(contextOf(db, people.waterLiaison), { code: 'P-1' });
      expect(await db.$count(outbox, sql`${outbox.payload}->>'type' = 'accepted'`)).toBe(0);
    }));

  it('takes someone out of a unit altogether: their roles, and their names on its assignments, which wait to be routed again', () =>
    inRolledBackTransaction(database().db, async (db) => {
      await office(db);
      await routeAssignment(contextOf(db, people.waterLiaison), { code: 'P-1', handlerUserId: 'ULEAVER', leaderUserId: 'ULEAVER' });
      await addUnitMember(contextOf(db, people.waterLiaison), { unit: { text: '水利厅' }, userId: 'ULEAVER', role: 'member' });
      const left = await removeUnitMember(contextOf(db, people.waterLiaison), { unit: { text: '水利厅' }, userId: 'ULEAVER' });
      expect(left).toMatchObject({ removed: ['member'], unnamed: 1 });
      const [lead] = await db
        .select()
        .from(assignments)
        .where(and(eq(assignments.role, 'lead'), eq(assignments.unitId, left.unit.id)));
      expect(lead).toMatchObject({ handlerUserId: null, responsibleLeaderUserId: null });
      expect(await visibleCodes(db, 'ULEAVER')).toEqual([]);
      // Removing one role keeps the names on assignments; removing nothing at all is said.
      await routeAssignment(contextOf(db, people.waterLiaison), { code: 'P-1', handlerUserId: 'ULEAVER' });
      expect(
        await refusalOf(
          removeUnitMember(contextOf(db, people.waterLiaison), { unit: { text: '水利厅' }, userId: 'ULEAVER', role: 'member' }),
        ),
      ).toMatchObject({
        code: 'not_member',
      });
      expect(await removeUnitMember(contextOf(db, people.waterLiaison), { unit: { text: '水利厅' }, userId: 'ULEAVER' })).toMatchObject({
        removed: [],
        unnamed: 1,
      });
    }));
});

describe('the handler of one assignment', () => {
  it('gives a handler named on an assignment that assignment alone, not the unit’s others', () =>
    inRolledBackTransaction(database().db, async (db) => {
      await office(db);
      await assignSuggestion(contextOf(db, people.supervisor), {
        code: 'P-3',
        lead: { text: '水利厅' },
        co: [],
        handlerUserId: people.handler,
        dueOn: '2026-05-29',
      });
      expect(await visibleCodes(db, people.handler)).toEqual(['P-3']);
      expect(await refusalOf(acceptAssignment(contextOf(db, people.handler), { code: 'P-1' }))).toMatchObject({ code: 'forbidden' });
      expect((await acceptAssignment(contextOf(db, people.handler), { code: 'P-3' })).accepted.map((a) => a.unitName)).toEqual([
        '省水利厅',
      ]);
    }));

  it('migrates a unit handler made only by naming back to their assignments, keeping one given by `unit member`', () =>
    inRolledBackTransaction(database().db, async (db) => {
      const { water, civil } = await office(db);
      const at = new Date('2026-03-02T02:00:00Z');
      // As the earlier version wrote it: the grant in the assignment's own audit instant.
      await db.insert(members).values([
        { unitId: water.id, userId: 'UNAMED', role: 'handler', createdAt: at },
        { unitId: civil.id, userId: 'UGIVEN', role: 'handler', createdAt: at },
      ]);
      await db.insert(auditEvents).values([
        { actor: people.supervisor, action: 'suggestion.assign', entity: 'suggestion', entityId: '1', at },
        {
          actor: people.supervisor,
          action: 'unit.member.add',
          entity: 'unit',
          entityId: String(water.id),
          after: { userId: 'UNAMED', role: 'handler' },
          at,
        },
        {
          actor: people.supervisor,
          action: 'unit.member.add',
          entity: 'unit',
          entityId: String(civil.id),
          after: { userId: 'UGIVEN', role: 'handler' },
          at: new Date('2026-03-02T03:00:00Z'),
        },
      ]);
      const migration = readFileSync(new URL('../../drizzle/0011_handlers_per_assignment.sql', import.meta.url), 'utf8');
      await db.execute(sql.raw(migration));
      expect((await db.select().from(members).where(eq(members.role, 'handler'))).map((m) => m.userId)).toEqual(['UGIVEN']);
      const removal = await db.select().from(auditEvents).where(eq(auditEvents.action, 'unit.member.remove'));
      expect(removal.map((a) => [a.actor, a.entityId, a.before])).toEqual([
        ['system', String(water.id), { userId: 'UNAMED', role: 'handler' }],
      ]);
    }));
});

describe('分办', () => {
  const known: LookUpPerson = async (userId) =>
    userId === 'UGONE' ? { name: '离职', active: false } : userId === 'UNOWHERE' ? null : { name: userId, active: true };

  it('lets a co-handling unit’s liaison name its handler, division and leader; the named are told; the old handler loses it', () =>
    inRolledBackTransaction(database().db, async (db) => {
      await office(db);
      const civil = contextOf(db, people.civilLiaison);
      // The civil liaison's one assignment on P-1 is its co assignment: routed without naming the unit.
      const routed = await routeAssignment(
        civil,
        { code: 'P-1', handlerUserId: 'UCIVILH', division: '养老服务处', leaderUserId: 'UCIVILL' },
        known,
      );
      expect(routed).toMatchObject({
        changed: true,
        unitName: '省民政厅',
        handlerUserId: 'UCIVILH',
        division: '养老服务处',
        leaderUserId: 'UCIVILL',
        told: 2,
      });
      const [co] = await db
        .select()
        .from(assignments)
        .where(and(eq(assignments.role, 'co'), eq(assignments.handlerUserId, 'UCIVILH')));
      expect(co).toMatchObject({ division: '养老服务处', responsibleLeaderUserId: 'UCIVILL' });
      expect(await visibleCodes(db, 'UCIVILH')).toEqual(['P-1']);
      const notices = await db.select().from(outbox).where(sql`${outbox.payload}->>'type' = 'routed'`);
      expect(notices.map((row) => [row.channel, (row.payload as { as: string }).as]).sort()).toEqual([
        ['UCIVILH', 'handler'],
        ['UCIVILL', 'leader'],
      ]);

      // The responsible leader named reads what they review, though they hold no role in the unit.
      expect((await showSuggestion(contextOf(db, 'UCIVILL'), { code: 'P-1' })).suggestion.code).toBe('P-1');
      expect(await visibleCodes(db, 'UCIVILL')).toEqual(['P-1']);

      await routeAssignment(civil, { code: 'P-1', handlerUserId: 'UCIVILH2' }, known);
      expect(await visibleCodes(db, 'UCIVILH')).toEqual([]);
      expect(await routeAssignment(civil, { code: 'P-1', handlerUserId: 'UCIVILH2' }, known)).toMatchObject({ changed: false, told: 0 });
      const audit = await db.select().from(auditEvents).where(eq(auditEvents.action, 'assignment.route'));
      expect(audit).toHaveLength(2);
    }));

  it('refuses the wrong person, nobody named, someone outside the workspace, and an ambiguous unit; nothing changes', () =>
    inRolledBackTransaction(database().db, async (db) => {
      await office(db);
      await addUnitMember(contextOf(db, people.supervisor), { unit: { text: '水利厅' }, userId: people.civilLiaison, role: 'liaison' });
      const before = await footprint(db);
      expect(await refusalOf(routeAssignment(contextOf(db, people.civilLiaison), { code: 'P-1', handlerUserId: 'UX' }, known))).toEqual({
        code: 'route_unit_needed',
        suggestionCode: 'P-1',
        unitNames: ['省水利厅', '省民政厅'],
      });
      expect(await refusalOf(routeAssignment(contextOf(db, people.waterLeader), { code: 'P-1', handlerUserId: 'UX' }, known))).toEqual({
        code: 'forbidden',
        needs: ['supervisor', 'liaison'],
      });
      expect(await refusalOf(routeAssignment(contextOf(db, people.waterLiaison), { code: 'P-1' }, known))).toEqual({
        code: 'route_nothing',
      });
      expect(await refusalOf(routeAssignment(contextOf(db, people.waterLiaison), { code: 'P-1', handlerUserId: 'UGONE' }, known))).toEqual({
        code: 'not_in_workspace',
        userId: 'UGONE',
      });
      expect(
        await refusalOf(routeAssignment(contextOf(db, people.waterLiaison), { code: 'P-1', leaderUserId: 'UNOWHERE' }, known)),
      ).toEqual({
        code: 'not_in_workspace',
        userId: 'UNOWHERE',
      });
      expect(
        await refusalOf(routeAssignment(contextOf(db, people.waterLiaison), { code: 'P-2', handlerUserId: 'UX' }, known)),
      ).toMatchObject({
        code: 'forbidden',
      });
      expect(await footprint(db)).toEqual(before);
    }));
});

describe('代理', () => {
  const until = '2026-03-10';
  const at = (iso: string) => new Date(iso);

  it('lets the delegate act in the person’s roles and receive their messages until the date; acts record for whom', () =>
    inRolledBackTransaction(database().db, async (db) => {
      await office(db);
      const started = await startDelegation(contextOf(db, people.waterLiaison), { delegate: 'UDEPUTY', until });
      expect(started).toEqual({ delegate: 'UDEPUTY', until });
      const told = await db.select().from(outbox).where(sql`${outbox.payload}->>'type' = 'people_changed'`);
      expect(told.map((row) => row.channel).sort()).toEqual(['UDEPUTY', people.waterLiaison]);

      // The delegate sees and signs for the liaison's unit; the audit says for whom.
      expect(await visibleCodes(db, 'UDEPUTY')).toEqual(['P-1']);
      await acceptAssignment(contextOf(db, 'UDEPUTY'), { code: 'P-1' });
      const [accepted] = await db.select().from(auditEvents).where(eq(auditEvents.action, 'assignment.accept'));
      expect(accepted).toMatchObject({ actor: 'UDEPUTY', onBehalfOf: [people.waterLiaison] });

      // A message for the liaison goes to the delegate, marked; one telling the liaison of their own change does not.
      await enqueueNotices(db, at('2026-03-03T01:00:00Z'), [
        {
          key: 'test:nudge',
          channel: people.waterLiaison,
          notice: {
            type: 'nudge',
            suggestionId: 1,
            code: 'P-1',
            title: '',
            unitName: '省水利厅',
            dueOn: '2026-03-03',
            nudgedBy: people.civilLiaison,
          },
        },
      ]);
      const [redirected] = await db.select().from(outbox).where(eq(outbox.idempotencyKey, 'test:nudge'));
      expect(redirected).toMatchObject({ channel: 'UDEPUTY', payload: { type: 'nudge', onBehalfOf: people.waterLiaison } });

      // The day after its date the delegate sees nothing; the daily job records the end and tells both.
      expect(await visibleCodes(db, 'UDEPUTY')).toEqual(['P-1']);
      const after = contextOf(db, 'UDEPUTY', at('2026-03-11T01:00:00Z'));
      expect((await listSuggestions(after, { kind: 'all' })).lines).toEqual([]);
      expect(await endLapsedDelegations(db, at('2026-03-11T00:50:00Z'))).toBe(1);
      const ended = await db.select().from(outbox).where(sql`${outbox.idempotencyKey} like 'delegation-ended:%'`);
      expect(ended.map((row) => row.channel).sort()).toEqual(['UDEPUTY', people.waterLiaison]);
    }));

  it('refuses one to oneself, in the past, too long, a second one, or a chain; nothing changes', () =>
    inRolledBackTransaction(database().db, async (db) => {
      await office(db);
      await startDelegation(contextOf(db, people.civilLiaison), { delegate: 'UAWAYDEPUTY', until });
      await startDelegation(contextOf(db, 'UBUSY'), { delegate: people.waterLeader, until });
      const before = await footprint(db);
      const liaison = contextOf(db, people.waterLiaison);
      expect(await refusalOf(startDelegation(liaison, { delegate: people.waterLiaison, until }))).toEqual({ code: 'delegation_to_self' });
      expect(await refusalOf(startDelegation(liaison, { delegate: 'UD', until: '2026-03-01' }))).toEqual({
        code: 'delegation_past',
        until: '2026-03-01',
      });
      expect(await refusalOf(startDelegation(liaison, { delegate: 'UD', until: '2026-07-01' }))).toEqual({
        code: 'delegation_too_long',
        until: '2026-07-01',
        latest: '2026-06-02',
      });
      // The civil liaison is away: the water liaison cannot hand on to them.
      expect(await refusalOf(startDelegation(liaison, { delegate: people.civilLiaison, until }))).toEqual({
        code: 'delegation_chained',
        userId: people.civilLiaison,
      });
      // The water leader stands in for UBUSY, so cannot name a stand-in of their own.
      expect(await refusalOf(startDelegation(contextOf(db, people.waterLeader), { delegate: 'UD', until }))).toEqual({
        code: 'delegate_cannot_delegate',
        principal: 'UBUSY',
      });
      expect(await refusalOf(startDelegation(contextOf(db, people.civilLiaison), { delegate: 'UD', until }))).toEqual({
        code: 'delegation_running',
        delegate: 'UAWAYDEPUTY',
        until,
      });
      expect(await refusalOf(startDelegation(liaison, { delegate: 'UGONE', until }, async () => ({ name: 'x', active: false })))).toEqual({
        code: 'not_in_workspace',
        userId: 'UGONE',
      });
      // Only the office ends someone else's; ending none is said.
      expect(await refusalOf(endDelegation(contextOf(db, people.waterLiaison), { principal: people.civilLiaison }))).toMatchObject({
        code: 'forbidden',
      });
      expect(await refusalOf(endDelegation(liaison, {}))).toEqual({ code: 'no_delegation' });
      expect(await footprint(db)).toEqual(before);
    }));

  it('ends early by the person or by the office, telling both; the delegate’s rights end with it', () =>
    inRolledBackTransaction(database().db, async (db) => {
      await office(db);
      await startDelegation(contextOf(db, people.waterLiaison), { delegate: 'UDEPUTY', until });
      expect(await readDelegations(contextOf(db, 'UDEPUTY'))).toEqual({ out: undefined, in: [{ principal: people.waterLiaison, until }] });
      expect(await endDelegation(contextOf(db, people.supervisor), { principal: people.waterLiaison })).toEqual({
        principal: people.waterLiaison,
        delegate: 'UDEPUTY',
      });
      expect(await refusalOf(acceptAssignment(contextOf(db, 'UDEPUTY'), { code: 'P-1' }))).toMatchObject({ code: 'forbidden' });
      const ended = await db.select().from(outbox).where(sql`${outbox.idempotencyKey} like 'delegation-ended:%'`);
      expect(ended.map((row) => (row.payload as { change: { endedBy: string } }).change.endedBy)).toEqual([
        people.supervisor,
        people.supervisor,
      ]);
    }));

  // Last in the file and on people of its own: these commit, to run as separate transactions.
  it('never makes a chain of two people delegating to each other at the same moment', async () => {
    const db = database().db;
    const pairs = Array.from({ length: 5 }, (_, i): [string, string] => [`UCHAINA${i}`, `UCHAINB${i}`]);
    await Promise.all(
      pairs.flatMap(([a, b]) => [
        startDelegation(contextOf(db, a), { delegate: b, until }).catch(() => undefined),
        startDelegation(contextOf(db, b), { delegate: a, until }).catch(() => undefined),
      ]),
    );
    const rows = await db.select().from(delegations).where(sql`${delegations.principalUserId} like 'UCHAIN%'`);
    for (const [a, b] of pairs) expect(rows.filter((row) => [a, b].includes(row.principalUserId))).toHaveLength(1);
  });
});
