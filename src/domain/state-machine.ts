// The lifecycles of the ledger's records as tables of named transitions: from each state, the
// events that may happen and the state each leads to. Anything not in a table is refused, with
// the state the record is in and what may happen next, so a refusal can say both.

export type Transitions<State extends string, Event extends string> = Record<State, Partial<Record<Event, State>>>;

export type Step<State extends string, Event extends string> =
  | { allowed: true; from: State; to: State }
  | { allowed: false; from: State; event: Event; possible: Event[] };

/** What `event` does to a record in state `from`. */
export function step<State extends string, Event extends string>(
  table: Transitions<State, Event>,
  from: State,
  event: Event,
): Step<State, Event> {
  const to = table[from][event];
  return to === undefined ? { allowed: false, from, event, possible: possibleEvents(table, from) } : { allowed: true, from, to };
}

/** The events a record in this state may meet, in the table's order. */
export const possibleEvents = <State extends string, Event extends string>(table: Transitions<State, Event>, from: State): Event[] =>
  Object.keys(table[from]) as Event[];

/** States no event leaves. */
export const finalStates = <State extends string, Event extends string>(table: Transitions<State, Event>): State[] =>
  (Object.keys(table) as State[]).filter((state) => possibleEvents(table, state).length === 0);
