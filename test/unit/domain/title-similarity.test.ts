import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { likelyDuplicates } from '../../../src/domain/likely-duplicates.js';
import { titleIndex } from '../../../src/domain/title-index.js';
import { similarTitleThreshold, titleSimilarity, titleTopic } from '../../../src/domain/title-similarity.js';

// Titles as a 交办清单 carries them: the same ask in other words, and different asks of one field.
const rewordings: Array<[string, string, number]> = [
  ['关于推进河湖长制落地见效的建议', '关于推动河湖长制落地见效的建议', 0.778],
  ['关于推进河湖长制落地见效的建议', '关于东川市推进河湖长制落地见效的建议', 0.857],
  ['关于推进河湖长制落地见效的建议', '关于进一步推进河湖长制落地见效的建议', 0.857],
  ['关于东川市推进河湖长制落地见效的建议', '关于西岭市推进河湖长制落地见效的建议', 0.833],
  ['关于加强医保基金监管的建议', '关于加强医保基金使用监管的建议', 0.75],
  ['关于加快病险水库除险加固的建议', '关于加快推进病险水库除险加固工作的建议', 0.727],
  ['关于推进异地就医直接结算的建议', '关于推进跨省异地就医直接结算工作的建议', 0.727],
  ['关于整治电信网络诈骗的建议', '关于加大电信网络诈骗整治力度的建议', 0.667],
  ['关于发展夜间经济的建议', '关于促进夜间经济发展的建议', 0.667],
  ['关于将更多罕见病用药纳入医保保障的建议', '关于将罕见病用药纳入医保报销范围的建议', 0.615],
];
const differentAsks: Array<[string, string, number]> = [
  ['关于巩固农村饮水安全成果的建议', '关于加强农村生活污水治理的建议', 0.111],
  ['关于推进河湖长制落地见效的建议', '关于推进幸福河湖建设的建议', 0.25],
  ['关于加强医保基金监管的建议', '关于加强食品安全监管的建议', 0.286],
  ['关于加强农村地区交通安全管理的建议', '关于加强道路交通安全隐患治理的建议', 0.364],
  ['关于加快中小河流治理的建议', '关于加强中小河流综合治理的建议', 0.5],
  ['关于加强校园周边治安防控的建议', '关于加强校园周边交通安全管理的建议', 0.5],
  ['关于推进异地就医直接结算的建议', '关于推进异地就医备案便利化的建议', 0.526],
  ['关于巩固农村饮水安全成果的建议', '关于加强农村饮水安全保障的建议', 0.556],
];

describe('titleSimilarity', () => {
  it.each(rewordings)('finds the same ask in other words alike: %s · %s', (a, b, score) => {
    expect(titleSimilarity(a, b)).toBeCloseTo(score, 3);
    expect(titleSimilarity(a, b)).toBeGreaterThanOrEqual(similarTitleThreshold);
  });

  it.each(differentAsks)('keeps different asks sharing a word or two apart: %s · %s', (a, b, score) => {
    expect(titleSimilarity(a, b)).toBeCloseTo(score, 3);
    expect(titleSimilarity(a, b)).toBeLessThan(similarTitleThreshold);
  });

  it('flags a short title sharing its verb and pattern with another, the price of catching rewordings at 0.6', () => {
    // 供水 and 公交 differ, but 推进城乡…一体化 is most of so short a title: the office reads the flag and moves on.
    expect(titleSimilarity('关于推进城乡供水一体化的建议', '关于推进城乡公交一体化的建议')).toBeCloseTo(0.625, 3);
  });

  it('compares topics, not the framing every title has', () => {
    expect(titleTopic('关于推进“河湖长制”落地见效的建议。')).toBe('推进河湖长制落地见效');
    expect(titleTopic(' 关于 推进河湖长制落地见效建议')).toBe('推进河湖长制落地见效');
    expect(titleTopic('关于推进５Ｇ网络建设的建议')).toBe('推进5g网络建设');
    // Only the frame: "关于" in the middle and "建议" before the end are words of the topic.
    expect(titleTopic('关于建议办理工作关于信息公开的建议')).toBe('建议办理工作关于信息公开');
    expect(titleSimilarity('关于推进河湖长制落地见效的建议', '推进河湖长制落地见效')).toBe(1);
  });

  it('finds nothing alike in a title without a topic, and does not fail on one', () => {
    for (const empty of ['', '   ', '关于的建议', '建议', '关于……的建议。', '\u200b']) {
      expect(titleSimilarity(empty, empty)).toBe(0);
      expect(titleSimilarity(empty, '关于推进河湖长制落地见效的建议')).toBe(0);
    }
    expect(titleSimilarity('关于水的建议', '关于水的建议')).toBe(1);
    expect(titleSimilarity('关于水的建议', '关于水库的建议')).toBe(0);
  });

  const title = fc.oneof(
    fc.string(),
    fc.string({ unit: fc.constantFrom(...'关于推进河湖长制落地见效的建议农村饮水安全，。“”、 ') }),
    fc.string({ unit: 'grapheme' }),
  );

  it('is symmetric, within 0 and 1, and 1 for a title with itself', () => {
    fc.assert(
      fc.property(title, title, (a, b) => {
        const ab = titleSimilarity(a, b);
        expect(ab).toBe(titleSimilarity(b, a));
        expect(ab).toBeGreaterThanOrEqual(0);
        expect(ab).toBeLessThanOrEqual(1);
        expect(titleSimilarity(a, a)).toBe(titleTopic(a) === '' ? 0 : 1);
      }),
    );
  });

  it('is 1 for a title with the same title framed otherwise', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'河湖长制落地见效农村饮水'), minLength: 1 }), (topic) => {
        expect(titleSimilarity(`关于${topic}的建议`, `${topic}。`)).toBe(1);
      }),
    );
  });
});

