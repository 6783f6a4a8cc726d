// What a process loads when it starts: everything src/main.ts imports statically, and what those
// import in turn. Libraries that only some work needs (spreadsheets, documents, charts, the
// embedded database) are imported where first used, so that the ack path and the jobs do not carry
// them (docs/PERFORMANCE.md, Memory).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The modules a file imports at run time: `import type` is erased, a dynamic import() waits for its call. */
function staticImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const statements = [
    ...text.matchAll(/^(?:import|export)\s+(?!type\s)[^;'"]*?\bfrom\s+['"]([^'"]+)['"]/gms),
    ...text.matchAll(/^import\s+['"]([^'"]+)['"]/gm),
  ];
  return statements.map((match) => match[1]!);
}

/** Every project file and every package reached from `entry` through static imports. */
function loadedAtStart(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const specifier of staticImports(file)) {
      if (specifier.startsWith('.')) {
        const target = relative('.', join(dirname(file), specifier)).replace(/\.js$/, '.ts');
        if (existsSync(target)) visit(target);
      } else if (!specifier.startsWith('node:')) {
        packages.add(specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!);
      }
    }
  };
  visit(entry);
  return { files, packages };
}

const onFirstUse = ['exceljs', 'docx', 'echarts', '@resvg/resvg-js', 'subset-font', 'csv-parse', 'yauzl', 'saxes', '@electric-sql/pglite'];

describe('what the bot loads when it starts', () => {
  const { files, packages } = loadedAtStart('src/main.ts');

  it('reaches the whole bot (the walk follows its imports)', () => {
    expect(files.has('src/duban.ts')).toBe(true);
    expect(files.has('src/slack/app.ts')).toBe(true);
    expect(packages).toContain('@slack/bolt');
    expect(packages).toContain('postgres');
  });

  it('leaves the libraries only some work needs to be loaded when that work first comes', () => {
    expect([...packages].filter((name) => onFirstUse.includes(name))).toEqual([]);
  });

  it('leaves them out of the job runner too (npm run job)', () => {
    const jobs = loadedAtStart('scripts/job.ts');
    expect(jobs.files.has('src/jobs/definitions.ts')).toBe(true);
    expect([...jobs.packages].filter((name) => onFirstUse.includes(name))).toEqual([]);
  });

  it('still ships each of them, loaded by the module that uses it', () => {
    const users = ['src/ledger/ledger-workbook.ts', 'src/ledger/handling-report-document.ts', 'src/db/open-embedded.ts'];
    for (const file of users) expect(files.has(file), file).toBe(false);
    expect(staticImports('src/ledger/ledger-workbook.ts')).toContain('exceljs');
    expect(staticImports('src/db/open-embedded.ts')).toContain('@electric-sql/pglite');
  });
});
