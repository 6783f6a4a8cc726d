/** Text order by code point: the same on every machine, whatever its collation tables say. */
export const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
