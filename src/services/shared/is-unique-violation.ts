// Two requests can race past a check and meet at a unique index; the index has the last word,
// and this tells the verb which rule it was.
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  for (let cause: unknown = error; cause; cause = (cause as { cause?: unknown }).cause) {
    const candidate = cause as { code?: unknown; constraint_name?: unknown; constraint?: unknown };
    if (candidate.code === '23505' && (candidate.constraint_name === constraint || candidate.constraint === constraint)) {
      return true;
    }
  }
  return false;
}
