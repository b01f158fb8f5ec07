/**
 * What a printout needs beyond the verdict panel: the answers, the verdict
 * heading, the date, and a link that reopens the same answers. Hidden on
 * screen (`kit-print-only`). Pass only validated values: `link` should be
 * built from the widget's parsed state (withUrlState), never copied from the
 * address bar.
 */
import type { Locale } from '../../i18n/locales.ts';
import { formatDate } from '../../i18n/format.ts';
import { fill } from './fill.ts';
import { useKitWords } from './kit-words.ts';

export interface PrintAnswer {
  readonly label: string;
  readonly value: string | undefined;
}

export interface PrintSummaryProps {
  readonly locale: Locale;
  readonly answers: readonly PrintAnswer[];
  readonly verdictHeading?: string | undefined;
  readonly link?: string | undefined;
  /** ISO date; today when left out. */
  readonly date?: string;
}

export function PrintSummary({ locale, answers, verdictHeading, link, date }: PrintSummaryProps) {
  const t = useKitWords();
  const day = date ?? new Date().toISOString().slice(0, 10);
  return (
    <section class="kit-print-only kit-print-summary" data-print-summary="">
      <h3>{t.answersHeading}</h3>
      <dl class="kit-print-summary__answers">
        {answers.map((a) => (
          <div key={a.label}>
            <dt>{a.label}</dt>
            <dd>{a.value ?? t.noAnswer}</dd>
          </div>
        ))}
      </dl>
      {verdictHeading && (
        <p>
          <strong>{verdictHeading}</strong>
        </p>
      )}
      <p>{fill(t.printedOn, { date: formatDate(day, locale) })}</p>
      {link && <p class="kit-print-summary__link">{link}</p>}
    </section>
  );
}
