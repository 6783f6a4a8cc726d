// How alike two suggestions' titles are, for pointing out likely duplicates (several deputies
// often propose the same thing in nearly the same words). Chinese has no spaces to split words
// at, so a title is compared by its pairs of adjacent characters (bigrams): a verb changed or a
// place named moves a few pairs, a different topic shares only a word or two.

/**
 * Titles at least this alike are pointed out. Measured on realistic titles (the unit tests): the
 * same ask in other words scores from 0.62 (a phrase reworded) to 0.86 (a place or "进一步"
 * added), different asks of one field sharing a word or two ("农村", "河湖", "农村饮水安全")
 * 0.56 at most. 0.6 sits between and errs on the side of saying, since a flag is information,
 * never a refusal: a short title sharing its verb and pattern with another ("推进城乡供水一体化",
 * "推进城乡公交一体化", 0.63) is pointed out too.
 */
export const similarTitleThreshold = 0.6;

// What every title says and no topic: "关于……的建议", punctuation, spaces.
const framing = /[\p{P}\p{S}\p{Z}\p{C}\s]/gu;
const leading = /^关于/u;
const trailing = /(的)?建议$/u;

/** A title's topic: width variants folded (NFKC), letters in one case, the framing removed. */
export const titleTopic = (title: string): string =>
  title.normalize('NFKC').toLowerCase().replace(framing, '').replace(leading, '').replace(trailing, '');

/**
 * The distinct bigrams of a topic. A topic of one character is its own unit; an empty one has
 * none, and is like nothing (a suggestion may have no title).
 */
export function topicBigrams(topic: string): Set<string> {
  const characters = [...topic];
  if (characters.length === 1) return new Set(characters);
  const bigrams = new Set<string>();
  for (let i = 1; i < characters.length; i += 1) bigrams.add(`${characters[i - 1]}${characters[i]}`);
  return bigrams;
}

/** Dice's coefficient of two sets of bigrams: twice what they share over what they hold, 0 when either is empty. */
export function bigramDice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const bigram of small) if (large.has(bigram)) shared += 1;
  return (2 * shared) / (a.size + b.size);
}

/** How alike two titles are, from 0 (nothing shared, or nothing to compare) to 1 (the same topic). */
export const titleSimilarity = (a: string, b: string): number => bigramDice(topicBigrams(titleTopic(a)), topicBigrams(titleTopic(b)));
