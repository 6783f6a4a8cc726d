import { bigramDice, similarTitleThreshold, titleTopic, topicBigrams } from './title-similarity.js';

/** An indexed title like the one asked about: its place in what was indexed, and how alike (at least similarTitleThreshold). */
export interface SimilarTitle {
  index: number;
  similarity: number;
}

/**
 * The titles among many that are like a given one, most alike first. An import checks thousands
 * of rows against tens of thousands of open suggestions: comparing every pair would be 10⁸
 * comparisons, so each bigram names the titles that hold it, and only titles sharing a bigram
 * with the one asked about are compared. Titles of the same topic (the same proposal by several
 * deputies, or "关于…的建议" written or left out) are compared once.
 *
 * Not every shared bigram need be looked at: a title of `a` bigrams can be as alike as the
 * threshold t only with one sharing at least t·a/(2−t) of them (Dice's 2·shared/(a+b) ≥ t, and
 * shared ≤ b), so any a − that + 1 of its bigrams include one it shares. The rarest are taken,
 * leaving out the words many titles hold ("推进", "加强"), which would name thousands.
 */
export function similarTitles(titles: readonly string[]): (title: string) => SimilarTitle[] {
  const topics: Array<{ bigrams: Set<string>; holders: number[] }> = [];
  const topicOf = new Map<string, number>();
  titles.forEach((title, index) => {
    const topic = titleTopic(title);
    const known = topicOf.get(topic);
    if (known !== undefined) topics[known]!.holders.push(index);
    else {
      const bigrams = topicBigrams(topic);
      if (bigrams.size === 0) return;
      topicOf.set(topic, topics.length);
      topics.push({ bigrams, holders: [index] });
    }
  });
  const topicsWith = new Map<string, number[]>();
  topics.forEach(({ bigrams }, topic) => {
    for (const bigram of bigrams) {
      const list = topicsWith.get(bigram);
      if (list) list.push(topic);
      else topicsWith.set(bigram, [topic]);
    }
  });
  const none: readonly number[] = [];
  return (title) => {
    const asked = topicBigrams(titleTopic(title));
    if (asked.size === 0) return [];
    // Rounded down a hair, so that a float just above a whole number looks at one bigram more, never one fewer.
    const leastShared = Math.max(1, Math.ceil((similarTitleThreshold * asked.size) / (2 - similarTitleThreshold) - 1e-9));
    const rarest = [...asked]
      .map((bigram) => topicsWith.get(bigram) ?? none)
      .sort((a, b) => a.length - b.length)
      .slice(0, asked.size - leastShared + 1);
    const candidates = new Set<number>();
    for (const list of rarest) for (const topic of list) candidates.add(topic);
    const similar: SimilarTitle[] = [];
    for (const topic of candidates) {
      const similarity = bigramDice(asked, topics[topic]!.bigrams);
      if (similarity >= similarTitleThreshold) for (const index of topics[topic]!.holders) similar.push({ index, similarity });
    }
    return similar.sort((a, b) => b.similarity - a.similarity || a.index - b.index);
  };
}
