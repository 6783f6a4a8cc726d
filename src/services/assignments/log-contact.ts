import { and, eq, lte } from 'drizzle-orm';
import { contacts, replies } from '../../db/schema.js';
import { type CalendarDate, dateInZone } from '../../domain/calendar-date.js';
import type { contactModes, contactStages } from '../../domain/vocabulary.js';
import { loadActorRoles } from '../shared/load-actor-roles.js';
import { type AuditEntry, recordAudit } from '../shared/record-audit.js';
import type { ServiceContext } from '../shared/service-context.js';
import { refuse } from '../shared/service-error.js';
import { findSuggestionByRef } from '../suggestions/find-suggestion.js';
import { completeOpenStep } from './complete-open-step.js';
import { findOwnAssignment } from './find-own-assignment.js';

export interface ContactInput {
  suggestionId: number;
  stage: (typeof contactStages)[number];
  mode: (typeof contactModes)[number];
  contactedOn: CalendarDate;
  note: string;
  /** What tells this submission from another (the form's view id): the same key again logs nothing more. */
  submissionKey?: string;
}

export interface LoggedContact {
  code: string;
  unitName: string;
  /**
   * The node the contact completed: one before handling completes 办前沟通; one after the round's
   * reply was sent, by the lead unit, completes 办后反馈 (DESIGN §2: asking the deputy is the
   * unit's part, the verdict is the deputy's).
   */
  completedNode: 'pre_contact' | 'feedback' | null;
  /** The same form was submitted before: nothing more was logged. */
  repeated?: true;
}

/** Whether the round's reply had gone to the deputy by the day of the contact: asking for a verdict comes after the answer. */
async function replySentBy(tx: ServiceContext['db'], suggestionId: number, round: number, day: CalendarDate): Promise<boolean> {
  const [sent] = await tx
    .select({ id: replies.id })
    .from(replies)
    .where(and(eq(replies.suggestionId, suggestionId), eq(replies.round, round), eq(replies.status, 'sent'), lte(replies.sentOn, day)));
  return sent !== undefined;
}

/** 记录沟通: a contact with the deputy, logged by the unit that made it. */
export async function logContact(ctx: ServiceContext, input: ContactInput): Promise<LoggedContact> {
  return ctx.db.transaction(async (tx) => {
    const suggestion = await findSuggestionByRef(tx, ctx, { suggestionId: input.suggestionId });
    const own = await findOwnAssignment(tx, suggestion.id, ctx.actor, await loadActorRoles(tx, ctx));
    if (!own) refuse({ code: 'forbidden', needs: ['handler', 'liaison'] });
    if (input.contactedOn > dateInZone(ctx.now, ctx.timezone)) refuse({ code: 'contact_in_future', given: input.contactedOn });

    const [contact] = await tx
      .insert(contacts)
      .values({
        assignmentId: own.assignment.id,
        stage: input.stage,
        mode: input.mode,
        contactedOn: input.contactedOn,
        note: input.note,
        loggedBy: ctx.actor,
        submissionKey: input.submissionKey ?? null,
        createdAt: ctx.now,
      })
      // A form submitted again (its first answer came too late for Slack) was logged the first time.
      .onConflictDoNothing({ target: contacts.submissionKey })
      .returning();
    if (!contact) return { code: suggestion.code, unitName: own.unitName, completedNode: null, repeated: true };
    const audit: AuditEntry[] = [{ action: 'contact.log', entity: 'contact', entityId: contact.id, after: contact }];
    const completes = async (kind: 'pre_contact' | 'feedback', round?: number) =>
      (await completeOpenStep(tx, ctx, { assignmentId: own.assignment.id, kind, ...(round === undefined ? {} : { round }) }, audit))
        ? kind
        : null;
    const completedNode =
      input.stage === 'before'
        ? await completes('pre_contact')
        : input.stage === 'after' &&
            own.assignment.role === 'lead' &&
            (await replySentBy(tx, suggestion.id, suggestion.round, input.contactedOn))
          ? await completes('feedback', suggestion.round)
          : null;
    await recordAudit(tx, ctx, audit);
    return { code: suggestion.code, unitName: own.unitName, completedNode };
  });
}
