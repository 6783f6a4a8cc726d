// A new embedded database folder is made by a process of its own (initdb's memory stays there),
// and the bot opens it with the page cache the operator chose.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client.js';
import { holdsEmbeddedDatabase } from '../../src/db/create-embedded-folder.js';
import { readRows } from '../../src/db/read-rows.js';

const folder = mkdtempSync(join(tmpdir(), 'duban-embedded-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('the embedded database in a folder', () => {
  it('is made on first start, opened with its page cache, and opened again as it was left', async () => {
    const dataDir = join(folder, 'data');
    expect(holdsEmbeddedDatabase(dataDir)).toBe(false);
    const first = await openDatabase({ dataDir, sharedBuffers: '16MB' });
    try {
      expect(holdsEmbeddedDatabase(dataDir)).toBe(true);
      const [setting] = await readRows<{ value: string }>(first.db, sql`select current_setting('shared_buffers') as value`);
      expect(setting?.value).toBe('16MB');
      await first.db.execute(sql`create table kept (id int)`);
      await first.db.execute(sql`insert into kept values (7)`);
    } finally {
      await first.close();
    }
    const again = await openDatabase({ dataDir, sharedBuffers: '32MB' });
    try {
      const rows = await readRows(again.db, sql`select id, current_setting('shared_buffers') as value from kept`);
      expect(rows).toEqual([{ id: 7, value: '32MB' }]);
    } finally {
      await again.close();
    }
  });
});
