import { describe, expect, it } from 'vitest';
import { rememberingFound } from '../../../src/slack/look-up-email.js';

/** A directory that answers from `members` and counts how often it was asked. */
function directory(members: Record<string, string>) {
  const asked: string[] = [];
  const lookUp = async (email: string) => {
    asked.push(email);
    return members[email] ?? null;
  };
  return { asked, lookUp };
}

describe('rememberingFound', () => {
  it('asks once for a member found, again after a quarter of an hour', async () => {
    const members = { 'li@water.gov.cn': 'U0LI' };
    const { asked, lookUp } = directory(members);
    let now = new Date('2026-03-02T01:00:00Z');
    const remembering = rememberingFound(lookUp, () => now);
    expect(await remembering('li@water.gov.cn')).toBe('U0LI');
    now = new Date('2026-03-02T01:14:59Z');
    expect(await remembering('li@water.gov.cn')).toBe('U0LI');
    expect(asked).toEqual(['li@water.gov.cn']);
    now = new Date('2026-03-02T01:15:01Z');
    expect(await remembering('li@water.gov.cn')).toBe('U0LI');
    expect(asked).toEqual(['li@water.gov.cn', 'li@water.gov.cn']);
  });

  it('asks again for an e-mail no member had, who may have joined since', async () => {
    const members: Record<string, string> = {};
    const { asked, lookUp } = directory(members);
    const remembering = rememberingFound(lookUp, () => new Date('2026-03-02T01:00:00Z'));
    expect(await remembering('new@water.gov.cn')).toBeNull();
    members['new@water.gov.cn'] = 'U0NEW';
    expect(await remembering('new@water.gov.cn')).toBe('U0NEW');
    expect(asked).toHaveLength(2);
  });

  it('does not remember a failed question, and keeps at most 5,000 members', async () => {
    let failing = true;
    const asked: string[] = [];
    const remembering = rememberingFound(
      async (email) => {
        asked.push(email);
        if (failing) throw new Error('ratelimited');
        return `U${email}`;
      },
      () => new Date('2026-03-02T01:00:00Z'),
    );
    await expect(remembering('a@b.cn')).rejects.toThrow('ratelimited');
    failing = false;
    expect(await remembering('a@b.cn')).toBe('Ua@b.cn');
    for (let n = 0; n < 5000; n += 1) await remembering(`${n}@b.cn`);
    asked.length = 0;
    // The first one found is the one let go; the last 5,000 are still remembered.
    await remembering('a@b.cn');
    await remembering('4999@b.cn');
    expect(asked).toEqual(['a@b.cn']);
  });
});
