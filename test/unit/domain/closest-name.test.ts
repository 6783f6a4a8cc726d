import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closestName } from '../../../src/domain/closest-name.js';

const units: Array<readonly [string, string]> = [
  ['省水利厅', '省水利厅'],
  ['水利厅', '省水利厅'],
  ['省民政厅', '省民政厅'],
  ['民政', '省民政厅'],
  ['省高级人民法院', '省高级人民法院'],
  ['省高院', '省高级人民法院'],
];
const words = ['assign', 'accept', 'list', 'show', 'help', 'unit'].map((w) => [w, w] as const);

describe('closestName', () => {
  it('finds a word one edit away', () => {
    expect(closestName('asign', words)).toBe('assign');
    expect(closestName('acept', words)).toBe('accept');
    expect(closestName('shwo', words)).toBe('show');
  });

  it('ignores case and surrounding blanks', () => {
    expect(closestName('  ASIGN ', words)).toBe('assign');
  });

  it('suggests the unit an alias belongs to, not the alias', () => {
    expect(closestName('水利', units)).toBe('省水利厅');
    expect(closestName('省高', units)).toBe('省高级人民法院');
    expect(closestName('民证', units)).toBe('省民政厅');
  });

  it('counts characters, not UTF-16 units', () => {
    // One substituted ideograph out of four is near; a surrogate-pair count would not change that,
    // but an astral character must still count as one edit.
    expect(closestName('省水利𠀋', units)).toBe('省水利厅');
  });

  it('prefers a closer match over an earlier one', () => {
    expect(closestName('shows', words)).toBe('show');
    expect(
      closestName('abcd', [
        ['abxy', 'two edits'],
        ['abcx', 'one edit'],
      ]),
    ).toBe('one edit');
  });

  it('breaks ties in favour of the first candidate', () => {
    expect(
      closestName('abc', [
        ['abx', 'first'],
        ['aby', 'second'],
      ]),
    ).toBe('first');
  });

  it('gives nothing for nothing typed, no candidates, or nothing near', () => {
    expect(closestName('', words)).toBeUndefined();
    expect(closestName('   ', words)).toBeUndefined();
    expect(closestName('assign', [])).toBeUndefined();
    expect(closestName('zzzzzz', words)).toBeUndefined();
    expect(closestName('省财政厅', [['省高级人民法院', 'x']])).toBeUndefined();
  });

  it('allows at most half the length in edits', () => {
    // 'abcdef' vs 'abcxyz': 3 edits, limit 3 → near; vs 'axyzwv': 5 edits → not.
    expect(closestName('abcdef', [['abcxyz', 'near']])).toBe('near');
    expect(closestName('abcdef', [['axyzwv', 'far']])).toBeUndefined();
  });

  it('always finds an exact spelling', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() === s && s.length > 0),
          { minLength: 1, maxLength: 8 },
        ),
        fc.nat(),
        (spellings, pick) => {
          const candidates = spellings.map((s, i) => [s, `#${i}`] as const);
          const typed = spellings[pick % spellings.length]!;
          const found = closestName(typed, candidates);
          // Any candidate with the same spelling ignoring case is an exact match too.
          return found !== undefined && spellings[Number(found.slice(1))]!.toLowerCase() === typed.toLowerCase();
        },
      ),
    );
  });
});
