import { bigramDice, similarTitleThreshold, titleTopic, topicBigrams } from './title-similarity.js';

/** An indexed title like the one asked about: its place in what was indexed, and how alike (at least similarTitleThreshold). */
export interface SimilarTitle {
  index: number;
  similarity: number;
}

export interface TitleIndex {
  /** The topic of each indexed title, or −1 for one without a topic (like nothing). */
  topicOf: readonly number[];
  /** The indexed titles of each topic, in their order: a topic is numbered where its first title is. */
  holders: ReadonlyArray<readonly number[]>;
  /** The topics at least similarTitleThreshold like a title's, most alike first; those `known` says need no comparing are left out. */
  similarTopics(title: string, known?: (topic: number) => boolean): Array<{ topic: number; similarity: number }>;
  /** The indexed titles at least similarTitleThreshold like a title, most alike first. */
  similarTo(title: string): SimilarTitle[];
}

/**
 * The titles among many that are like a given one. An import checks thousands of rows against
 * tens of thousands of open suggestions: comparing every pair would be 10⁸ comparisons, so each
 * bigram names the topics that hold it, and only topics sharing a bigram with the one asked about
 * are compared. Titles of one topic (the same proposal by several deputies, or "关于…的建议"
 * written or left out) are compared once.
 *
 * Not every shared bigram need be looked at: a topic of `a` bigrams can be as alike as the
 * threshold t only with one sharing at least t·a/(2−t) of them (Dice's 2·shared/(a+b) ≥ t, and
 * shared ≤ b), so any a − that + 1 of its bigrams include one it shares. The rarest are taken,
 * leaving out the words many titles hold ("推进", "加强"), which would name thousands.
 */
export function titleIndex(titles: readonly string[]): TitleIndex {
  const bigramsOf: Array<Set<string>> = [];
  const holders: number[][] = [];
  const numbered = new Map<string, number>();
  const topicOf = titles.map((title, index) => {
    const topic = titleTopic(title);
    let number = numbered.get(topic);
    if (number === undefined) {
      const bigrams = topicBigrams(topic);
      if (bigrams.size === 0) return -1;
      number = bigramsOf.push(bigrams) - 1;
      numbered.set(topic, number);
      holders.push([]);
    }
    holders[number]!.push(index);
    return number;
  });
  const topicsWith = new Map<string, number[]>();
  bigramsOf.forEach((bigrams, topic) => {
    for (const bigram of bigrams) {
      const list = topicsWith.get(bigram);
      if (list) list.push(topic);
      else topicsWith.set(bigram, [topic]);
    }
  });
  const none: readonly number[] = [];
  // Which query last met each topic: a topic several probed bigrams name is compared once.
  const metBy = new Int32Array(bigramsOf.length);
  let query = 0;

  const similarTopics: TitleIndex['similarTopics'] = (title, known) => {
    const asked = topicBigrams(titleTopic(title));
    if (asked.size === 0) return [];
    query += 1;
    // Rounded down a hair, so that a float just above a whole number looks at one bigram more, never one fewer.
    const leastShared = Math.max(1, Math.ceil((similarTitleThreshold * asked.size) / (2 - similarTitleThreshold) - 1e-9));
    const rarest = [...asked]
      .map((bigram) => topicsWith.get(bigram) ?? none)
      .sort((a, b) => a.length - b.length)
      .slice(0, asked.size - leastShared + 1);
    const similar: Array<{ topic: number; similarity: number }> = [];
    for (const list of rarest) {
      for (const topic of list) {
        if (metBy[topic] === query) continue;
        metBy[topic] = query;
        if (known?.(topic)) continue;
        const similarity = bigramDice(asked, bigramsOf[topic]!);
        if (similarity >= similarTitleThreshold) similar.push({ topic, similarity });
      }
    }
    return similar.sort((a, b) => b.similarity - a.similarity || a.topic - b.topic);
  };

  return {
    topicOf,
    holders,
    similarTopics,
    similarTo: (title) =>
      similarTopics(title)
        .flatMap(({ topic, similarity }) => holders[topic]!.map((index) => ({ index, similarity })))
        .sort((a, b) => b.similarity - a.similarity || a.index - b.index),
  };
}
