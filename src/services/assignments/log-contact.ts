import { contacts } from '../../db/schema.js';
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
}

export interface LoggedContact {
  code: string;
  unitName: string;
  /** A contact before handling completes the 办前沟通 node. */
  completedPreContact: boolean;
}

/** 记录沟通: a contact with the deputy, logged by the unit that made it. */
export async function logContact(ctx: ServiceContext, input: ContactInput): Promise<LoggedContact> {
  return ctx.db.transaction(async (tx) => {
    const suggestion = await findSuggestionByRef(tx, ctx, { suggestionId: input.suggestionId });
    const own = await findOwnAssignment(tx, suggestion.id, ctx.actor, await loadActorRoles(tx, ctx.actor));
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
        createdAt: ctx.now,
      })
      .returning();
    const audit: AuditEntry[] = [{ action: 'contact.log', entity: 'contact', entityId: contact!.id, after: contact }];
    const completedPreContact =
      input.stage === 'before' && (await completeOpenStep(tx, ctx, { assignmentId: own.assignment.id, kind: 'pre_contact' }, audit));
    await recordAudit(tx, ctx, audit);
    return { code: suggestion.code, unitName: own.unitName, completedPreContact };
  });
}