describe('titleIndex', () => {
  it('finds, through its index, exactly the titles a comparison of every pair finds, most alike first', () => {
    // Topics of a few shared words, and titles asked about that are an indexed one with a word
    // added: a third of the cases find a title alike, where random text would find none.
    const words = ['推进', '河湖', '长制', '落地', '见效', '农村', '饮水'];
    const topic = fc.array(fc.constantFrom(...words), { maxLength: 5 }).map((parts) => parts.join(''));
    const indexedAndAsked = fc
      .array(
        fc.oneof(
          topic.map((about) => `关于${about}的建议`),
          topic,
          fc.string(),
        ),
        { minLength: 1, maxLength: 40 },
      )
      .chain((indexed) => {
        const edited = fc
          .tuple(fc.constantFrom(...indexed), fc.nat(), fc.constantFrom(...words))
          .map(([title, at, word]) => title.slice(0, at % (title.length + 1)) + word + title.slice(at % (title.length + 1)));
        return fc.tuple(fc.constant(indexed), fc.oneof(topic, edited));
      });
    fc.assert(
      fc.property(indexedAndAsked, ([indexed, asked]) => {
        const everyPair = indexed
          .map((title, index) => ({ index, similarity: titleSimilarity(asked, title) }))
          .filter((pair) => pair.similarity >= similarTitleThreshold)
          .sort((a, b) => b.similarity - a.similarity || a.index - b.index);
        expect(titleIndex(indexed).similarTo(asked)).toEqual(everyPair);
      }),
      { numRuns: 500 },
    );
  });

  it('names every title of a topic repeated, and nothing for a title without one', () => {
    const { similarTo: find } = titleIndex([
      '关于推进河湖长制落地见效的建议',
      '',
      '推进河湖长制落地见效',
      '关于加强医保基金监管的建议',
      '关于的建议',
    ]);
    expect(find('关于推动河湖长制落地见效的建议').map((found) => found.index)).toEqual([0, 2]);
    expect(find('')).toEqual([]);
    expect(find('关于的建议')).toEqual([]);
  });
});

describe('likelyDuplicates', () => {
  const river = '关于推进河湖长制落地见效的建议';
  it('makes one group of the rows and open suggestions alike, named by its first row', () => {
    const rows = [
      { code: '2026-0031', title: river },
      { code: '2026-0032', title: '关于加强医保基金监管的建议' },
      { code: '2026-0102', title: '关于推动河湖长制落地见效的建议' },
      { code: '2026-0103', title: river },
      { code: '2026-0104', title: '关于加强医保基金使用监管的建议' },
      { code: '2026-0105', title: '关于规范殡葬服务的建议' },
    ];
    const open = [
      { code: '2026-0007', title: '关于东川市推进河湖长制落地见效的建议' },
      { code: '2026-0008', title: '关于规范电动自行车管理的建议' },
      { code: '2026-0009', title: '关于加强电动自行车规范管理的建议' },
    ];
    expect(likelyDuplicates(rows, open)).toEqual([
      { code: '2026-0031', similar: ['2026-0007', '2026-0102', '2026-0103'] },
      { code: '2026-0032', similar: ['2026-0104'] },
    ]);
  });

  it('joins rows alike through the same open suggestion, and names a code once', () => {
    const rows = [
      { code: 'A', title: '关于东川市推进河湖长制落地见效的建议' },
      { code: 'B', title: '关于推进河湖长制落地见效工作的建议' },
    ];
    expect(likelyDuplicates(rows, [{ code: 'X', title: river }])).toEqual([{ code: 'A', similar: ['B', 'X'] }]);
    expect(likelyDuplicates([{ code: 'X', title: river }], [{ code: 'X', title: river }])).toEqual([]);
  });

  it('groups as linking every row to every title alike would', () => {
    const words = ['推进', '河湖', '长制', '落地', '见效', '农村'];
    const titled = fc.record({
      code: fc.constantFrom('A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'),
      title: fc.oneof(
        fc.array(fc.constantFrom(...words), { maxLength: 4 }).map((parts) => `关于${parts.join('')}的建议`),
        fc.string(),
      ),
    });
    fc.assert(
      fc.property(fc.array(titled, { maxLength: 8 }), fc.array(titled, { maxLength: 8 }), (rows, open) => {
        const all = [...rows, ...open];
        const group = all.map((_, index) => index);
        const merge = (from: number, to: number) => group.forEach((g, at) => g === from && (group[at] = to));
        rows.forEach((row, i) =>
          all.forEach((other, j) => {
            if (i !== j && titleSimilarity(row.title, other.title) >= similarTitleThreshold)
              merge(Math.max(group[i]!, group[j]!), Math.min(group[i]!, group[j]!));
          }),
        );
        const expected = rows
          .map((row, i) => ({ i, row }))
          .filter(({ i }) => group[i] === i)
          .map(({ i, row }) => ({
            code: row.code,
            similar: [...new Set(all.filter((_, j) => group[j] === i).map((item) => item.code))].filter((code) => code !== row.code).sort(),
          }))
          .filter((found) => found.similar.length > 0);
        expect(likelyDuplicates(rows, open)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('finds nothing in empty titles, however many', () => {
    const rows = ['', '', '关于的建议', '建议'].map((title, i) => ({ code: `E-${i}`, title }));
    expect(likelyDuplicates(rows, [{ code: 'O', title: '' }])).toEqual([]);
    expect(likelyDuplicates([], [])).toEqual([]);
  });
});
