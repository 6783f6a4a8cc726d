// Every message the dispatcher posts carries its outbox key in Slack's message metadata, so a
// delivery can be recognised later: by the dispatcher after an attempt with no clear answer, and
// by whoever counts deliveries (tests, the demo, the benchmarks).

export const keyMetadata = (key: string) => ({ event_type: 'duban_outbox', event_payload: { key } });

/** The outbox key a posted message's metadata carries, if any. */
export const keyOfMetadata = (metadata: unknown): string | undefined =>
  (metadata as { event_payload?: { key?: unknown } } | undefined)?.event_payload?.key as string | undefined;
