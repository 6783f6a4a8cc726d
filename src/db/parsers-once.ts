// drizzle hands PGlite the same few parsers with every query (dates and timestamps kept as text),
// and PGlite merges them into a copy of its whole table of parsers (over 300, one per type and
// array type) each time: about 0.1 ms a query, a third of a short one's cost (measured in
// docs/PERFORMANCE.md). The parsers are set on the client once instead, and dropped from each call.
import type { PGlite, Transaction } from '@electric-sql/pglite';

type QueryOptions = Parameters<PGlite['query']>[2];
type Parsers = NonNullable<NonNullable<QueryOptions>['parsers']>;

/** The client, its transactions' queries included, with the parsers drizzle asks for set once. */
export function parsersOnce(client: PGlite, parsers: Parsers): PGlite {
  Object.assign(client.parsers, parsers);
  const known = new Set(Object.keys(parsers));
  const withoutKnown = (options: QueryOptions): QueryOptions => {
    if (!options?.parsers || !Object.keys(options.parsers).every((oid) => known.has(oid))) return options;
    const { parsers: _set, ...rest } = options;
    return rest;
  };
  const lighten = <T extends Pick<Transaction, 'query'>>(target: T): T => {
    const query = target.query.bind(target);
    target.query = ((text: string, params?: unknown[], options?: QueryOptions) => query(text, params, withoutKnown(options))) as T['query'];
    return target;
  };
  const transaction = client.transaction.bind(client);
  client.transaction = ((work: (tx: Transaction) => Promise<unknown>) => transaction((tx) => work(lighten(tx)))) as PGlite['transaction'];
  return lighten(client);
}
