/**
 * A guidance page declares its widgets in frontmatter (`widgets: [...]`,
 * docs/adr/0006), and that declaration decides whether the page runs
 * JavaScript at all (the page tools and their boot script come with it). So
 * the built page must hold exactly the widgets it declares: an embedded widget
 * left undeclared would lose its page tools; a declared one that is missing
 * would ship script for nothing.
 */
import { describe, expect, test } from 'vitest';
import { builtPages } from '../support/built-site.ts';
import { CONTENT_LOCALES, readContent } from './content/content-files.ts';

const pages = new Map(builtPages().map((p) => [p.url, p]));
const guides = CONTENT_LOCALES.flatMap((locale) => readContent(locale));
const declaredOf = (guide: (typeof guides)[number]): string[] => {
  const value = guide.frontmatter['widgets'];
  return Array.isArray(value) ? [...value] : [];
};

describe('every guidance page holds exactly the widgets it declares', () => {
  test('some pages declare widgets (the check has something to check)', () => {
    expect(guides.filter((g) => declaredOf(g).length > 0).length).toBeGreaterThanOrEqual(6);
  });

  for (const guide of guides) {
    test(guide.url, () => {
      const page = pages.get(guide.url);
      expect(page, `${guide.url} is built`).toBeDefined();
      const built = [...new Set([...page!.doc.querySelectorAll('[data-widget]')].map((el) => el.getAttribute('data-widget')))].sort();
      const declared = declaredOf(guide).sort();
      expect(built).toEqual(declared);
      // A page with widgets carries the page tools; one without ships none.
      expect(page!.doc.querySelector('[data-page-tools]') !== null).toBe(declared.length > 0);
    });
  }
});
