// How an operator's script ends: its exit code, or a clear message for the failures an operator
// can fix (the environment, an embedded database in use), and a stack only for a real fault.
import { ConfigError } from '../src/config.js';
import { DataDirLockedError } from '../src/db/data-dir-lock.js';
import { errorDetail } from '../src/log.js';

export function runScript(name: string, main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      if (error instanceof ConfigError || error instanceof DataDirLockedError) process.stderr.write(`${error.message}\n`);
      else process.stderr.write(`${name} failed: ${errorDetail(error)}\n`);
      process.exit(1);
    },
  );
}
