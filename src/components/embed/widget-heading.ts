/** Each widget's heading in one language: the embed page's title and the snippet's frame title. */
import type { Locale } from '../../i18n/locales.ts';
import { coFinancingStrings } from '../../i18n/widgets/co-financing.ts';
import { partnerCheckerStrings } from '../../i18n/widgets/partner-checker.ts';
import { projectTypeQuizStrings } from '../../i18n/widgets/project-type-quiz.ts';
import type { EmbeddableWidget } from '../../routing/embed-pages.ts';

export function widgetHeading(widget: EmbeddableWidget, locale: Locale): string {
  if (widget === 'co-financing') return coFinancingStrings[locale].heading;
  if (widget === 'partner-checker') return partnerCheckerStrings[locale].heading;
  return projectTypeQuizStrings[locale].heading;
}
