import { type EventOf, type Lifecycle, lifecycles, type StateOf } from '../../domain/lifecycles.js';
import { step, type Transitions } from '../../domain/state-machine.js';
import { refuse } from './service-error.js';

/**
 * The state `event` takes a record to, or a refusal that names the state the record is in and
 * what may happen to it next (checked before a change writes anything).
 */
export function requireStep<L extends Lifecycle>(lifecycle: L, from: StateOf<L>, event: EventOf<L>): StateOf<L> {
  const table = lifecycles[lifecycle] as unknown as Transitions<StateOf<L>, EventOf<L>>;
  const outcome = step(table, from, event);
  if (!outcome.allowed) refuse({ code: 'not_now', lifecycle, from: outcome.from, event: outcome.event, possible: outcome.possible });
  return outcome.to;
}
