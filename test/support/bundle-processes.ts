// The scripts that tests start as real processes (the bot, the job runner, import, export), each
// bundled into one JavaScript file with its packages left to node_modules. Run through tsx, every
// start spent about 1.3 s resolving and loading some 300 TypeScript modules through its loader
// (and a second process of tsx's own) before any work; the bundle starts in about 0.2 s and runs
// the same code. The bundles sit two folders below the project, where the source's own paths
// (the migrations at ../../drizzle from src/db/) still lead.
import { mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

/** The scripts a test may start, by their path in the project. */
export const processScripts = ['src/main.ts', 'scripts/job.ts', 'scripts/import.ts', 'scripts/export.ts'] as const;
export type ProcessScript = (typeof processScripts)[number];

/** The bundle of `script` in `folder`. */
export const bundleOf = (folder: string, script: ProcessScript): string =>
  join(folder, `${script.replace(/\//g, '-').replace(/\.ts$/, '')}.mjs`);

/** Bundles every script into a new folder and resolves to it. */
export async function bundleProcesses(): Promise<string> {
  mkdirSync('build', { recursive: true });
  const folder = mkdtempSync(join(process.cwd(), 'build', 'test-processes-'));
  await build({
    entryPoints: Object.fromEntries(processScripts.map((script) => [bundleOf('', script).replace(/\.mjs$/, ''), script])),
    outdir: folder,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  return folder;
}
