// "Did you mean …": the known name nearest to what a person typed, if it is near enough to help.

function editDistance(a: string, b: string): number {
  const left = [...a];
  const right = [...b];
  let previous = Array.from({ length: right.length + 1 }, (_, i) => i);
  for (let i = 1; i <= left.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= right.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (left[i - 1] === right[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[right.length] ?? 0;
}

/** Each candidate is [what may be typed, what to suggest]; ties go to the first candidate. */
export function closestName(typed: string, candidates: ReadonlyArray<readonly [string, string]>): string | undefined {
  const needle = typed.trim().toLowerCase();
  if (!needle) return undefined;
  let best: { name: string; score: number } | undefined;
  for (const [spelling, name] of candidates) {
    const hay = spelling.toLowerCase();
    const distance = hay.includes(needle) || needle.includes(hay) ? Math.abs(hay.length - needle.length) * 0.5 : editDistance(needle, hay);
    const limit = Math.max(1, Math.floor(Math.max([...needle].length, [...hay].length) / 2));
    if (distance <= limit && (!best || distance < best.score)) best = { name, score: distance };
  }
  return best?.name;
}
