import { byCodePoint } from './text-order.js';
import { titleIndex } from './title-index.js';

export interface TitledCode {
  code: string;
  title: string;
}

/** A row of a list and the codes whose titles are like it (other rows', open suggestions'), in code order. */
export interface LikelyDuplicate {
  code: string;
  similar: string[];
}

/**
 * The rows of a 交办清单 that likely repeat one another or an open suggestion, one group each:
 * rows and suggestions linked by alike titles are one group (four deputies proposing the same
 * thing are one line to read, not four), named by its first row in the list's order, each code
 * once. Two open suggestions alike are not the list's business and link nothing; a title without
 * a topic (empty, or only "关于……的建议") is like nothing.
 *
 * Topics are linked rather than titles, and a topic already in a row's group is not compared
 * again: when most titles are alike (a list of "关于第 N 项工作的建议"), the groups grow at once
 * and what is left to compare shrinks with them, where comparing every alike pair took minutes.
 */
export function likelyDuplicates(rows: readonly TitledCode[], open: readonly TitledCode[]): LikelyDuplicate[] {
  const all = [...rows, ...open];
  const index = titleIndex(all.map((item) => item.title));
  // Rows come first, so a topic a row holds is numbered before any only open suggestions hold.
  const heldByRow = (topic: number) => index.holders[topic]![0]! < rows.length;
  const parent = index.holders.map((_, topic) => topic);
  const root = (topic: number): number => {
    let at = topic;
    while (parent[at] !== at) {
      parent[at] = parent[parent[at]!]!;
      at = parent[at]!;
    }
    return at;
  };
  index.holders.forEach((holders, topic) => {
    if (!heldByRow(topic)) return;
    const known = (other: number) => root(other) === root(topic);
    for (const found of index.similarTopics(all[holders[0]!]!.title, known)) {
      const [a, b] = [root(topic), root(found.topic)];
      // The smaller number is the root, so a group's root is the topic of its first row.
      if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
    }
  });
  const members = new Map<number, Set<string>>();
  index.holders.forEach((holders, topic) => {
    const first = root(topic);
    if (!heldByRow(first)) return;
    const codes = members.get(first) ?? members.set(first, new Set()).get(first)!;
    for (const item of holders) codes.add(all[item]!.code);
  });
  return [...members]
    .sort(([a], [b]) => a - b)
    .map(([first, codes]) => {
      const { code } = rows[index.holders[first]![0]!]!;
      codes.delete(code);
      return { code, similar: [...codes].sort(byCodePoint) };
    })
    .filter((group) => group.similar.length > 0);
}
