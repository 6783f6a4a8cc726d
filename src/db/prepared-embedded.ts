// PGlite answers a parameterised query in six calls into its WebAssembly (parse, describe the
// statement, bind, describe the portal, execute, sync) and parses and plans the statement anew
// every time: about 0.3 ms for a lookup by key. The ledger's statement texts are fixed by the
// code, as on the server (client.ts), so each is parsed once as a named statement, its parameter
// types and row description kept, and each later run is bind, execute and sync in one call:
// about 0.07 ms (measured in docs/PERFORMANCE.md). drizzle's parsers go on the client once too,
// rather than merged into a copy of PGlite's table of 300 parsers with every query.
import { type PGlite, parse, protocol, type Transaction } from '@electric-sql/pglite';

type QueryOptions = Parameters<PGlite['query']>[2];
type Parsers = NonNullable<NonNullable<QueryOptions>['parsers']>;
type Message = Awaited<ReturnType<PGlite['execProtocolStream']>>[number];
type Results = ReturnType<typeof parse.parseResults>[number];

interface Statement {
  name: string;
  paramTypes: number[];
  /** What the statement answers with; none for a statement that returns no rows. */
  rowDescription: Message | undefined;
}

/**
 * Statements kept per client. A list of n values (`in ($1, …, $n)`) or n rows inserted makes a
 * text of its own, so the oldest unused statement is closed once this many are kept.
 */
const keptStatements = 500;

/** Errors that say a kept statement no longer fits the schema: it is parsed anew on its next run. */
const staleStatement = new Set(['26000', '0A000']);

/** The client, its transactions' queries included, with statements prepared once and parsers set once. */
export function preparedEmbedded(client: PGlite, parsers: Parsers): PGlite {
  Object.assign(client.parsers, parsers);
  const known = new Set(Object.keys(parsers));
  const statements = new Map<string, Statement>();
  let named = 0;
  const closing: Uint8Array[] = [];

  /** PGlite's own path for what this one does not handle: files, given types, own serializers or parsers. */
  const handled = (options: QueryOptions) =>
    !options ||
    (options.blob === undefined &&
      options.paramTypes === undefined &&
      options.serializers === undefined &&
      options.onNotice === undefined &&
      Object.keys(options.parsers ?? {}).every((oid) => known.has(oid)));

  const send = (...parts: Uint8Array[]) => client.execProtocolStream(concat([...closing.splice(0), ...parts]), { syncToFs: false });

  const prepare = async (text: string): Promise<Statement> => {
    const name = `duban_${(named += 1)}`;
    const described = await send(
      protocol.serialize.parse({ name, text }),
      protocol.serialize.describe({ type: 'S', name }),
      protocol.serialize.sync(),
    );
    const statement: Statement = {
      name,
      paramTypes: parse.parseDescribeStatementResults(described),
      rowDescription: described.find((message) => message.name === 'rowDescription'),
    };
    statements.set(text, statement);
    if (statements.size > keptStatements) {
      const [oldest, kept] = statements.entries().next().value as [string, Statement];
      statements.delete(oldest);
      closing.push(protocol.serialize.close({ type: 'S', name: kept.name }));
    }
    return statement;
  };

  const run = async (text: string, params: unknown[], options: QueryOptions): Promise<Results> => {
    const kept = statements.get(text);
    if (kept) {
      // Most recently used last: the first entry is the one to close.
      statements.delete(text);
      statements.set(text, kept);
    }
    const statement = kept ?? (await prepare(text));
    const values = params.map((value, i) => {
      if (value === null || value === undefined) return null;
      const serialize = client.serializers[statement.paramTypes[i] ?? 0];
      return serialize ? serialize(value) : String(value);
    });
    try {
      const answered = await send(
        protocol.serialize.bind({ statement: statement.name, values }),
        protocol.serialize.execute({}),
        protocol.serialize.sync(),
      );
      const { parsers: _set, ...rest } = options ?? {};
      const messages = statement.rowDescription ? [statement.rowDescription, ...answered] : answered;
      return parse.parseResults(messages, client.parsers, rest)[0] as Results;
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (typeof code === 'string' && staleStatement.has(code)) {
        statements.delete(text);
        closing.push(protocol.serialize.close({ type: 'S', name: statement.name }));
      }
      throw error;
    }
  };

  /** As PGlite tells which query failed. */
  const runTold = async (text: string, params: unknown[], options: QueryOptions): Promise<Results> => {
    try {
      return await run(text, params, options);
    } catch (error) {
      if (error instanceof Error) Object.assign(error, { query: text, params, queryOptions: options });
      throw error;
    }
  };

  const inTransaction = (tx: Transaction): Transaction => {
    const query = tx.query.bind(tx);
    tx.query = (async (text: string, params: unknown[] = [], options?: QueryOptions) => {
      if (!handled(options) || tx.closed) return query(text, params, options);
      return client.runExclusive(() => runTold(text, params, options));
    }) as Transaction['query'];
    return tx;
  };

  const query = client.query.bind(client);
  // Outside a transaction a query waits for any open one, and the files are kept in step after it,
  // as PGlite does; a query on a closed client fails as PGlite's own does.
  client.query = (async (text: string, params: unknown[] = [], options?: QueryOptions) => {
    if (!handled(options)) return query(text, params, options);
    await client._checkReady();
    return client._runExclusiveTransaction(() =>
      client.runExclusive(async () => {
        const results = await runTold(text, params, options);
        await client.syncToFs();
        return results;
      }),
    );
  }) as PGlite['query'];
  const transaction = client.transaction.bind(client);
  client.transaction = ((work: (tx: Transaction) => Promise<unknown>) =>
    transaction((tx) => work(inTransaction(tx)))) as PGlite['transaction'];
  return client;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const joined = new Uint8Array(parts.reduce((length, part) => length + part.length, 0));
  let at = 0;
  for (const part of parts) {
    joined.set(part, at);
    at += part.length;
  }
  return joined;
}
