/**
 * Reads the guidance sources under content/<lang>/ without Astro: file names,
 * the flat frontmatter the content config allows, the MDX body, and the route
 * each page gets (index.mdx → /<lang>/, name.mdx → /<lang>/name/). Shared by
 * the content unit tests and the built-site content tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const CONTENT_DIR = join(ROOT, 'content');
/** The seed texts live beside the repository (../shared/seeds), as the rules tests read them. */
export const SEEDS_DIR = resolve(ROOT, '../shared/seeds');

export const CONTENT_LOCALES = ['sv', 'en'] as const;
export type ContentLocale = (typeof CONTENT_LOCALES)[number];

export type FrontmatterValue = string | number | readonly string[];

export interface ContentPage {
  readonly locale: ContentLocale;
  /** File name without `.mdx`. */
  readonly name: string;
  readonly path: string;
  readonly frontmatter: Readonly<Record<string, FrontmatterValue>>;
  /** Everything after the frontmatter. */
  readonly body: string;
  /** The site path the shell gives the page. */
  readonly url: string;
}

/** One `key: value` per line; values are a number, a [list] or a string (quotes optional). */
export function parseFrontmatter(block: string): Record<string, FrontmatterValue> {
  const data: Record<string, FrontmatterValue> = {};
  for (const line of block.split('\n')) {
    if (line.trim() === '') continue;
    const match = /^([A-Za-z][\w-]*):\s*(.*)$/.exec(line);
    if (!match) throw new Error(`frontmatter line not understood: ${line}`);
    const [, key = '', raw = ''] = match;
    const value = raw.trim();
    if (/^\[.*\]$/.test(value)) {
      data[key] = value
        .slice(1, -1)
        .split(',')
        .map((item) => unquote(item.trim()))
        .filter((item) => item !== '');
    } else if (/^-?\d+$/.test(value)) {
      data[key] = Number(value);
    } else {
      data[key] = unquote(value);
    }
  }
  return data;
}

const unquote = (s: string) => (/^(['"]).*\1$/.test(s) ? s.slice(1, -1) : s);

export function splitMdx(source: string): { frontmatter: Record<string, FrontmatterValue>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source.replace(/\r\n/g, '\n'));
  if (!match) throw new Error('MDX file without frontmatter');
  return { frontmatter: parseFrontmatter(match[1] ?? ''), body: match[2] ?? '' };
}

export function readContent(locale: ContentLocale): ContentPage[] {
  const dir = join(CONTENT_DIR, locale);
  return readdirSync(dir)
    .filter((file) => file.endsWith('.mdx'))
    .sort()
    .map((file) => {
      const path = join(dir, file);
      const name = file.slice(0, -'.mdx'.length);
      const { frontmatter, body } = splitMdx(readFileSync(path, 'utf8'));
      return { locale, name, path, frontmatter, body, url: name === 'index' ? `/${locale}/` : `/${locale}/${name}/` };
    });
}

export const pageKey = (page: ContentPage): string => String(page.frontmatter['key']);
