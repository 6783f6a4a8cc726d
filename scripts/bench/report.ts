// What every benchmark hands back to index.ts: printable text, the targets it judged, and the
// problems that make its figures worthless.
export interface TargetVerdict {
  name: string;
  pass: boolean;
}

export interface BenchmarkReport {
  name: string;
  /** Markdown, printed as is (and pasted into docs/PERFORMANCE.md). */
  text: string;
  targets: TargetVerdict[];
  /** Errors, refusals, wrong answers: a run with any of these measured the wrong thing. */
  broken: string[];
}
