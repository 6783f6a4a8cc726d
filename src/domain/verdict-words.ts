// The deputy's verdict as people write it: in the evaluate command and in a 征询意见表's cells.
import { type Verdict, verdicts } from './vocabulary.js';

const words: Record<string, Verdict> = {
  ...Object.fromEntries(verdicts.map((verdict) => [verdict, verdict])),
  'basically-satisfied': 'basically_satisfied',
  'basically satisfied': 'basically_satisfied',
  满意: 'satisfied',
  基本满意: 'basically_satisfied',
  不满意: 'dissatisfied',
};

/** The verdict a word names (满意, 基本满意, 不满意, or the code's own names), or undefined. */
export const verdictOfWord = (word: string): Verdict | undefined => {
  const key = word.trim().toLowerCase();
  return Object.hasOwn(words, key) ? words[key] : undefined;
};

/** What a deputy's reasons may hold, in the 不满意 form and in a 征询意见表's 意见. */
export const maxVerdictNoteLength = 2000;
