// A session's rules (DESIGN §2). Provinces differ, so every number is a setting; these defaults
// are DESIGN's. Stored as JSON on the session and read through this schema, so a missing key
// takes its default and a stored value keeps working when a new setting is added.
import { z } from 'zod';
import { replyClasses } from './vocabulary.js';

const workingDays = z.number().int().min(0).max(250);
const weight = z.number().int().min(0).max(100);

export const sessionSettingsSchema = z
  .object({
    statutoryMonths: z.number().int().min(1).max(12).default(3),
    maxExtensionMonths: z.number().int().min(1).max(12).default(6),
    internalLeadDays: z.number().int().min(0).max(60).default(15),
    acceptWorkingDays: workingDays.default(3),
    transferWindowWorkingDays: workingDays.default(5),
    preContactWorkingDays: workingDays.default(10),
    coOpinionMonths: z.number().int().min(0).max(6).default(1),
    /** Working days before the internal due date D for each reply-side node. */
    draftWorkingDaysBefore: workingDays.default(15),
    divisionReviewWorkingDaysBefore: workingDays.default(10),
    leaderReviewWorkingDaysBefore: workingDays.default(6),
    headSignoffWorkingDaysBefore: workingDays.default(3),
    feedbackWorkingDaysAfter: workingDays.default(10),
    secondRoundMonths: z.number().int().min(0).max(6).default(1),
    publishWithinWorkingDays: workingDays.default(20),
    replyClasses: z.array(z.enum(replyClasses)).min(1).default(['A', 'B', 'C']),
    reminderWindowWorkingDays: workingDays.default(3),
    escalateToLeaderAfterWorkingDays: workingDays.default(3),
    /** A 重点 suggestion's leader (领导领办) hears of its lateness sooner than the unit's. */
    escalateKeyToLeaderAfterWorkingDays: workingDays.default(1),
    escalateToChannelAfterWorkingDays: workingDays.default(5),
    statutoryAlertDays: z.number().int().min(0).max(90).default(10),
    supervisionChannel: z.string().nullable().default(null),
    /** Ranking (DESIGN §5): the weight of each rate in a unit's score, and the points an open overdue node costs. */
    rankWeightAccepted: weight.default(10),
    rankWeightPreContact: weight.default(15),
    rankWeightCoOpinion: weight.default(10),
    rankWeightDraft: weight.default(5),
    rankWeightDivisionReview: weight.default(5),
    rankWeightLeaderReview: weight.default(5),
    rankWeightHeadSignoff: weight.default(5),
    rankWeightReply: weight.default(35),
    rankWeightFeedback: weight.default(5),
    rankWeightSatisfaction: weight.default(20),
    rankWeightCommitment: weight.default(10),
    rankOverduePenalty: z.number().int().min(0).max(20).default(2),
  })
  .refine((settings) => settings.maxExtensionMonths >= settings.statutoryMonths, {
    message: 'maxExtensionMonths must not be shorter than statutoryMonths',
    path: ['maxExtensionMonths'],
  });

export type SessionSettings = z.infer<typeof sessionSettingsSchema>;

export const defaultSessionSettings = (): SessionSettings => sessionSettingsSchema.parse({});

/** Reads stored settings; unknown or invalid stored values fall back to the defaults. */
export function readSessionSettings(stored: unknown): SessionSettings {
  const parsed = sessionSettingsSchema.safeParse(stored ?? {});
  if (parsed.success) return parsed.data;
  // One bad value (say, a bound tightened by a later version) must not take the session's other
  // settings with it: only that key falls back.
  const record = typeof stored === 'object' && stored !== null && !Array.isArray(stored) ? (stored as Record<string, unknown>) : {};
  const valid = Object.entries(sessionSettingsSchema.shape).flatMap(([key, schema]) => {
    const value = schema.safeParse(record[key]);
    return value.success ? [[key, value.data] as const] : [];
  });
  return sessionSettingsSchema.parse(Object.fromEntries(valid));
}
