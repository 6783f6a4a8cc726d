import type { ImportRow, ReadImportTable } from './read-import-table.js';

/**
 * Who an e-mail belongs to in the workspace (users.lookupByEmail): a member's id, or null when no
 * member has it. A failure to ask (Slack down, the limit reached after retries) is thrown: an
 * import does not guess.
 */
export type LookUpEmail = (email: string) => Promise<string | null>;

/** Lookups at once: users.lookupByEmail is Tier 3 (about 50 a minute), so a few, not hundreds. */
const concurrency = 4;

/**
 * A table whose handlers are all Slack member ids: each e-mail looked up once, however many rows
 * name it; a row whose e-mail no member has moves to the problems. Without a way to look up (the
 * command line, offline), every e-mail is such a problem.
 */
export async function resolveHandlerEmails(table: ReadImportTable, lookUp: LookUpEmail | undefined): Promise<ReadImportTable> {
  const emailOf = (row: ImportRow) => (row.handler && 'email' in row.handler ? row.handler.email : undefined);
  const emails = [...new Set(table.rows.map(emailOf).filter((email) => email !== undefined))];
  if (emails.length === 0) return table;
  const found = new Map<string, string | null>();
  if (lookUp) {
    let next = 0;
    const worker = async () => {
      while (next < emails.length) {
        const email = emails[next++]!;
        found.set(email, await lookUp(email));
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, emails.length) }, worker));
  }
  const rows: ImportRow[] = [];
  const problems = [...table.problems];
  for (const row of table.rows) {
    const email = emailOf(row);
    if (email === undefined) rows.push(row);
    else if (!lookUp) problems.push({ line: row.line, code: row.code, problem: { kind: 'email_needs_slack', given: email } });
    else if (found.get(email)) rows.push({ ...row, handler: { userId: found.get(email)! } });
    else problems.push({ line: row.line, code: row.code, problem: { kind: 'unknown_email', given: email } });
  }
  return { ...table, rows, problems: problems.sort((a, b) => a.line - b.line) };
}
