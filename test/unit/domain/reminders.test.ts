import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addWorkingDays, toWorkday, workingCalendar } from '../../../src/domain/calendar.js';
import { addDays, type CalendarDate } from '../../../src/domain/calendar-date.js';
import {
  byUrgency,
  type OpenNode,
  ownersOf,
  planDailyReminders,
  reminderHorizon,
  type UnitPeople,
  urgencyOf,
} from '../../../src/domain/reminders.js';
import { byPlanOrder } from '../../../src/domain/schedule.js';
import { defaultSessionSettings } from '../../../src/domain/settings.js';
import { milestoneKinds, windowKinds } from '../../../src/domain/vocabulary.js';

const settings = defaultSessionSettings();
const calendar = workingCalendar();

const node = (over: Partial<OpenNode> = {}): OpenNode => ({
  milestoneId: 1,
  kind: 'pre_contact',
  round: 1,
  plannedOn: '2026-03-16',
  remindFrom: null,
  assignmentId: 10,
  role: 'lead',
  suggestionId: 100,
  code: '2026-0101',
  title: '关于推进河湖长制的建议',
  statutoryDueOn: '2026-06-02',
  unitId: 7,
  unitName: '省水利厅',
  handlerUserId: 'UHAN',
  responsibleLeaderUserId: null,
  isKey: false,
  keyLeaderUserId: null,
  ...over,
});

const water: UnitPeople = { liaisons: ['ULIA'], divisions: ['UDIV'], leaders: ['ULEAD'], heads: ['UHEAD'] };
const people = new Map([[7, water]]);

describe('urgencyOf', () => {
  it('counts working days, across weekends and the Qingming holiday', () => {
    // Friday 2026-04-03; 4–6 April is Qingming; Tuesday 7 April is the next working day.
    expect(urgencyOf('2026-04-03', '2026-04-07', calendar)).toEqual({ overdue: 1 });
    expect(urgencyOf('2026-04-07', '2026-04-03', calendar)).toEqual({ dueIn: 1 });
    expect(urgencyOf('2026-04-03', '2026-04-03', calendar)).toEqual({ dueIn: 0 });
    expect(reminderHorizon('2026-04-02', settings, calendar)).toBe('2026-04-08'); // Fri 3, Tue 7, Wed 8
  });
});

describe('ownersOf', () => {
  it('sends 签收 to the liaison and the handler, reviews to their level, the rest to the handler', () => {
    expect(ownersOf(node({ kind: 'accept' }), water)).toEqual(['ULIA', 'UHAN']);
    expect(ownersOf(node({ kind: 'division_review' }), water)).toEqual(['UDIV']);
    expect(ownersOf(node({ kind: 'leader_review' }), water)).toEqual(['ULEAD']);
    expect(ownersOf(node({ kind: 'leader_review', responsibleLeaderUserId: 'URESP' }), water)).toEqual(['URESP']);
    expect(ownersOf(node({ kind: 'head_signoff' }), water)).toEqual(['UHEAD']);
    expect(ownersOf(node({ kind: 'draft' }), water)).toEqual(['UHAN']);
  });

  it('falls back to the liaison without a handler, and to whoever answers when a level is vacant', () => {
    const noReviewers: UnitPeople = { liaisons: ['ULIA'], divisions: [], leaders: [], heads: [] };
    expect(ownersOf(node({ handlerUserId: null }), noReviewers)).toEqual(['ULIA']);
    expect(ownersOf(node({ kind: 'division_review' }), noReviewers)).toEqual(['UHAN']);
    expect(ownersOf(node({ kind: 'head_signoff', handlerUserId: null }), noReviewers)).toEqual(['ULIA']);
    expect(ownersOf(node({ kind: 'accept', handlerUserId: 'ULIA' }), noReviewers)).toEqual(['ULIA']);
  });
});

