import { describe, expect, it } from 'vitest';
import { defaultSessionSettings, readSessionSettings, sessionSettingsSchema } from '../../../src/domain/settings.js';

describe('defaultSessionSettings', () => {
  it('carries the numbers of DESIGN §2', () => {
    expect(defaultSessionSettings()).toEqual({
      statutoryMonths: 3,
      maxExtensionMonths: 6,
      internalLeadDays: 15,
      acceptWorkingDays: 3,
      transferWindowWorkingDays: 5,
      preContactWorkingDays: 10,
      coOpinionMonths: 1,
      draftWorkingDaysBefore: 15,
      divisionReviewWorkingDaysBefore: 10,
      leaderReviewWorkingDaysBefore: 6,
      headSignoffWorkingDaysBefore: 3,
      feedbackWorkingDaysAfter: 10,
      secondRoundMonths: 1,
      publishWithinWorkingDays: 20,
      replyClasses: ['A', 'B', 'C'],
      reminderWindowWorkingDays: 3,
      escalateToLeaderAfterWorkingDays: 3,
      escalateKeyToLeaderAfterWorkingDays: 1,
      escalateToChannelAfterWorkingDays: 5,
      statutoryAlertDays: 10,
      supervisionChannel: null,
      // DESIGN §5 leaves the weights to the office: replies on time weigh most, then satisfaction.
      rankWeightAccepted: 10,
      rankWeightPreContact: 15,
      rankWeightCoOpinion: 10,
      rankWeightDraft: 5,
      rankWeightDivisionReview: 5,
      rankWeightLeaderReview: 5,
      rankWeightHeadSignoff: 5,
      rankWeightReply: 35,
      rankWeightFeedback: 5,
      rankWeightSatisfaction: 20,
      rankWeightCommitment: 10,
      rankOverduePenalty: 2,
    });
  });

  it('gives a fresh object each time, so one session cannot change another’s', () => {
    const first = defaultSessionSettings();
    first.replyClasses.push('D');
    expect(defaultSessionSettings().replyClasses).toEqual(['A', 'B', 'C']);
  });
});

describe('readSessionSettings', () => {
  it('reads nothing stored as the defaults', () => {
    expect(readSessionSettings(undefined)).toEqual(defaultSessionSettings());
    expect(readSessionSettings(null)).toEqual(defaultSessionSettings());
    expect(readSessionSettings({})).toEqual(defaultSessionSettings());
  });

  it('keeps stored values and fills the missing ones', () => {
    expect(readSessionSettings({ acceptWorkingDays: 7, replyClasses: ['A', 'B', 'C', 'D'], supervisionChannel: 'C0SUP' })).toEqual({
      ...defaultSessionSettings(),
      acceptWorkingDays: 7,
      replyClasses: ['A', 'B', 'C', 'D'],
      supervisionChannel: 'C0SUP',
    });
  });

  it('ignores keys it does not know, such as those of a later version', () => {
    expect(readSessionSettings({ statutoryMonths: 2, rankingWeights: { replied: 0.4 } })).toEqual({
      ...defaultSessionSettings(),
      statutoryMonths: 2,
    });
  });

  it('replaces an invalid stored value by its default and keeps the valid ones', () => {
    const read = readSessionSettings({
      statutoryMonths: 4,
      acceptWorkingDays: -1,
      transferWindowWorkingDays: 2.5,
      replyClasses: [],
      internalLeadDays: '15',
      preContactWorkingDays: 12,
    });
    expect(read).toEqual({ ...defaultSessionSettings(), statutoryMonths: 4, preContactWorkingDays: 12 });
  });

  it('reads something that is not an object as the defaults', () => {
    expect(readSessionSettings('garbage')).toEqual(defaultSessionSettings());
    expect(readSessionSettings(42)).toEqual(defaultSessionSettings());
    expect(readSessionSettings([1, 2])).toEqual(defaultSessionSettings());
  });

  it('always returns settings the schema accepts', () => {
    for (const stored of [undefined, {}, { statutoryMonths: 99 }, { replyClasses: ['E'] }, 'x']) {
      expect(sessionSettingsSchema.safeParse(readSessionSettings(stored)).success).toBe(true);
    }
  });
});

describe('sessionSettingsSchema', () => {
  it('bounds the numbers', () => {
    expect(sessionSettingsSchema.safeParse({ statutoryMonths: 0 }).success).toBe(false);
    expect(sessionSettingsSchema.safeParse({ statutoryMonths: 13 }).success).toBe(false);
    expect(sessionSettingsSchema.safeParse({ internalLeadDays: 61 }).success).toBe(false);
    expect(sessionSettingsSchema.safeParse({ acceptWorkingDays: 251 }).success).toBe(false);
    expect(
      sessionSettingsSchema.safeParse({ acceptWorkingDays: 0, internalLeadDays: 60, statutoryMonths: 12, maxExtensionMonths: 12 }).success,
    ).toBe(true);
  });

  it('refuses a longest extension shorter than the statutory deadline, which would refuse every assignment', () => {
    expect(sessionSettingsSchema.safeParse({ statutoryMonths: 3, maxExtensionMonths: 2 }).success).toBe(false);
    expect(sessionSettingsSchema.safeParse({ statutoryMonths: 3, maxExtensionMonths: 3 }).success).toBe(true);
  });
});
