// A benchmark holds things outside this process (a database, a child process). try/finally frees
// them when a run ends or fails; Ctrl-C skips finally, so the same work is registered here for
// signals, told that the run was interrupted so it may cut short what would otherwise wait.
type Cleanup = (interrupted: boolean) => Promise<void>;

const pending = new Set<Cleanup>();

/** Wraps `cleanup` so it runs once, whether the run ends, fails or is interrupted. */
export function registerCleanup(cleanup: Cleanup): () => Promise<void> {
  let done: Promise<void> | undefined;
  const once: Cleanup = (interrupted) => {
    pending.delete(once);
    done ??= cleanup(interrupted);
    return done;
  };
  pending.add(once);
  return () => once(false);
}

async function cleanUpInterrupted(): Promise<void> {
  // Newest first: a child process stops before the database it uses is dropped.
  for (const cleanup of [...pending].reverse()) {
    await cleanup(true).catch((error: unknown) => process.stderr.write(`cleanup failed: ${String(error)}\n`));
  }
}

/** On SIGINT/SIGTERM: clean up, then exit as interrupted. */
export function cleanUpOnSignals(): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      process.stderr.write(`\n${signal}: cleaning up\n`);
      void cleanUpInterrupted().finally(() => process.exit(130));
    });
  }
}
