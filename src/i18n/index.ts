import { en } from './en.js';
import type { Locale } from './locale.js';
import { type Catalog, zhCN } from './zh-CN.js';

export type { Catalog };

const catalogs: Record<Locale, Catalog> = { 'zh-CN': zhCN, en };

export const catalogFor = (locale: Locale): Catalog => catalogs[locale];
