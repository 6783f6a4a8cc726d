import { describe, expect, it } from 'vitest';
import { type ExistingNode, movesToPlan } from '../../../src/domain/replan.js';

const node = (id: number, kind: ExistingNode['kind'], plannedOn: string, done = false, remindFrom: string | null = null): ExistingNode => ({
  id,
  kind,
  plannedOn,
  done,
  remindFrom,
});

describe('movesToPlan', () => {
  it('moves open nodes to their new dates, keeps done ones and those that stay, and drops a reminder pushed past its node', () => {
    // A node's reminder may have been pushed (snoozed) past the day the node moves to.
    const existing = [
      node(1, 'accept', '2026-03-05', true),
      node(2, 'draft', '2026-04-24', true),
      node(3, 'division_review', '2026-05-06'),
      node(4, 'reply', '2026-05-18', false, '2026-08-01'),
      node(5, 'pre_contact', '2026-03-16'),
    ];
    const plan = [
      { kind: 'accept' as const, plannedOn: '2026-03-05' },
      { kind: 'draft' as const, plannedOn: '2026-07-24' },
      { kind: 'division_review' as const, plannedOn: '2026-07-31' },
      { kind: 'reply' as const, plannedOn: '2026-07-30' },
      { kind: 'pre_contact' as const, plannedOn: '2026-03-16' },
    ];
    expect(movesToPlan(existing, plan)).toEqual([
      { id: 3, kind: 'division_review', from: '2026-05-06', to: '2026-07-31', remindFrom: null },
      { id: 4, kind: 'reply', from: '2026-05-18', to: '2026-07-30', remindFrom: null },
    ]);
  });

  it('never moves an open node earlier: an extension gives time and takes none', () => {
    const existing = [node(1, 'pre_contact', '2026-06-30'), node(2, 'draft', '2026-07-01', false, '2026-06-29')];
    const plan = [
      { kind: 'pre_contact' as const, plannedOn: '2026-06-25' },
      { kind: 'draft' as const, plannedOn: '2026-07-20' },
    ];
    expect(movesToPlan(existing, plan)).toEqual([{ id: 2, kind: 'draft', from: '2026-07-01', to: '2026-07-20', remindFrom: '2026-06-29' }]);
  });
});
