import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assignmentEvents,
  commitmentEvents,
  type Lifecycle,
  lifecycles,
  replyEvents,
  suggestionEvents,
  verdictEvent,
} from '../../../src/domain/lifecycles.js';
import { finalStates, possibleEvents, step, type Transitions } from '../../../src/domain/state-machine.js';
import { en } from '../../../src/i18n/en.js';
import { zhCN } from '../../../src/i18n/zh-CN.js';
import { requireStep } from '../../../src/services/shared/require-step.js';
import { ServiceError } from '../../../src/services/shared/service-error.js';
import { describeServiceProblem } from '../../../src/slack/views/problem.js';

type AnyTable = Transitions<string, string>;
const tableOf = (lifecycle: Lifecycle) => lifecycles[lifecycle] as unknown as AnyTable;
const eventsOf: Record<Lifecycle, readonly string[]> = {
  suggestion: suggestionEvents,
  assignment: assignmentEvents,
  reply: replyEvents,
  commitment: commitmentEvents,
};
const initial: Record<Lifecycle, string> = { suggestion: 'assigned', assignment: 'pending', reply: 'draft', commitment: 'open' };

// Every legal transition, written out: a change to a lifecycle has to change this list too.
const legal: Record<Lifecycle, string[]> = {
  suggestion: [
    'assigned -accept-> in_progress',
    'in_progress -send_reply-> replied',
    'replied -close-> closed',
    'replied -follow_up-> evaluated',
    'replied -reopen-> reopened',
    'evaluated -write_off_last-> closed',
    'reopened -send_reply-> replied',
  ],
  assignment: [
    'pending -accept-> accepted',
    'pending -transfer-> transferred',
    'pending -withdraw-> withdrawn',
    'pending -merge-> merged',
    'accepted -transfer-> transferred',
    'accepted -withdraw-> withdrawn',
    'accepted -merge-> merged',
  ],
  reply: [
    'draft -submit-> division_review',
    'division_review -approve-> leader_review',
    'division_review -return-> returned',
    'leader_review -approve-> head_review',
    'leader_review -return-> returned',
    'head_review -approve-> approved',
    'head_review -return-> returned',
    'returned -submit-> division_review',
    'approved -send-> sent',
  ],
  commitment: ['open -carry-> followup', 'open -write_off-> written_off', 'followup -write_off-> written_off'],
};
const finals: Record<Lifecycle, string[]> = {
  suggestion: ['closed'],
  assignment: ['transferred', 'withdrawn', 'merged'],
  reply: ['sent'],
  commitment: ['written_off'],
};
const lifecycleNames = Object.keys(lifecycles) as Lifecycle[];

describe.each(lifecycleNames)('the %s lifecycle', (lifecycle) => {
  const table = tableOf(lifecycle);
  const states = Object.keys(table);
  const events = eventsOf[lifecycle];

  it('allows exactly the named transitions and refuses every other event, saying what may happen instead', () => {
    const allowed: string[] = [];
    for (const from of states) {
      for (const event of events) {
        const outcome = step(table, from, event);
        if (outcome.allowed) allowed.push(`${from} -${event}-> ${outcome.to}`);
        else expect(outcome).toEqual({ allowed: false, from, event, possible: possibleEvents(table, from) });
      }
    }
    expect(allowed.sort()).toEqual([...legal[lifecycle]].sort());
  });

  it('ends only in its final states, and reaches every state from the first', () => {
    expect(finalStates(table).sort()).toEqual([...finals[lifecycle]].sort());
    const reached = new Set([initial[lifecycle]]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const to of [...reached].flatMap((from) => Object.values(table[from]!) as string[])) {
        if (reached.has(to)) continue;
        reached.add(to);
        grew = true;
      }
    }
    expect([...reached].sort()).toEqual([...states].sort());
  });

  it('names every state and event in both catalogs, and a refusal says the state and what is possible', () => {
    for (const catalog of [zhCN, en]) {
      const words = catalog.lifecycle[lifecycle] as { states: Record<string, string>; events: Record<string, string> };
      expect(Object.keys(words.states).sort()).toEqual([...states].sort());
      expect(Object.keys(words.events).sort()).toEqual([...events].sort());
    }
    for (const from of states) {
      const refused = events.find((event) => !step(table, from, event).allowed);
      if (refused === undefined) continue;
      let error: unknown;
      try {
        requireStep(lifecycle, from as never, refused as never);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(ServiceError);
      const text = describeServiceProblem(zhCN, (error as ServiceError).problem);
      const words = zhCN.lifecycle[lifecycle] as { states: Record<string, string>; events: Record<string, string> };
      expect(text).toContain(`「${words.states[from]}」`);
      expect(text).toContain(words.events[refused]);
      for (const next of possibleEvents(table, from)) expect(text).toContain(words.events[next]);
    }
  });
});

describe('lifecycle paths', () => {
  const walk = (lifecycle: Lifecycle, picks: number[]) => {
    const table = tableOf(lifecycle);
    const path = [initial[lifecycle]];
    for (const pick of picks) {
      const here = path.at(-1)!;
      const next = possibleEvents(table, here);
      if (next.length === 0) break;
      const outcome = step(table, here, next[pick % next.length]!);
      if (outcome.allowed) path.push(outcome.to);
    }
    return path;
  };

  it('sends no reply that the head has not signed off, after the division and the leader', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 60 }), (picks) => {
        const path = walk('reply', picks);
        const sent = path.indexOf('sent');
        if (sent < 0) return;
        // The last review round before sending went through every level in order.
        const lastSubmit = path.lastIndexOf('division_review', sent);
        expect(path.slice(lastSubmit, sent + 1)).toEqual(['division_review', 'leader_review', 'head_review', 'approved', 'sent']);
      }),
    );
  });

  it('closes no suggestion that was never replied to', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 40 }), (picks) => {
        const path = walk('suggestion', picks);
        const closed = path.indexOf('closed');
        if (closed >= 0) expect(path.slice(0, closed)).toContain('replied');
        // A reopened suggestion is replied to again before it can close.
        const reopened = path.lastIndexOf('reopened');
        if (reopened >= 0 && closed > reopened) expect(path.slice(reopened, closed)).toContain('replied');
      }),
    );
  });

  it('turns the deputy’s verdict into what happens to the suggestion', () => {
    expect(verdictEvent('dissatisfied', 0)).toBe('reopen');
    expect(verdictEvent('dissatisfied', 2)).toBe('reopen');
    expect(verdictEvent('satisfied', 0)).toBe('close');
    expect(verdictEvent('basically_satisfied', 0)).toBe('close');
    expect(verdictEvent('satisfied', 1)).toBe('follow_up');
  });
});
