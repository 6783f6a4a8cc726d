import { describe, expect, it } from 'vitest';
import {
  type ActorRoles,
  canAccept,
  canAssign,
  canDraftForUnit,
  canManageUnits,
  canRecordForDeputy,
  canSeeSuggestion,
} from '../../../src/domain/permissions.js';
import type { UnitRole } from '../../../src/domain/vocabulary.js';

const roles = (units: Record<number, UnitRole[]> = {}, isSupervisor = false): ActorRoles => ({
  isSupervisor,
  units: new Map(Object.entries(units).map(([id, held]) => [Number(id), new Set(held)])),
  actsFor: [],
});
const supervisor = roles({}, true);
const nobody = roles();
const allowed = { allowed: true };

describe('canManageUnits and canAssign', () => {
  it('allow the supervision office only', () => {
    for (const can of [canManageUnits, canAssign]) {
      expect(can(supervisor)).toEqual(allowed);
      expect(can(nobody)).toEqual({ allowed: false, needs: ['supervisor'] });
      expect(can(roles({ 1: ['liaison', 'leader', 'head', 'division', 'handler', 'member'] }))).toEqual({
        allowed: false,
        needs: ['supervisor'],
      });
    }
  });
});

describe('canAccept', () => {
  const assignment = { unitId: 7, handlerUserId: 'U_HANDLER' };
  const refused = { allowed: false, needs: ['liaison', 'handler'] };

  it('allows the unit’s liaison', () => {
    expect(canAccept(roles({ 7: ['liaison'] }), 'U_LIAISON', assignment)).toEqual(allowed);
  });

  it('allows the assignment’s handler even without a role in the unit', () => {
    expect(canAccept(nobody, 'U_HANDLER', assignment)).toEqual(allowed);
  });

  it('allows the supervision office', () => {
    expect(canAccept(supervisor, 'U_SUP', assignment)).toEqual(allowed);
  });

  it('refuses a liaison of another unit', () => {
    expect(canAccept(roles({ 8: ['liaison'] }), 'U_OTHER', assignment)).toEqual(refused);
  });

  it('refuses a handler role in the unit when the assignment names someone else, and the unit’s other roles', () => {
    for (const role of ['handler', 'division', 'leader', 'head', 'member'] as const) {
      expect(canAccept(roles({ 7: [role] }), 'U_SOMEONE', assignment)).toEqual(refused);
    }
  });

  it('refuses everyone but the liaison when no handler is named', () => {
    expect(canAccept(roles({ 7: ['member'] }), 'U_SOMEONE', { unitId: 7, handlerUserId: null })).toEqual(refused);
    expect(canAccept(roles({ 7: ['liaison'] }), 'U_SOMEONE', { unitId: 7, handlerUserId: null })).toEqual(allowed);
  });
});

describe('canSeeSuggestion', () => {
  it('allows the supervision office and anyone with a role in one of its units', () => {
    expect(canSeeSuggestion(supervisor, [1])).toEqual(allowed);
    expect(canSeeSuggestion(supervisor, [])).toEqual(allowed);
    expect(canSeeSuggestion(roles({ 2: ['member'] }), [1, 2])).toEqual(allowed);
    expect(canSeeSuggestion(roles({ 1: ['head'] }), [1])).toEqual(allowed);
  });

  it('refuses people of other units, and an empty role set', () => {
    const refused = { allowed: false, needs: ['supervisor', 'member'] };
    expect(canSeeSuggestion(roles({ 3: ['liaison'] }), [1, 2])).toEqual(refused);
    expect(canSeeSuggestion(roles({ 1: [] }), [1])).toEqual(refused);
    expect(canSeeSuggestion(nobody, [])).toEqual(refused);
  });
});

describe('canDraftForUnit', () => {
  const assignment = { unitId: 1, handlerUserId: 'U_HAN' };
  it('allows the assignment’s handler and the unit’s handlers, liaison and division heads', () => {
    expect(canDraftForUnit(nobody, 'U_HAN', assignment)).toEqual(allowed);
    for (const role of ['handler', 'liaison', 'division'] as const)
      expect(canDraftForUnit(roles({ 1: [role] }), 'U_X', assignment)).toEqual(allowed);
  });

  it('refuses leaders, heads and members (they review or read), other units, and the supervision office', () => {
    const refused = { allowed: false, needs: ['handler', 'liaison', 'division'] };
    for (const held of [
      roles({ 1: ['leader'] }),
      roles({ 1: ['head'] }),
      roles({ 1: ['member'] }),
      roles({ 2: ['liaison'] }),
      supervisor,
    ]) {
      expect(canDraftForUnit(held, 'U_X', assignment)).toEqual(refused);
    }
  });
});

describe('canRecordForDeputy', () => {
  it('allows the supervision office and the lead unit’s liaison only', () => {
    expect(canRecordForDeputy(supervisor, 1)).toEqual(allowed);
    expect(canRecordForDeputy(roles({ 1: ['liaison'] }), 1)).toEqual(allowed);
    for (const held of [roles({ 1: ['handler', 'leader', 'head'] }), roles({ 2: ['liaison'] }), nobody]) {
      expect(canRecordForDeputy(held, 1)).toEqual({ allowed: false, needs: ['supervisor', 'liaison'] });
    }
  });
});
