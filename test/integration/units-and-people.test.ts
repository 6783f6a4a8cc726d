import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvents, members, supervisors, units } from '../../src/db/schema.js';
import type { ServiceError } from '../../src/services/shared/service-error.js';
import { grantSupervisors } from '../../src/services/supervisors/grant-supervisors.js';
import { addUnit } from '../../src/services/units/add-unit.js';
import { addUnitMember } from '../../src/services/units/add-unit-member.js';
import { contextOf, joinOffice, people, rowCount, seedOffice } from '../support/fixtures.js';
import { refusalOf } from '../support/refusal.js';
import { inRolledBackTransaction } from '../support/rollback.js';
import { useTestDatabase } from '../support/test-database.js';

const database = useTestDatabase();

describe('units and their people', () => {
  it('registers a unit with its liaison and leader, audited', () =>
    inRolledBackTransaction(database().db, async (db) => {
      const { water } = await seedOffice(db);
      expect(water).toMatchObject({ name: '省水利厅', aliases: ['水利厅'], channelId: 'CWATER' });
      const roles = await db.select().from(members).where(eq(members.unitId, water.id));
      expect(roles.map((r) => [r.userId, r.role]).sort()).toEqual([
        [people.waterLeader, 'leader'],
        [people.waterLiaison, 'liaison'],
      ]);
      const audit = await db
        .select()
        .from(auditEvents)
        .where(eq(auditEvents.entityId, String(water.id)));
      expect(audit.map((a) => a.action).sort()).toEqual(['unit.add', 'unit.member.add', 'unit.member.add']);
    }));

  it('refuses a taken name, alias or channel, and a person outside the supervision office', () =>
    inRolledBackTransaction(database().db, async (db) => {
      await seedOffice(db);
      const as = contextOf(db, people.supervisor);
      const before = await rowCount(db, units);
      expect(await refusalOf(addUnit(as, { name: '水利厅', aliases: [] }))).toEqual({ code: 'duplicate_unit', given: '水利厅' });
      expect(await refusalOf(addUnit(as, { name: '省公安厅', aliases: ['民政厅'] }))).toEqual({
        code: 'alias_taken',
        given: '民政厅',
        unitName: '省民政厅',
      });
      expect(await refusalOf(addUnit(as, { name: '省公安厅', aliases: [], channelId: 'CWATER' }))).toEqual({
        code: 'channel_taken',
        unitName: '省水利厅',
      });
      expect(await refusalOf(addUnit(contextOf(db, people.waterLiaison), { name: '省公安厅', aliases: [] }))).toEqual({
        code: 'forbidden',
        needs: ['supervisor'],
      });
      expect(await rowCount(db, units)).toBe(before);
    }));

  it('lets a liaison name handlers of their own unit, but not leaders, nor people of another unit', () =>
    inRolledBackTransaction(database().db, async (db) => {
      await seedOffice(db);
      const liaison = contextOf(db, people.waterLiaison);
      const { unit } = await addUnitMember(liaison, { unit: { text: '水利厅' }, userId: people.handler, role: 'handler' });
      expect(unit.name).toBe('省水利厅');
      expect(await refusalOf(addUnitMember(liaison, { unit: { text: '水利厅' }, userId: people.stranger, role: 'leader' }))).toEqual({
        code: 'forbidden',
        needs: ['supervisor'],
      });
      expect(await refusalOf(addUnitMember(liaison, { unit: { text: '民政厅' }, userId: people.stranger, role: 'handler' }))).toEqual({
        code: 'forbidden',
        needs: ['supervisor', 'liaison'],
      });
      expect(await refusalOf(addUnitMember(liaison, { unit: { text: '水利厅' }, userId: people.handler, role: 'handler' }))).toEqual({
        code: 'already_member',
      });
      expect(await refusalOf(addUnitMember(liaison, { unit: { text: '水力厅' }, userId: people.handler, role: 'member' }))).toEqual({
        code: 'unknown_unit',
        given: '水力厅',
        closest: '省水利厅',
      });
    }));

  it('lets only one of two registrations racing for the same alias through', async () => {
    const db = database().db;
    await joinOffice(db, ['URACE']);
    const as = contextOf(db, 'URACE');
    const outcomes = await Promise.allSettled([
      addUnit(as, { name: '省甲厅', aliases: ['同名'] }),
      addUnit(as, { name: '省乙厅', aliases: ['同名'] }),
    ]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const [refused] = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect((refused!.reason as ServiceError).problem).toMatchObject({ code: 'alias_taken', given: '同名' });
  });

  it('seeds the supervision office from SUPERVISORS at the first start only', () =>
    inRolledBackTransaction(database().db, async (db) => {
      const ctx = contextOf(db, 'system');
      await db.delete(supervisors);
      const auditedBefore = await rowCount(db, auditEvents);
      expect(await grantSupervisors(ctx, ['U1', 'U2'])).toEqual(['U1', 'U2']);
      // Later starts: the office is kept in the bot, whatever the setting says now.
      expect(await grantSupervisors(ctx, ['U1', 'U2', 'U3'])).toEqual([]);
      expect((await db.select().from(supervisors)).map((row) => row.userId).sort()).toEqual(['U1', 'U2']);
      expect(await rowCount(db, auditEvents)).toBe(auditedBefore + 2);
    }));
});
