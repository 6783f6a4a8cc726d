// The ledger of a whole province a few months into a session, shared by the benchmarks that need
// one: 50,000 suggestions with 0–2 co units each (about 100,000 assignments) over 200 units and
// 25 handlers a unit, written by the ack benchmark's bulk writer, with most past nodes done, each
// suggestion in a 领域, and what those nodes stand for: the replies sent (with B-class promises)
// and the deputies' verdicts.
import { sql } from 'drizzle-orm';
import { type Database, openDatabase } from '../../../src/db/client.js';
import { readRows } from '../../../src/db/read-rows.js';
import { seed } from '../ack/seed.js';

export const timezone = 'Asia/Shanghai';
/** A Tuesday's 09:00: the daily job as it fires. */
export const fireAt = new Date('2026-12-08T09:00:00+08:00');
export const size = { suggestions: 50_000, handlersPerUnit: 25 };
/** Of the nodes due before the last few working days, this share was never done: the laggards. */
export const neverDone = 0.05;

export async function seedProvince(databaseUrl: string): Promise<void> {
  const handle = await openDatabase({ databaseUrl });
  try {
    await seed(handle.db, { now: fireAt, timezone, size });
    await markPastNodesDone(handle.db);
    await answerPastReplies(handle.db);
  } finally {
    await handle.close();
  }
}

/** An office a few months in: most nodes due before the last days were done; a few never were. */
async function markPastNodesDone(db: Database): Promise<void> {
  await db.execute(sql`
    update milestones set done_at = (planned_on::timestamp + interval '16 hours') at time zone 'Asia/Shanghai', done_by = 'UBENCHDONE'
    where kind <> 'transfer_window' and planned_on < ${'2026-12-01'}::date and abs(hashtext(id::text)) % 1000 >= ${neverDone * 1000}`);
  await db.execute(sql`
    update assignments a set status = 'accepted', accepted_at = m.done_at, accepted_by = m.done_by
    from milestones m where m.assignment_id = a.id and m.kind = 'accept' and m.done_at is not null`);
  await db.execute(sql`vacuum analyze`);
}

/** The 领域 a province's suggestions are filed under. */
const fields = ['经济', '教育', '科技', '公共安全', '民政', '法治', '生态环境', '城乡建设', '交通', '水利', '农业农村', '卫生健康'];

/**
 * A reply sent for every suggestion whose 答复 node was done, on that day: three in four A-class,
 * one in five B-class with two promises (the first, due within two months, mostly written off),
 * the rest C-class; the deputy's verdict, 满意 or 基本满意, where 办后反馈 was done; and each
 * suggestion's status to match (replied, carried to follow-up while a promise is open, or closed).
 * A 不满意 and its second round are not seeded.
 */
async function answerPastReplies(db: Database): Promise<void> {
  await db.execute(sql`update suggestions set field = (${sql.param(fields)}::text[])[1 + abs(hashtext(code)) % ${fields.length}]`);
  await db.execute(sql`
    insert into replies (suggestion_id, round, reply_class, summary, may_publish, status, reason, sent_on, statutory_due_on, drafted_by, created_at)
    select s.id, 1, c.class, '已按代表建议办理，具体措施见答复函。', c.class <> 'C', 'sent',
      case when c.class = 'C' then '需待上位政策出台后统筹安排。' end,
      (m.done_at at time zone 'Asia/Shanghai')::date, s.statutory_due_on, 'UBENCHDONE', m.done_at
    from suggestions s
    join assignments a on a.suggestion_id = s.id and a.role = 'lead'
    join milestones m on m.assignment_id = a.id and m.kind = 'reply' and m.done_at is not null
    cross join lateral (select case when abs(hashtext(s.code || ':class')) % 100 < 75 then 'A'
      when abs(hashtext(s.code || ':class')) % 100 < 95 then 'B' else 'C' end as class) c`);
  await db.execute(sql`
    insert into commitments (reply_id, seq, description, due_on, written_off_at, written_off_by, created_at)
    select r.id, p.seq, p.description, p.due_on,
      case when p.due_on < ${'2026-12-01'}::date and abs(hashtext(r.id::text)) % 10 < 8 then (p.due_on::timestamp + interval '16 hours') at time zone 'Asia/Shanghai' end,
      case when p.due_on < ${'2026-12-01'}::date and abs(hashtext(r.id::text)) % 10 < 8 then 'UBENCHDONE' end,
      r.created_at
    from replies r
    cross join lateral (values (1, '完成相关工作方案并组织实施', r.sent_on + 60), (2, '完成年度建设任务', ${'2027-06-30'}::date)) p(seq, description, due_on)
    where r.reply_class = 'B'`);
  await db.execute(sql`
    insert into evaluations (suggestion_id, round, verdict, recorded_by, created_at)
    select r.suggestion_id, 1, case when abs(hashtext(r.id::text || ':verdict')) % 100 < 82 then 'satisfied' else 'basically_satisfied' end,
      'UBENCHOFFICE', m.done_at
    from replies r
    join assignments a on a.suggestion_id = r.suggestion_id and a.role = 'lead'
    join milestones m on m.assignment_id = a.id and m.kind = 'feedback' and m.done_at is not null`);
  await db.execute(sql`
    update suggestions s set status = case
      when not exists (select 1 from evaluations e where e.suggestion_id = s.id) then 'replied'
      when exists (select 1 from commitments k join replies r on r.id = k.reply_id where r.suggestion_id = s.id and k.written_off_at is null) then 'evaluated'
      else 'closed' end
    where exists (select 1 from replies r where r.suggestion_id = s.id)`);
  await db.execute(sql`vacuum analyze`);
}

export async function ledgerShape(db: Database) {
  const [row] = await readRows<{
    assignments: number;
    milestones: number;
    open: number;
    units: number;
    people: number;
    replies: number;
    verdicts: number;
    promises: number;
  }>(
    db,
    sql`
    select (select count(*) from assignments where status in ('pending', 'accepted'))::int as assignments,
      (select count(*) from replies where status = 'sent')::int as replies,
      (select count(*) from evaluations)::int as verdicts,
      (select count(*) from commitments)::int as promises,
      (select count(*) from milestones)::int as milestones,
      (select count(*) from milestones where done_at is null and kind <> 'transfer_window')::int as open,
      (select count(*) from units)::int as units,
      (select count(distinct user_id) from members)::int as people`,
  );
  if (!row) throw new Error('the ledger could not be measured');
  return row;
}
