// The layout's rules (docs/structure.md), checked on the tree itself: arrows that point one way.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const roots = ['src', 'scripts', 'test', 'tools'];

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

const files = roots.flatMap(sourceFiles);
const known = new Set(files);

/** Every project file a file imports, type-only imports included. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)]
    .map((match) => relative('.', resolve(dirname(file), match[1]!)).replace(/\.js$/, '.ts'))
    .filter((target) => known.has(target));
}

const graph = new Map(files.map((file) => [file, importsOf(file)]));

/** The import cycles, each as the files in it (Tarjan's strongly connected components). */
function cycles(): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let next = 0;
  const visit = (file: string) => {
    index.set(file, next);
    low.set(file, next);
    next += 1;
    stack.push(file);
    onStack.add(file);
    for (const target of graph.get(file) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(file, Math.min(low.get(file)!, low.get(target)!));
      } else if (onStack.has(target)) low.set(file, Math.min(low.get(file)!, index.get(target)!));
    }
    if (low.get(file) !== index.get(file)) return;
    const component: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    if (component.length > 1) found.push(component.sort());
  };
  for (const file of files) if (!index.has(file)) visit(file);
  return found;
}

/** Each import from a file in `folders` into `target`, as "file → imported file". */
const importsFrom = (folders: readonly string[], target: string): string[] =>
  files
    .filter((file) => folders.some((folder) => file.startsWith(folder)))
    .flatMap((file) =>
      graph
        .get(file)!
        .filter((imported) => imported.startsWith(target))
        .map((imported) => `${file} → ${imported}`),
    );

describe('the layout', () => {
  it('has no import cycles, type-only imports included', () => {
    expect(cycles()).toEqual([]);
  });

  it('keeps the Slack adapter on top: no layer below it imports from src/slack', () => {
    const below = ['src/domain/', 'src/services/', 'src/ledger/', 'src/outbox/', 'src/jobs/', 'src/charts/', 'src/db/', 'src/i18n/'];
    expect(importsFrom(below, 'src/slack/')).toEqual([]);
  });

  it('keeps the catalogs, the ledger and the outbox below the verbs: none imports from services/', () => {
    expect(importsFrom(['src/i18n/', 'src/ledger/', 'src/outbox/', 'src/db/', 'src/charts/'], 'src/services/')).toEqual([]);
  });

  it('keeps the domain pure: it imports nothing of the project outside it, and knows no Slack syntax', () => {
    const domain = files.filter((file) => file.startsWith('src/domain/'));
    const outside = domain.flatMap((file) =>
      graph
        .get(file)!
        .filter((target) => !target.startsWith('src/domain/'))
        .map((target) => `${file} → ${target}`),
    );
    expect(outside).toEqual([]);
    const slackSyntax = /<[@#!]|should_escape|mrkdwn|&lt;|&gt;|&amp;/;
    expect(domain.filter((file) => slackSyntax.test(readFileSync(file, 'utf8')))).toEqual([]);
  });

  it('groups the service verbs in folders, none of them crowded', () => {
    const entries = readdirSync('src/services');
    expect(entries.filter((name) => !statSync(join('src/services', name)).isDirectory())).toEqual([]);
    const crowded = entries.filter((folder) => readdirSync(join('src/services', folder)).length > 15);
    expect(crowded).toEqual([]);
  });
});
