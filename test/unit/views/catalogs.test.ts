import { describe, expect, it } from 'vitest';
import { listFilters } from '../../../src/domain/list-filter.js';
import { en } from '../../../src/i18n/en.js';
import { catalogFor } from '../../../src/i18n/index.js';
import { zhCN } from '../../../src/i18n/zh-CN.js';

/** Every path to a leaf (a string, a function, or an array's length). */
function shape(value: unknown, path = ''): string[] {
  if (typeof value === 'function') return [`${path} ()`];
  if (typeof value === 'string') return [`${path} ""`];
  if (Array.isArray(value)) return [`${path} [${value.length}]`];
  if (typeof value === 'object' && value !== null) {
    return Object.keys(value)
      .sort()
      .flatMap((key) => shape((value as Record<string, unknown>)[key], path ? `${path}.${key}` : key));
  }
  return [`${path} ${typeof value}`];
}

function strings(value: unknown, path = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, inner]) => strings(inner, `${path}.${key}`));
  }
  return [];
}

describe('message catalogs', () => {
  it('zh-CN and en have exactly the same keys, of the same kind', () => {
    expect(shape(en)).toEqual(shape(zhCN));
  });

  it('the walk sees the nested keys that TypeScript does not check (list.filterNames)', () => {
    expect(shape(zhCN)).toContain('list.filterNames.followup ""');
    expect(shape(zhCN).length).toBeGreaterThan(100);
  });

  it('have no empty strings', () => {
    for (const catalog of [zhCN, en]) {
      for (const [path, text] of strings(catalog)) expect(text.trim(), path).not.toBe('');
    }
  });

  it('zh-CN is the default and en is available', () => {
    expect(catalogFor('zh-CN')).toBe(zhCN);
    expect(catalogFor('en')).toBe(en);
  });

  it('name every list filter the grammar knows', () => {
    for (const catalog of [zhCN, en]) {
      expect(Object.keys(catalog.list.filterNames).sort()).toEqual([...listFilters].sort());
    }
  });

  it('keep modal titles and buttons within Slack’s 24 and 75 characters', () => {
    for (const catalog of [zhCN, en]) {
      for (const text of [
        catalog.modal.title,
        catalog.modal.submit,
        catalog.modal.close,
        catalog.modal.doneTitle,
        catalog.modal.doneClose,
      ]) {
        expect(text.length).toBeLessThanOrEqual(24);
      }
      for (const text of Object.values(catalog.button)) expect(text.length).toBeLessThanOrEqual(75);
    }
  });
});
