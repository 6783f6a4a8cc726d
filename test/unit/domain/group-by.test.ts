import { describe, expect, it } from 'vitest';
import { groupBy } from '../../../src/domain/group-by.js';

describe('groupBy', () => {
  it('lists the items of each key in their order, the keys in order of first sight', () => {
    const groups = groupBy(['UHAN:1', 'ULIA:2', 'UHAN:3'], (item) => item.split(':')[0]);
    expect([...groups]).toEqual([
      ['UHAN', ['UHAN:1', 'UHAN:3']],
      ['ULIA', ['ULIA:2']],
    ]);
    expect(groupBy([], String).size).toBe(0);
  });
});
