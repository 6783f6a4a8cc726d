import { similarTitles } from './similar-titles.js';
import { byCodePoint } from './text-order.js';
import { titleTopic } from './title-similarity.js';

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
 */
export function likelyDuplicates(rows: readonly TitledCode[], open: readonly TitledCode[]): LikelyDuplicate[] {
  const all = [...rows, ...open];
  const similarTo = similarTitles(all.map((item) => item.title));
  const parent = all.map((_, index) => index);
  const root = (index: number): number => {
    let at = index;
    while (parent[at] !== at) {
      parent[at] = parent[parent[at]!]!;
      at = parent[at]!;
    }
    return at;
  };
  const link = (a: number, b: number) => {
    const [x, y] = [root(a), root(b)];
    // The smaller index is the root, so a group's root is its first row.
    if (x !== y) parent[Math.max(x, y)] = Math.min(x, y);
  };
  // Rows of one title are alike if it has a topic: the first asks for all it is like, the others join it.
  const firstOfTitle = new Map<string, number>();
  rows.forEach((row, index) => {
    const first = firstOfTitle.get(row.title);
    if (first !== undefined) {
      if (titleTopic(row.title) !== '') link(first, index);
      return;
    }
    firstOfTitle.set(row.title, index);
    for (const match of similarTo(row.title)) link(index, match.index);
  });
  const members = new Map<number, Set<string>>();
  all.forEach((item, index) => {
    const first = root(index);
    if (first === index) return;
    const codes = members.get(first) ?? members.set(first, new Set()).get(first)!;
    codes.add(item.code);
  });
  return [...members]
    .sort(([a], [b]) => a - b)
    .map(([first, codes]) => {
      const { code } = rows[first]!;
      codes.delete(code);
      return { code, similar: [...codes].sort(byCodePoint) };
    })
    .filter((group) => group.similar.length > 0);
}
