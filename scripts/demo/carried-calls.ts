// The demo's people act on each notice a message carries: in a gathered message or a digest,
// each is one item among others (with its line, its 详情), and acting on it is acting on that
// notice. This spreads such a message back into one call a notice, as each would have been sent
// alone, for the scenes' logic to find its buttons; the transcript records the messages as sent.
import { inArray } from 'drizzle-orm';
import type { Database } from '../../src/db/client.js';
import { jsonValue } from '../../src/db/read-rows.js';
import { outbox } from '../../src/db/schema.js';
import type { CarriedNotice, PostedNotice } from '../../src/domain/notices.js';
import type { Catalog } from '../../src/i18n/index.js';
import { keyMetadata, keyOfMetadata } from '../../src/outbox/message-key.js';
import { noticeMessage } from '../../src/slack/views/notice.js';
import type { RecordedCall } from '../../tools/slack-stand-in/types.js';

export async function carriedCalls(db: Database, catalog: Catalog, calls: readonly RecordedCall[]): Promise<RecordedCall[]> {
  const keys = calls.flatMap((call) => keyOfMetadata(call.args.metadata) ?? []);
  const rows =
    keys.length === 0
      ? []
      : await db.select({ key: outbox.idempotencyKey, payload: outbox.payload }).from(outbox).where(inArray(outbox.idempotencyKey, keys));
  const payloads = new Map(rows.map((row) => [row.key, jsonValue<PostedNotice>(row.payload)]));
  return calls.flatMap((call) => {
    const notice = payloads.get(keyOfMetadata(call.args.metadata) ?? '');
    const carried: CarriedNotice[] =
      notice?.type === 'gathered' || notice?.type === 'daily_summary'
        ? notice.items
        : notice?.type === 'reminder'
          ? (notice.since ?? [])
          : [];
    const alone = carried.map((item) => {
      const message = noticeMessage(catalog, item.notice);
      return { ...call, args: { ...call.args, text: message.text, blocks: message.blocks, metadata: keyMetadata(item.key) } };
    });
    // A reminder is acted on itself too; a gathered message is only its notices.
    return notice?.type === 'gathered' || notice?.type === 'daily_summary' ? alone : [call, ...alone];
  });
}
