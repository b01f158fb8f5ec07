/**
 * Shown when a widget's second half could not be loaded (a network hiccup, a
 * deploy in between): says so in the reader's language and offers to try
 * again, so "Calculate" is never a dead button. The answers stay in the form
 * and the URL meanwhile.
 */
import type { Locale } from '../../i18n/locales.ts';
import { kitFormStrings } from '../../i18n/widgets/kit-form.ts';

export interface LoadProblemProps {
  readonly locale: Locale;
  readonly onRetry: () => void;
}

export function LoadProblem({ locale, onRetry }: LoadProblemProps) {
  const t = kitFormStrings[locale];
  return (
    <div class="kit-load-problem" role="alert" data-load-problem="">
      <p>{t.loadFailed}</p>
      <button type="button" class="kit-button kit-button--secondary" onClick={onRetry} data-retry="">
        {t.tryAgain}
      </button>
    </div>
  );
}
