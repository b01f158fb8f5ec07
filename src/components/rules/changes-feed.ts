/**
 * The changes page as an Atom feed (RFC 4287), one per language, so a school
 * can follow the rules in a feed reader. Each entry is one day on which values
 * change, with the periods affected. An entry's `updated` is the day the guide
 * recorded it (its sources were read), not the day the change takes effect:
 * that day is in its title. Neither depends on the build date, so a rebuild
 * changes nothing a reader has seen.
 */
import { formatStart } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locales.ts';
import { fill, ui } from '../../i18n/ui/index.ts';
import { changelog } from '../../rules/index.ts';
import { escapeXml } from '../../routing/escape-xml.ts';
import { changeWords } from './change-words.ts';

/** `/sv/andringar/` → `/sv/andringar.atom`. */
export const feedUrlOf = (pageUrl: string): string => `${pageUrl.replace(/\/$/, '')}.atom`;

/** The anchor of one day's entry on the changes page. */
export const changeAnchor = (date: string): string => `change-${date}`;

const instant = (date: string) => `${date}T00:00:00Z`;

export function changesFeed(opts: { locale: Locale; pageUrl: string; site: URL | string; siteName: string }): string {
  const { locale } = opts;
  const t = ui(locale).changesPage;
  const abs = (path: string) => new URL(path, opts.site).href;
  const page = abs(opts.pageUrl);
  const log = changelog();
  const updated = log.entries.map((e) => e.recordedOn).sort().at(-1) ?? log.undated.map((u) => u.value.readOn).sort().at(-1);
  const entries = log.entries.map((entry) => {
    const changes = entry.changes.map((c) => changeWords(c, locale));
    const title = fill(t.feedEntryTitle, { date: formatStart(entry.date, locale, entry.dateGiven), names: changes.map((c) => c.name).join('; ') });
    const body = changes
      .map((c) => `${c.name}: ${c.kind}. ${t.before}: ${c.before}. ${t.after}: ${c.after}. ${t.periodsAffected}: ${c.period}. ${t.source}: ${c.sourceLine}`)
      .join('\n\n');
    const link = `${page}#${changeAnchor(entry.date)}`;
    return [
      '  <entry>',
      `    <id>${escapeXml(link)}</id>`,
      `    <title>${escapeXml(title)}</title>`,
      `    <updated>${instant(entry.recordedOn)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(link)}"/>`,
      `    <content type="text">${escapeXml(body)}</content>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">`,
    `  <id>${escapeXml(page)}</id>`,
    `  <title>${escapeXml(`${t.title} – ${opts.siteName}`)}</title>`,
    `  <subtitle>${escapeXml(t.feedSubtitle)}</subtitle>`,
    `  <updated>${instant(updated ?? '1970-01-01')}</updated>`,
    `  <author><name>${escapeXml(opts.siteName)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(abs(feedUrlOf(opts.pageUrl)))}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(page)}"/>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