describe('planDailyReminders', () => {
  const today: CalendarDate = '2026-03-16'; // Monday

  it('tells each owner of nodes due within the window and overdue, most urgent first, and no one else', () => {
    const nodes = [
      node({ milestoneId: 1, plannedOn: '2026-03-19' }), // due in 3
      node({ milestoneId: 2, plannedOn: '2026-03-13', code: '2026-0102' }), // 1 overdue
      node({ milestoneId: 3, plannedOn: '2026-03-20' }), // beyond the window
      node({ milestoneId: 4, plannedOn: '2026-03-16', kind: 'accept', handlerUserId: null }), // today, to the liaison
    ];
    const plan = planDailyReminders(nodes, people, today, settings, calendar);
    expect([...plan.owners.keys()].sort()).toEqual(['UHAN', 'ULIA']);
    expect(plan.owners.get('UHAN')?.map((item) => [item.milestoneId, item.urgency])).toEqual([
      [2, { overdue: 1 }],
      [1, { dueIn: 3 }],
    ]);
    expect(plan.owners.get('ULIA')?.map((item) => item.urgency)).toEqual([{ dueIn: 0 }]);
    expect(plan.leaders.size).toBe(0);
    expect(plan.supervision).toEqual({ overdue: [], nearStatutory: [], unowned: [] });
  });

  it('groups a person’s lines by suggestion, the one with the most urgent line first, each in plan order', () => {
    const nodes = [
      node({ milestoneId: 1, plannedOn: '2026-03-18', suggestionId: 100, assignmentId: 10, code: 'A' }), // due in 2
      node({ milestoneId: 2, plannedOn: '2026-03-12', suggestionId: 200, assignmentId: 20, code: 'B' }), // 2 overdue
      node({ milestoneId: 3, plannedOn: '2026-03-13', suggestionId: 100, assignmentId: 10, code: 'A', kind: 'draft' }), // 1 overdue
      node({ milestoneId: 4, plannedOn: '2026-03-17', suggestionId: 200, assignmentId: 20, code: 'B', kind: 'draft' }), // due in 1
    ];
    const plan = planDailyReminders(nodes, people, today, settings, calendar);
    expect(plan.owners.get('UHAN')?.map((item) => item.milestoneId)).toEqual([2, 4, 1, 3]);
  });

  it('keeps a node pushed to a later day quiet until that day', () => {
    const pushed = node({ plannedOn: '2026-03-19', remindFrom: '2026-03-18' });
    expect(planDailyReminders([pushed], people, today, settings, calendar).owners.size).toBe(0);
    expect(planDailyReminders([pushed], people, '2026-03-18', settings, calendar).owners.get('UHAN')).toHaveLength(1);
  });

  it('climbs the ladder: the leader from 3 working days overdue, the supervision office from 5', () => {
    const overdueBy = (days: number) =>
      planDailyReminders([node({ plannedOn: '2026-03-09' })], people, addWorkingDays(calendar, '2026-03-09', days), settings, calendar);
    expect(overdueBy(2).leaders.size).toBe(0);
    expect(overdueBy(3).leaders.get('ULEAD')?.[0]?.urgency).toEqual({ overdue: 3 });
    expect(overdueBy(4).supervision.overdue).toEqual([]);
    expect(overdueBy(5).supervision.overdue[0]?.urgency).toEqual({ overdue: 5 });
    expect(overdueBy(5).owners.get('UHAN')).toHaveLength(1); // the owner keeps hearing of it too
    // A responsible leader named on the assignment is the one told, not every leader of the unit.
    const named = planDailyReminders(
      [node({ plannedOn: '2026-03-09', responsibleLeaderUserId: 'URESP' })],
      people,
      addWorkingDays(calendar, '2026-03-09', 3),
      settings,
      calendar,
    );
    expect([...named.leaders.keys()]).toEqual(['URESP']);
  });

  it('tells a 重点 suggestion’s leader from 1 working day overdue, once even when also the unit’s leader, its lines first', () => {
    const keyNode = (over: Partial<OpenNode> = {}) =>
      node({
        milestoneId: 2,
        suggestionId: 101,
        code: '2026-0102',
        plannedOn: '2026-03-09',
        isKey: true,
        keyLeaderUserId: 'UKEY',
        ...over,
      });
    const on = (days: number, nodes: OpenNode[]) =>
      planDailyReminders(nodes, people, addWorkingDays(calendar, '2026-03-09', days), settings, calendar);
    // Due today: nobody above the owner hears of it; one day late: the key leader does, and only of the key line.
    expect(on(0, [keyNode()]).leaders.size).toBe(0);
    const oneDay = on(1, [keyNode(), node({ plannedOn: '2026-03-09' })]);
    expect([...oneDay.leaders.keys()]).toEqual(['UKEY']);
    expect(oneDay.leaders.get('UKEY')?.map((item) => [item.code, item.key])).toEqual([['2026-0102', true]]);
    // The owner's line is marked too.
    expect(oneDay.owners.get('UHAN')?.find((item) => item.code === '2026-0102')?.key).toBe(true);
    // A key suggestion without a named leader climbs the ordinary ladder only.
    expect(on(1, [keyNode({ keyLeaderUserId: null })]).leaders.size).toBe(0);
    // The unit's own leader leading it hears of each line once; their key line before their units' older lateness.
    const both = on(3, [keyNode({ keyLeaderUserId: 'ULEAD', plannedOn: '2026-03-11' }), node({ plannedOn: '2026-03-06' })]);
    expect(both.leaders.get('ULEAD')?.map((item) => item.code)).toEqual(['2026-0102', '2026-0101']);
    expect(on(3, [keyNode({ keyLeaderUserId: 'ULEAD' })]).leaders.get('ULEAD')).toHaveLength(1);
    // The office may make it later, or as soon as due (0).
    const later = { ...settings, escalateKeyToLeaderAfterWorkingDays: 2 };
    expect(planDailyReminders([keyNode()], people, addWorkingDays(calendar, '2026-03-09', 1), later, calendar).leaders.size).toBe(0);
  });

  it('alerts the supervision office when the statutory deadline is 10 days away without a sent reply', () => {
    const reply = node({ kind: 'reply', plannedOn: '2026-05-18', statutoryDueOn: '2026-06-02' });
    expect(planDailyReminders([reply], people, '2026-05-22', settings, calendar).supervision.nearStatutory).toEqual([]);
    const close = planDailyReminders([reply], people, '2026-05-25', settings, calendar).supervision.nearStatutory;
    expect(close.map((item) => item.daysLeft)).toEqual([8]);
    // A co-handling unit's nodes are the lead's to answer for, not the statutory reply.
    expect(planDailyReminders([{ ...reply, role: 'co' }], people, '2026-05-25', settings, calendar).supervision.nearStatutory).toEqual([]);
  });

  it('reports nodes nobody can be reminded of to the supervision office', () => {
    const plan = planDailyReminders([node({ handlerUserId: null, unitId: 99 })], people, today, settings, calendar);
    expect(plan.owners.size).toBe(0);
    expect(plan.supervision.unowned).toHaveLength(1);
  });

  it('never reminds of a node outside the window, and tells every owner of every node inside it', () => {
    const kinds = milestoneKinds.filter((kind) => !windowKinds.has(kind));
    fc.assert(
      fc.property(
        fc.array(fc.record({ offset: fc.integer({ min: -40, max: 40 }), kind: fc.constantFrom(...kinds), handler: fc.boolean() }), {
          maxLength: 30,
        }),
        fc.integer({ min: 0, max: 300 }),
        (specs, dayOffset) => {
          const day = toWorkday(calendar, addDays('2026-01-05', dayOffset), 1);
          const nodes = specs.map((spec, index) =>
            node({
              milestoneId: index + 1,
              kind: spec.kind,
              plannedOn: addDays(day, spec.offset),
              handlerUserId: spec.handler ? 'UHAN' : null,
            }),
          );
          const plan = planDailyReminders(nodes, people, day, settings, calendar);
          const horizon = reminderHorizon(day, settings, calendar);
          const told = new Set([...plan.owners.values()].flat().map((item) => item.milestoneId));
          for (const n of nodes) expect(told.has(n.milestoneId)).toBe(n.plannedOn <= horizon);
          for (const items of plan.owners.values()) {
            // By suggestion, the most urgent first, each suggestion's steps in plan order.
            const groups = [...new Set(items.map((item) => item.suggestionId))].map((id) =>
              items.filter((item) => item.suggestionId === id),
            );
            expect(groups.flat()).toEqual(items);
            const mostUrgent = groups.map((group) => [...group].sort(byUrgency)[0]!);
            expect([...mostUrgent].sort(byUrgency)).toEqual(mostUrgent);
            for (const group of groups) expect([...group].sort((a, b) => byPlanOrder(a, b) || byUrgency(a, b))).toEqual(group);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
